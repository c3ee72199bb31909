import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProposerPage } from '@/components/regulation/proposer-page';
import { requireActor } from '@/lib/auth/session';
import { getProposerView } from '@/lib/candidates/proposer';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { alertCcsAction, archiveMissionAction, assignOnBehalfAction, proposeAction, withdrawAction } from './actions';
import { isUuid } from '@/lib/identifiers/uuid';
import type { SearchParams } from '@/lib/url/query-params';

export const metadata: Metadata = { title: 'Proposer des renforts — ARS' };

/** A mission of the ARS's region; any other id answers 404, whether it exists or not (SPEC §2). */
export default async function ArsProposerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requireActor('ARS');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const query = parseCandidateQuery(await searchParams);
  const view = await getProposerView(actor, id, query);
  if (!view) notFound();
  const actions = { propose: proposeAction, withdraw: withdrawAction, assign: assignOnBehalfAction, alertCcs: alertCcsAction, archive: archiveMissionAction };
  return <ProposerPage base="/ars" view={view} query={query} actions={actions} />;
}
