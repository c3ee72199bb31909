import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { getMissionForChoosing, searchContext } from '@/lib/candidates/mission-search';
import { candidateQuerySchema, type CandidateStatus } from '@/lib/candidates/query';
import { searchCandidates } from '@/lib/candidates/search';
import { getProfession } from '@/lib/reference/professions';
import { MOBILISATION_LABELS, type MobilisationCode } from '@/lib/reference/mobilisation';
import { isUuid } from '@/lib/identifiers/uuid';

// What a map marker's popup shows (SPEC §6.4: Nom, Prénom, Profession, Mobilité). The map only carries
// [id, lon, lat, status], so the popup asks for the name when it opens; this answers only for a volunteer
// who is in THIS mission's candidate search for THIS actor right now, so an id can never be used to read
// the name of someone outside it (out of scope → null → 404).

export interface CandidatePopup {
  id: string;
  lastName: string;
  firstName: string;
  professionLabel: string;
  mobilisationLabel: string;
  status: CandidateStatus;
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
  const { rows } = await searchCandidates(prisma, context, candidateQuerySchema.parse({}), { ...options, professionalId });
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    lastName: row.lastName,
    firstName: row.firstName,
    professionLabel: getProfession(row.professionCode)?.label ?? row.professionCode,
    mobilisationLabel: MOBILISATION_LABELS[row.mobilisation as MobilisationCode] ?? row.mobilisation,
    status: row.status,
  };
}
