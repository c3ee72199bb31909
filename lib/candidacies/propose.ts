import 'server-only';
import { assertRole, REGULATORS } from '@/lib/access/roles';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import type { Actor } from '@/lib/access/actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { isExclusionViolation, isUniqueViolation } from '@/lib/db/refusals';
import { enqueueEmail } from '@/lib/mail/outbox';
import { getMissionForChoosing, proposerContext, type MissionForChoosing } from '@/lib/candidates/mission-search';
import { lockCandidate, type PoolEntry } from '@/lib/candidates/pool';
import { changeCandidacyStatus, OVERLAPPING_ASSIGNMENT, type CandidacyRef } from '@/lib/candidacies/change-status';
import { candidacyInScope } from '@/lib/candidacies/in-scope';
import { getProfession } from '@/lib/reference/professions';
import type { TransactionClient } from '@/lib/db';

// « Proposer » (SPEC §7.2): the ARS of the mission's region, or the CCS, pushes volunteers to a mission.
// Each becomes PROPOSED « En cours », reserved for that mission; the establishment then contacts,
// validates or refuses them as in direct mode. Same guarantees as a contact: row lock + unique index.

const TAKEN = (name: string) => `${name} n’est plus disponible : il vient d’être réservé pour une autre mission. Aucune proposition n’a été envoyée.`;

function regulator(actor: Actor): void {
  assertRole(actor, REGULATORS, 'mission');
}

export function missionLabel(mission: { professionCode: string }): string {
  return getProfession(mission.professionCode)?.label ?? mission.professionCode;
}

async function openMission(tx: TransactionClient, actor: Actor, missionId: string): Promise<MissionForChoosing> {
  const mission = await getMissionForChoosing(actor, missionId, tx);
  if (!mission) throw new NotFoundError('mission');
  if (mission.status !== 'OPEN') throw new DomainError('Cette mission est archivée.');
  if (mission.filledCount >= mission.requestedCount) throw new DomainError('Cette mission est déjà pourvue.');
  return mission;
}

/**
 * The volunteer's entry in the pool « Proposer » lists, with their row locked until commit. An unknown
 * id reads as "no longer available", as for anyone out of the pool.
 */
