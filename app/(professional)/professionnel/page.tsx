import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { StatCard } from '@/components/ui/stat-card';
import { requireActor } from '@/lib/auth/session';
import { getOwnStatusSummary } from '@/lib/dal/own-professional';
import { VOLUNTEER_STATUS_EXPLANATIONS, VOLUNTEER_STATUS_LABELS } from '@/lib/dal/professional-status';

export const metadata: Metadata = { title: 'Mon espace' };

export default async function ProfessionalDashboardPage() {
  const actor = await requireActor('PROFESSIONAL');
  const summary = await getOwnStatusSummary(actor);
  return (
    <div className="space-y-6">
      <PageTitle lead={`${summary.professionLabel} — mobilisable en priorité en ${summary.regionName}`}>Mon espace</PageTitle>
      <section aria-labelledby="status-title" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="status-title" className="text-lg font-bold">
          Mon statut : <span data-testid="volunteer-status">{VOLUNTEER_STATUS_LABELS[summary.status]}</span>
        </h2>
        <p className="mt-1">{VOLUNTEER_STATUS_EXPLANATIONS[summary.status]}</p>
      </section>
      <div className="grid gap-4 sm:grid-cols-2">
        <StatCard label="Périodes de disponibilité à venir" value={summary.upcomingPeriods} testId="count-periods" />
        <StatCard label="Affectations" value={summary.assignments} testId="count-assignments" />
      </div>
    </div>
  );
}
