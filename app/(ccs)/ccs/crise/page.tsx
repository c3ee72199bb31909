import type { Metadata } from 'next';
import { CrisisPage } from '@/components/regulation/crisis-page';
import { requireActor } from '@/lib/auth/session';
import { getCrisisOverview, listRegionCrisisStates } from '@/lib/regulation/crisis';
import { regionForPage } from '@/lib/access/checks';
import { endCrisisModeAction, startCrisisModeAction } from './actions';
import type { SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Gestion de crise — CCS' };

/** The 18 regions' states, and the switch of the one chosen with `?region=`. */
export default async function CcsCrisisPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor('CCS');
  const asked = (await searchParams).region;
  const regionCode = regionForPage(actor, typeof asked === 'string' ? asked : undefined);
  const [overview, states] = await Promise.all([regionCode ? getCrisisOverview(actor, regionCode) : null, listRegionCrisisStates(actor)]);
  return <CrisisPage overview={overview} states={states} showRegions actions={{ start: startCrisisModeAction, end: endCrisisModeAction }} />;
}
