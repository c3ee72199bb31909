import { AssignmentsPage } from '@/components/regulation/assignments-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { listRegulatorAssignments } from '@/lib/candidacies/regulator-assignments';
import { readPage } from '@/lib/url/query-params';
import type { SearchParams } from './regulator-page';

export async function assignments(area: RegulatorRole, { searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const page = readPage(await searchParams);
  const [list, scope] = await Promise.all([listRegulatorAssignments(actor, { page }), getScopeSummary(actor)]);
  return <AssignmentsPage base={AREAS[area].prefix} scope={scope.label} list={list} />;
}
