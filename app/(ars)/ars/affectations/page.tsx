import type { Metadata } from 'next';
import { AssignmentsPage } from '@/components/regulation/assignments-page';
import { requireActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { listRegulatorAssignments } from '@/lib/candidacies/regulator-assignments';
import { readPage, type SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Affectations — ARS' };

export default async function ArsAssignmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor('ARS');
  const page = readPage(await searchParams);
  const [list, scope] = await Promise.all([listRegulatorAssignments(actor, { page }), getScopeSummary(actor)]);
  return <AssignmentsPage base="/ars" scope={scope.label} list={list} />;
}
