import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { getMissionForChoosing, searchContext } from '@/lib/candidates/mission-search';
import type { CandidateStatus } from '@/lib/candidates/query';
import { findInPool } from '@/lib/candidates/pool';
import { getProfession } from '@/lib/reference/professions';
import { MOBILISATION_LABELS } from '@/lib/reference/mobilisation';
import { isUuid } from '@/lib/identifiers/uuid';
import { toIsoDay } from '@/lib/dates/days';

// What a map marker's popup shows (SPEC §6.4: Nom, Prénom, Profession, Mobilité). The map only carries
// [id, lon, lat, status], so the popup asks for the name when it opens; this answers only for a volunteer
// who is in THIS mission's pool for THIS actor right now (the one its candidate search lists), so an id can never be used to read
// the name of someone outside it (out of scope → null → 404).

export interface CandidatePopup {
  id: string;
  lastName: string;
  firstName: string;
  professionLabel: string;
  mobilisationLabel: string;
  status: CandidateStatus;
  /** « Affecté jusqu'au … » (ISO day): assigned elsewhere, free for this later mission (SPEC §6.4). */
  assignedUntil: string | null;
}

export async function getCandidatePopupForActor(
  actor: Actor,
  missionId: string,
  professionalId: string,
  now = new Date(),
): Promise<CandidatePopup | null> {
  // The map belongs to the establishment's « Choisir » page; regulators push from their own screens.
  if (actor.role !== 'ESTABLISHMENT') return null;
  if (!isUuid(missionId) || !isUuid(professionalId)) return null;
  const mission = await getMissionForChoosing(actor, missionId);
  if (!mission) return null;
  const { context, options } = searchContext(mission, now);
  const entry = await findInPool(prisma, context, professionalId, options);
  if (!entry) return null;
  const volunteer = await prisma.professional.findUnique({
    where: { id: professionalId },
    select: { professionCode: true, mobilisation: true, assignedUntil: true, user: { select: { lastName: true, firstName: true } } },
  });
  if (!volunteer) return null; // deleted in between
  const { professionCode, mobilisation, assignedUntil, user } = volunteer;
  // As the table's row (search.ts): only while « Disponible » for this mission and still on the assignment.
  const stillAssigned = entry.status === 'DISPONIBLE' && assignedUntil !== null && assignedUntil >= options.today;
  return {
    id: professionalId,
    lastName: user.lastName,
    firstName: user.firstName,
    professionLabel: getProfession(professionCode)?.label ?? professionCode,
    mobilisationLabel: MOBILISATION_LABELS[mobilisation],
    status: entry.status,
    assignedUntil: stillAssigned ? toIsoDay(assignedUntil) : null,
  };
}
