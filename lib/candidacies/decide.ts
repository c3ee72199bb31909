import 'server-only';
import { assertRole, CANDIDACY_DECIDERS } from '@/lib/access/roles';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { enqueueEmail } from '@/lib/mail/outbox';
import { missionScope } from '@/lib/access/scope';
import { isExclusionViolation } from '@/lib/db/refusals';
import { changeCandidacyStatus, OVERLAPPING_ASSIGNMENT } from '@/lib/candidacies/change-status';

// « Valider les candidatures » / « Refuser les candidatures » (SPEC §6.4): on volunteers CONTACTÉ by
// this establishment for this mission, several at once, all or nothing.

const CHANGED = 'Une candidature a changé entre-temps. Actualisez la page.';
const ARCHIVED = 'Cette mission est archivée : ses candidats ne peuvent plus être validés.';
const OVERLAPPING_AMONG_SELECTED = 'Un des professionnels sélectionnés est déjà affecté sur une mission à ces dates.';

export interface DecisionInput {
  missionId: string;
  professionalIds: string[];
}

async function contactedCandidacies(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], actor: Actor, input: DecisionInput) {
  const mission = await tx.mission.findFirst({
    where: { AND: [missionScope(actor), { id: input.missionId }] },
    include: { establishment: { select: { name: true } } },
  });
  if (!mission) throw new NotFoundError('mission');
  const candidacies = await tx.candidacy.findMany({
    where: { missionId: mission.id, professionalId: { in: input.professionalIds }, status: 'CONTACTED' },
    include: { professional: { include: { user: { select: { email: true, firstName: true } } } } },
  });
  if (candidacies.length !== new Set(input.professionalIds).size) {
    throw new DomainError('Seuls les candidats au statut « Contacté » pour cette mission peuvent être validés ou refusés. Actualisez la page.');
  }
  return { mission, candidacies };
}

/**
 * → AFFECTÉ, the mission's count +1 each, and the assignment email of SPEC §9 to each volunteer. A
 * volunteer already assigned on overlapping dates is refused by the database (exclusion constraint),
 * even when the other assignment commits at the same instant.
 */
export async function validateCandidacies(actor: Actor, input: DecisionInput, now = new Date()): Promise<{ validated: number }> {
  assertRole(actor, CANDIDACY_DECIDERS, 'mission');
  try {
    return await prisma.$transaction(async (tx) => {
      const { mission, candidacies } = await contactedCandidacies(tx, actor, input);
      // An archived mission keeps its « Contacté » volunteers only to refuse or release them (decision 032).
      if (mission.status !== 'OPEN') throw new DomainError(ARCHIVED);
      // The check constraint keeps filled_count ≤ requested_count; this conditional update says why, and
      // its status condition catches an archiving that committed since the read.
      const filled = await tx.mission.updateMany({
        where: { id: mission.id, status: 'OPEN', filledCount: { lte: mission.requestedCount - candidacies.length } },
        data: { filledCount: { increment: candidacies.length }, firstAssignedAt: mission.firstAssignedAt ?? now },
      });
      if (filled.count !== 1) {
        const current = await tx.mission.findUniqueOrThrow({ where: { id: mission.id }, select: { status: true } });
        if (current.status !== 'OPEN') throw new DomainError(ARCHIVED);
        const left = mission.requestedCount - mission.filledCount;
        throw new DomainError(`Cette mission n’a plus que ${Math.max(left, 0)} poste(s) à pourvoir : sélectionnez moins de candidats.`);
      }
      for (const candidacy of candidacies) {
        await changeCandidacyStatus(tx, { candidacy, to: 'ASSIGNED', actor, now, changedMessage: CHANGED });
        await enqueueEmail(tx, {
          to: candidacy.professional.user.email,
          template: 'assignment-confirmed',
          props: {
            firstName: candidacy.professional.user.firstName,
            startDate: mission.startDate,
            endDate: mission.endDate,
            establishmentName: mission.establishment.name,
            validatorEmail: actor.email,
          },
        });
      }
      return { validated: candidacies.length };
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw new DomainError(input.professionalIds.length > 1 ? OVERLAPPING_AMONG_SELECTED : OVERLAPPING_ASSIGNMENT);
    throw error;
  }
}

/** → DISPONIBLE again for everyone; no email to the volunteer (SPEC §5.2). */
export async function refuseCandidacies(actor: Actor, input: DecisionInput, now = new Date()): Promise<{ refused: number }> {
  assertRole(actor, CANDIDACY_DECIDERS, 'mission');
  return prisma.$transaction(async (tx) => {
    const { candidacies } = await contactedCandidacies(tx, actor, input);
    for (const candidacy of candidacies) {
      await changeCandidacyStatus(tx, { candidacy, to: 'REFUSED', actor, now, changedMessage: CHANGED });
    }
    return { refused: candidacies.length };
  });
}
