import { VolunteersPage } from '@/components/regulation/volunteers-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { listVolunteers } from '@/lib/professionals/regulator-list';
import { parseVolunteerQuery } from '@/lib/professionals/regulator-query';
import type { SearchParams } from './regulator-page';

export async function volunteers(area: RegulatorRole, { searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const query = parseVolunteerQuery(await searchParams);
  const [list, scope] = await Promise.all([listVolunteers(actor, query), getScopeSummary(actor)]);
  return <VolunteersPage base={AREAS[area].prefix} scope={scope.label} list={list} query={query} />;
}
