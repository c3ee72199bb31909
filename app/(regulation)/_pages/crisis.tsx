import { CrisisPage } from '@/components/regulation/crisis-page';
import type { RegulatorRole } from '@/lib/access/roles';
import { regionForPage } from '@/lib/access/checks';
import { requireAreaActor } from '@/lib/auth/session';
import { getCrisisOverview, listRegionCrisisStates } from '@/lib/regulation/crisis';
import { endCrisisModeAction, startCrisisModeAction } from '../_actions/crisis';
import type { SearchParams } from './regulator-page';

/** An ARS switches its region; the CCS sees the 18 regions' states and switches the one chosen with `?region=`. */
export async function crisis(area: RegulatorRole, { searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const asked = (await searchParams).region;
  const regionCode = regionForPage(actor, typeof asked === 'string' ? asked : undefined);
  const [overview, states] = await Promise.all([regionCode ? getCrisisOverview(actor, regionCode) : null, listRegionCrisisStates(actor)]);
  return <CrisisPage overview={overview} states={states} showRegions={area === 'CCS'} actions={{ start: startCrisisModeAction, end: endCrisisModeAction }} />;
}
