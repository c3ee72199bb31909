import { notFound } from 'next/navigation';
import { VolunteerSheetPage } from '@/components/regulation/volunteer-sheet-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getVolunteerSheet } from '@/lib/professionals/regulator-sheet';
import { isUuid } from '@/lib/identifiers/uuid';
import { firstValue } from '@/lib/url/query-params';
import type { SearchParams } from './regulator-page';
import { ACCOUNT_ACTIONS } from './account-actions';
import { releaseReservationAction, withdrawAction } from '../_actions/missions';

/**
 * For an ARS, a volunteer of volunteerSheetScope (chose the region, or holds a candidacy on one of its
 * missions); for the CCS, any volunteer of the country. With `?mission=` (the « Fiche » links of
 * « Proposer »), also anyone in the « Proposer » pool of that mission, if the regulator may act on it
 * (lib/candidates/access.ts). Any other id answers 404, whether it exists or not.
 */
export async function volunteerSheet(area: RegulatorRole, { params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const found = await getVolunteerSheet(actor, id, new Date(), firstValue((await searchParams).mission) ?? null);
  if (!found) notFound();
  return <VolunteerSheetPage base={AREAS[area].prefix} found={found} actions={{ ...ACCOUNT_ACTIONS, release: releaseReservationAction, withdraw: withdrawAction }} />;
}
