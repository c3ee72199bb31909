import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { StatCard } from '@/components/ui/stat-card';
import { requireActor } from '@/lib/auth/session';
import { getRppsCounts } from '@/lib/dal/dashboard';

export const metadata: Metadata = { title: 'Portail RPPS+' };

export default async function RppsHomePage() {
  const actor = await requireActor('RPPS_MANAGER');
  const counts = await getRppsCounts(actor);
  return (
    <div className="space-y-6">
      <PageTitle>Portail RPPS+</PageTitle>
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label="Demandes en cours d'enregistrement" value={counts.requestsInProgress} testId="count-rpps-in-progress" />
        <StatCard label="Pré-enregistrements à instruire" value={counts.awaitingReview} testId="count-rpps-review" />
        <StatCard label="Enregistrements RPPS validés" value={counts.registered} testId="count-rpps-registered" />
      </div>
    </div>
  );
}
