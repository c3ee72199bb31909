import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProposerPage } from '@/components/regulation/proposer-page';
import { requireActor } from '@/lib/auth/session';
import { getProposerView } from '@/lib/candidates/proposer';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { archiveMissionAction, assignOnBehalfAction, openNationalPoolAction, proposeAction, withdrawAction } from './actions';
import { isUuid } from '@/lib/identifiers/uuid';
import type { SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Proposer des renforts — CCS' };

/** Any mission of the country; the CCS searches volunteers of every region. */
export default async function CcsProposerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requireActor('CCS');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const query = parseCandidateQuery(await searchParams);
  const view = await getProposerView(actor, id, query);
  if (!view) notFound();
  const actions = { propose: proposeAction, withdraw: withdrawAction, assign: assignOnBehalfAction, openNationalPool: openNationalPoolAction, archive: archiveMissionAction };
  return <ProposerPage base="/ccs" view={view} query={query} actions={actions} />;
}
