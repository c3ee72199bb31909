import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { RegulatorCountCards } from '@/components/dashboard/regulator-count-cards';
import { requireActor } from '@/lib/auth/session';
import { getRegulatorCounts } from '@/lib/dal/dashboard';

export const metadata: Metadata = { title: 'Tableau de bord national' };

export default async function DashboardPage() {
  const actor = await requireActor('CCS');
  const counts = await getRegulatorCounts(actor);
  return (
    <div className="space-y-6">
      <PageTitle>Tableau de bord national</PageTitle>
      <RegulatorCountCards counts={counts} requestsHref="/ccs/demandes" />
    </div>
  );
}
