import { RegulatorMissionsPage } from '@/components/regulation/missions-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { listRegulatorMissions } from '@/lib/missions/regulator-list';
import { parseRegulatorMissionQuery } from '@/lib/missions/regulator-query';
import { archiveMissionAction } from '../_actions/missions';
import type { SearchParams } from './regulator-page';

export async function missions(area: RegulatorRole, { searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const query = parseRegulatorMissionQuery(await searchParams);
  const [list, scope] = await Promise.all([listRegulatorMissions(actor, query), getScopeSummary(actor)]);
  return <RegulatorMissionsPage base={AREAS[area].prefix} scope={scope.label} list={list} query={query} actions={{ archive: archiveMissionAction }} />;
}
