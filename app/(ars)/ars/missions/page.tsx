import type { Metadata } from 'next';
import { RegulatorMissionsPage } from '@/components/regulation/missions-page';
import { requireActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { listRegulatorMissions } from '@/lib/missions/regulator-list';
import { parseRegulatorMissionQuery } from '@/lib/missions/regulator-query';
import { archiveMissionAction } from './actions';
import type { SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Missions — ARS' };

export default async function ArsMissionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor('ARS');
  const query = parseRegulatorMissionQuery(await searchParams);
  const [list, scope] = await Promise.all([listRegulatorMissions(actor, query), getScopeSummary(actor)]);
  return <RegulatorMissionsPage base="/ars" scope={scope.label} list={list} query={query} actions={{ archive: archiveMissionAction }} />;
}
