import { RegulatorDashboardPage } from '@/components/regulation/dashboard-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getRegulatorCounts } from '@/lib/dashboard/counts';

/** The dashboard's title, also the page's (metadata). */
export const DASHBOARD_TITLES: Record<RegulatorRole, string> = { ARS: 'Tableau de bord ARS', CCS: 'Tableau de bord national' };

export async function dashboard(area: RegulatorRole) {
  const actor = await requireAreaActor(area);
  const counts = await getRegulatorCounts(actor);
  return <RegulatorDashboardPage base={AREAS[area].prefix} title={DASHBOARD_TITLES[area]} counts={counts} />;
}