async function lockedCandidate(tx: TransactionClient, actor: Actor, mission: MissionForChoosing, professionalId: string): Promise<PoolEntry | null> {
  const { context, options } = proposerContext(actor, mission);
  try {
    return await lockCandidate(tx, context, professionalId, options);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export async function proposeCandidates(actor: Actor, input: { missionId: string; professionalIds: string[] }, now = new Date()): Promise<{ proposed: number }> {
  regulator(actor);
  const ids = [...new Set(input.professionalIds)];
  if (ids.length === 0) throw new DomainError('Sélectionnez au moins un professionnel.');
  try {
    return await prisma.$transaction(async (tx) => {
      const mission = await openMission(tx, actor, input.missionId);
      const establishmentAccounts = await tx.user.findMany({
        where: { role: 'ESTABLISHMENT', status: 'ACTIVE', memberships: { some: { establishmentId: mission.establishmentId } } },
        select: { email: true, firstName: true },
      });
      for (const professionalId of ids) {
        const candidate = await lockedCandidate(tx, actor, mission, professionalId);
        if (!candidate || candidate.status !== 'DISPONIBLE') {
          const user = await tx.professional.findUnique({ where: { id: professionalId }, select: { user: { select: { firstName: true, lastName: true } } } });
          throw new DomainError(TAKEN(user ? `${user.user.firstName} ${user.user.lastName}` : 'Ce professionnel'));
        }
        await changeCandidacyStatus(tx, { candidacy: { create: { missionId: mission.id, professionalId } }, to: 'PROPOSED', actor, now });
        const { user } = await tx.professional.findUniqueOrThrow({ where: { id: professionalId }, select: { user: { select: { email: true, firstName: true } } } });
        await enqueueEmail(tx, {
          to: user.email,
          template: 'candidacy-proposed',
          props: {
            firstName: user.firstName,
            establishmentName: mission.establishmentName,
            missionLabel: missionLabel(mission),
            startDate: mission.startDate,
            endDate: mission.endDate,
            contactEmail: actor.email,
            spaceUrl: `${appUrl()}/professionnel`,
          },
        });
      }
      // One email per establishment account for the whole push (seed guide: « Nouvelles propositions… »).
      for (const account of establishmentAccounts) {
        await enqueueEmail(tx, {
          to: account.email,
          template: 'missions-proposed',
          props: {
            firstName: account.firstName,
            missionLabel: missionLabel(mission),
            startDate: mission.startDate,
            endDate: mission.endDate,
            proposalCount: ids.length,
            missionUrl: `${appUrl()}/etablissement/besoins/${mission.id}`,
            contactEmail: actor.email,
          },
        });
      }
      return { proposed: ids.length };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(TAKEN('Un des professionnels sélectionnés'));
    throw error;
  }
}

/** The ARS (or the CCS) takes back a proposal the establishment has not contacted yet. */
export async function withdrawProposal(actor: Actor, input: { candidacyId: string }, now = new Date()): Promise<void> {
  regulator(actor);
  await prisma.$transaction(async (tx) => {
    const candidacy = await candidacyInScope(tx, actor, input.candidacyId);
    if (candidacy.status !== 'PROPOSED') throw new DomainError('Seule une proposition encore « En cours » peut être retirée.');
    await changeCandidacyStatus(tx, { candidacy, to: 'WITHDRAWN', actor, now, changedMessage: 'La proposition a changé entre-temps. Actualisez la page.' });
  });
}

/**
 * An ARS sets a volunteer « Affecté » on behalf of the establishment (SPEC §7.2, 2021 guide): same
 * email and same count as a validation by the establishment.
 */
export async function assignOnBehalf(actor: Actor, input: { missionId: string; professionalId: string }, now = new Date()): Promise<{ candidacyId: string }> {
  regulator(actor);
  try {
    return await prisma.$transaction(async (tx) => {
      const mission = await openMission(tx, actor, input.missionId);
      const candidate = await lockedCandidate(tx, actor, mission, input.professionalId);
      if (!candidate || candidate.status === 'ASSIGNED') throw new DomainError(TAKEN('Ce professionnel').replace(' Aucune proposition n’a été envoyée.', ''));
      const filled = await tx.mission.updateMany({
        where: { id: mission.id, filledCount: { lt: mission.requestedCount } },
        data: { filledCount: { increment: 1 } },
      });
      if (filled.count !== 1) throw new DomainError('Cette mission est déjà pourvue.');
      // Only the first assignment's date: it feeds the « time to first assignment » indicator.
      await tx.mission.updateMany({ where: { id: mission.id, firstAssignedAt: null }, data: { firstAssignedAt: now } });
      const { id: candidacyId } = await assignThroughTransitions(tx, actor, candidate, { missionId: mission.id, professionalId: input.professionalId }, now);
      const volunteer = await tx.professional.findUniqueOrThrow({ where: { id: input.professionalId }, select: { user: { select: { email: true, firstName: true } } } });
      await enqueueEmail(tx, {
        to: volunteer.user.email,
        template: 'assignment-confirmed',
        props: { firstName: volunteer.user.firstName, startDate: mission.startDate, endDate: mission.endDate, establishmentName: mission.establishmentName, validatorEmail: actor.email },
      });
      return { candidacyId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('Ce professionnel vient d’être réservé pour une autre mission.');
    if (isExclusionViolation(error)) throw new DomainError(OVERLAPPING_ASSIGNMENT);
    throw error;
  }
}

/**
 * « Affecté » set for the establishment goes through the establishment's own transitions (SPEC §10),
 * each recorded: a pushed volunteer, or one not yet on the mission, is contacted on the establishment's
 * behalf, then assigned. A volunteer not yet on the mission is not « pushed » (the regulators' and the
 * establishment's assignments tell a push from an assignment on behalf). A volunteer the establishment
 * already contacted keeps that contact (who and when): only the assignment is the regulator's.
 */
async function assignThroughTransitions(
  tx: TransactionClient,
  actor: Actor,
  candidate: PoolEntry,
  on: { missionId: string; professionalId: string },
  now: Date,
): Promise<CandidacyRef> {
  const changed = 'La candidature a changé entre-temps. Actualisez la page.';
  let candidacy: CandidacyRef =
    candidate.candidacyId && (candidate.status === 'PROPOSED' || candidate.status === 'CONTACTED')
      ? { id: candidate.candidacyId, status: candidate.status, ...on }
      : await changeCandidacyStatus(tx, { candidacy: { create: on }, to: 'CONTACTED', actor, now, onBehalf: true });
  if (candidacy.status === 'PROPOSED') {
    candidacy = await changeCandidacyStatus(tx, { candidacy, to: 'CONTACTED', actor, now, onBehalf: true, changedMessage: changed });
  }
  return changeCandidacyStatus(tx, { candidacy, to: 'ASSIGNED', actor, now, onBehalf: true, changedMessage: changed });
}
