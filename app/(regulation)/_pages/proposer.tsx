import { notFound } from 'next/navigation';
import { ProposerPage } from '@/components/regulation/proposer-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getProposerView } from '@/lib/candidates/proposer';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { isUuid } from '@/lib/identifiers/uuid';
import { alertCcsAction, archiveMissionAction, assignOnBehalfAction, openNationalPoolAction, proposeAction, releaseReservationAction, withdrawAction } from '../_actions/missions';
import type { SearchParams } from './regulator-page';

const ACTIONS = { propose: proposeAction, withdraw: withdrawAction, release: releaseReservationAction, assign: assignOnBehalfAction, archive: archiveMissionAction };

/**
 * « Proposer des renforts » (SPEC §7.2): a mission of the ARS's region, or of the country for the CCS;
 * any other id answers 404, whether it exists or not (SPEC §2). The ARS alerts the CCS; the CCS opens
 * the national pool instead.
 */
export async function proposer(area: RegulatorRole, { params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const query = parseCandidateQuery(await searchParams);
  const view = await getProposerView(actor, id, query);
  if (!view) notFound();
  const actions = area === 'ARS' ? { ...ACTIONS, alertCcs: alertCcsAction } : { ...ACTIONS, openNationalPool: openNationalPoolAction };
  return <ProposerPage base={AREAS[area].prefix} view={view} query={query} actions={actions} />;
}
