import { RegulatorEstablishmentsPage } from '@/components/regulation/establishments-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { listRegulatorEstablishments } from '@/lib/establishments/regulator-list';
import { parseRegulatorEstablishmentQuery } from '@/lib/establishments/regulator-query';
import type { SearchParams } from './regulator-page';

export async function establishments(area: RegulatorRole, { searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const query = parseRegulatorEstablishmentQuery(await searchParams);
  const [list, scope] = await Promise.all([listRegulatorEstablishments(actor, query), getScopeSummary(actor)]);
  return <RegulatorEstablishmentsPage base={AREAS[area].prefix} scope={scope.label} list={list} query={query} />;
}
