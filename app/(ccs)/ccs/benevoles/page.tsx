import type { Metadata } from 'next';
import { VolunteersPage } from '@/components/regulation/volunteers-page';
import { requireActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { listVolunteers } from '@/lib/professionals/regulator-list';
import { parseVolunteerQuery } from '@/lib/professionals/regulator-query';
import type { SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Bénévoles — CCS' };

export default async function CcsVolunteersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor('CCS');
  const query = parseVolunteerQuery(await searchParams);
  const [list, scope] = await Promise.all([listVolunteers(actor, query), getScopeSummary(actor)]);
  return <VolunteersPage base="/ccs" scope={scope.label} list={list} query={query} />;
}
