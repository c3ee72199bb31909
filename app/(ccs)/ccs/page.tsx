import type { Metadata } from 'next';
import { RegulatorDashboardPage } from '@/components/regulation/dashboard-page';
import { requireActor } from '@/lib/auth/session';
import { getRegulatorCounts } from '@/lib/dashboard/counts';

const TITLE = 'Tableau de bord national';

export const metadata: Metadata = { title: TITLE };

export default async function DashboardPage() {
  const actor = await requireActor('CCS');
  const counts = await getRegulatorCounts(actor);
  return <RegulatorDashboardPage base="/ccs" title={TITLE} counts={counts} />;
}
