import type { Metadata } from 'next';
import { CrisisPage } from '@/components/regulation/crisis-page';
import { requireActor } from '@/lib/auth/session';
import { getCrisisOverview, listRegionCrisisStates } from '@/lib/regulation/crisis';
import { endCrisisModeAction, startCrisisModeAction } from './actions';

export const metadata: Metadata = { title: 'Gestion de crise — ARS' };

export default async function ArsCrisisPage() {
  const actor = await requireActor('ARS');
  const [overview, states] = await Promise.all([getCrisisOverview(actor, actor.regionCode!), listRegionCrisisStates(actor)]);
  return <CrisisPage overview={overview} states={states} showRegions={false} actions={{ start: startCrisisModeAction, end: endCrisisModeAction }} />;
}
