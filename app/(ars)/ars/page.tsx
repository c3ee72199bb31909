import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { RegulatorCountCards } from '@/components/dashboard/regulator-count-cards';
import { requireActor } from '@/lib/auth/session';
import { getRegulatorCounts } from '@/lib/dal/dashboard';

export const metadata: Metadata = { title: 'Tableau de bord ARS' };

export default async function DashboardPage() {
  const actor = await requireActor('ARS');
  const counts = await getRegulatorCounts(actor);
  return (
    <div className="space-y-6">
      <PageTitle>Tableau de bord ARS</PageTitle>
      <RegulatorCountCards counts={counts} requestsHref="/ars/demandes" />
    </div>
  );
}
