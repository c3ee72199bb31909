import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { isUniqueViolation } from '@/lib/db/refusals';
import { getMissionForChoosing, searchContext } from '@/lib/candidates/mission-search';
import { lockCandidate } from '@/lib/candidates/pool';
import { changeCandidacyStatus } from '@/lib/candidacies/change-status';

export const ALREADY_TAKEN =
  'Ce professionnel vient d’être contacté pour une autre mission : il n’est plus disponible. Choisissez un autre candidat.';

/**
 * « Contacter » (SPEC §6.4): reserves the volunteer for this establishment and mission. Exactly one
 * establishment may hold a volunteer: the volunteer's row is locked for the decision, and the partial
 * unique index on candidacies turns any remaining race into a clear refusal, never a double booking.
 */
export async function contactCandidate(actor: Actor, input: { missionId: string; professionalId: string }, now = new Date()): Promise<{ candidacyId: string }> {
  if (actor.role !== 'ESTABLISHMENT') throw new NotFoundError('mission');
  try {
    return await prisma.$transaction(async (tx) => {
      const mission = await getMissionForChoosing(actor, input.missionId, tx);
      if (!mission) throw new NotFoundError('mission');
      if (mission.status !== 'OPEN') throw new DomainError('Cette mission est archivée.');
      if (mission.filledCount >= mission.requestedCount) throw new DomainError('Cette mission est pourvue : elle ne propose plus de candidats.');

      const { context, options } = searchContext(mission, now);
      const candidate = await lockCandidate(tx, context, input.professionalId, options);
      if (!candidate) throw new DomainError(ALREADY_TAKEN);
      if (candidate.status === 'CONTACTED' || candidate.status === 'ASSIGNED') {
        throw new DomainError('Vous avez déjà contacté ce professionnel pour cette mission.');
      }

      // Pushed by the ARS or the CCS: the establishment takes over the same candidacy.
      const pushed = candidate.status === 'PROPOSED' && candidate.candidacyId;
      const { id: candidacyId } = await changeCandidacyStatus(tx, {
        candidacy: pushed
          ? { id: pushed, status: 'PROPOSED', missionId: mission.id, professionalId: input.professionalId }
          : { create: { missionId: mission.id, professionalId: input.professionalId } },
        to: 'CONTACTED',
        actor,
        now,
        changedMessage: ALREADY_TAKEN,
      });
      return { candidacyId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(ALREADY_TAKEN);
    throw error;
  }
}
