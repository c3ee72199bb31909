import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { isUniqueViolation } from '@/lib/db/refusals';
import { sendPasswordLink } from '@/lib/auth/password-flows';
import type { AccountRequest } from '@/lib/generated/prisma/client';
import type { MissionData } from '@/lib/validation/mission';
import type { AccountRequestDecision } from '@/lib/validation/account-request';
import { claimPendingRequest } from '@/lib/account-requests/claim-pending-request';
import { establishmentForRequest } from '@/lib/account-requests/establishment-for-request';
import { ACCOUNT_REQUEST_MESSAGES } from '@/lib/account-requests/messages';
import { parseStoredMissions } from '@/lib/account-requests/stored-missions';
import { fromIsoDay } from '@/lib/dates/days';

export interface ValidationOutcome {
  establishmentName: string;
  /** The FINESS/GID was already known: the account joined that establishment. */
  joinedExisting: boolean;
  missionCount: number;
}

/**
 * « Valider » (SPEC §7.1), all in one transaction: the request is claimed (PENDING → VALIDATED), the
 * requester's account becomes ACTIVE, the establishment is created or joined, the membership and the
 * missions are written, the activation email (72 h link) is queued and the decision audited. Any
 * failure leaves the request PENDING and nothing half-written.
 */
export async function validateAccountRequest(actor: Actor, { requestId }: AccountRequestDecision, now = new Date()): Promise<ValidationOutcome> {
  return prisma.$transaction(
    async (tx) => {
      const request = await claimPendingRequest(tx, actor, requestId, { status: 'VALIDATED', decidedAt: now });
      const missions = parseStoredMissions(request.missions);
      const user = await activateRequester(tx, request);
      const establishment = await establishmentForRequest(tx, actor, request);
      await tx.establishmentMembership.createMany({ data: [{ userId: user.id, establishmentId: establishment.id }], skipDuplicates: true });
      await tx.mission.createMany({ data: missions.map((mission) => missionRow(mission, establishment.id, user.id)) });
      await sendPasswordLink(tx, user, 'ACTIVATION');
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'account-request.validated',
        entityType: 'AccountRequest',
        entityId: request.id,
        details: { userId: user.id, establishmentId: establishment.id, joinedExisting: establishment.joined, missions: missions.length },
      });
      return { establishmentName: establishment.name, joinedExisting: establishment.joined, missionCount: missions.length };
    },
    // Rendering the activation email happens inside; the default 5 s leaves little room on a busy server.
    { timeout: 15_000 },
  );
}

type Requester = { id: string; email: string; firstName: string };

/**
 * The account created AWAITING_VALIDATION with the request becomes ACTIVE. Requests that have none
 * (seeded, or imported in bulk) get their account now, unless the address has meanwhile been taken.
 */
async function activateRequester(tx: TransactionClient, request: AccountRequest): Promise<Requester> {
  if (request.userId) {
    const activated = await tx.user.updateMany({
      where: { id: request.userId, role: 'ESTABLISHMENT', status: 'AWAITING_VALIDATION' },
      data: { status: 'ACTIVE' },
    });
    if (activated.count === 1) return tx.user.findUniqueOrThrow({ where: { id: request.userId }, select: { id: true, email: true, firstName: true } });
  }
  // Checked first so that the usual case gets a clear message without aborting the transaction; the
  // unique index still decides a race.
  if (await tx.user.findUnique({ where: { email: request.email }, select: { id: true } })) throw new DomainError(ACCOUNT_REQUEST_MESSAGES.emailTaken);
  try {
    return await tx.user.create({
      data: {
        email: request.email,
        role: 'ESTABLISHMENT',
        status: 'ACTIVE',
        firstName: request.firstName,
        lastName: request.lastName,
        phone: request.phone,
        accountRequest: { connect: { id: request.id } },
      },
      select: { id: true, email: true, firstName: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(ACCOUNT_REQUEST_MESSAGES.emailTaken);
    throw error;
  }
}

function missionRow(mission: MissionData, establishmentId: string, createdById: string) {
  return {
    establishmentId,
    createdById,
    professionCode: mission.professionCode,
    speciality: mission.speciality,
    startDate: fromIsoDay(mission.startDate),
    endDate: fromIsoDay(mission.endDate),
    requestedCount: mission.requestedCount,
    details: mission.details,
    needsVehicle: mission.needsVehicle,
    needsWeekend: mission.needsWeekend,
    needsEhpadExperience: mission.needsEhpadExperience,
    needsIcuExperience: mission.needsIcuExperience,
    vaccinationSupport: mission.vaccinationSupport,
    status: 'OPEN' as const,
  };
}
