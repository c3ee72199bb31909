import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { enqueueEmail } from '@/lib/mail/outbox';
import type { AccountRequestRefusal } from '@/lib/validation/account-request';
import { claimPendingRequest } from '@/lib/account-requests/claim-pending-request';

export interface RefusalOutcome {
  establishmentName: string;
}

/**
 * « Refuser » with a reason (SPEC §7.1), in one transaction: the request is claimed (PENDING → REFUSED
 * with the reason), the requester's awaiting account is deleted so that the address can be used for a
 * new request, the reason is emailed and the decision audited. An account that is no longer awaiting
 * (never the case through this app) is left alone.
 */
export async function refuseAccountRequest(actor: Actor, { requestId, reason }: AccountRequestRefusal, now = new Date()): Promise<RefusalOutcome> {
  return prisma.$transaction(
    async (tx) => {
      const request = await claimPendingRequest(tx, actor, requestId, { status: 'REFUSED', refusalReason: reason, decidedAt: now });
      if (request.userId) await tx.user.deleteMany({ where: { id: request.userId, status: 'AWAITING_VALIDATION' } });
      await enqueueEmail(tx, { to: request.email, template: 'account-request-refused', props: { firstName: request.firstName, reason } });
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'account-request.refused',
        entityType: 'AccountRequest',
        entityId: request.id,
        details: { reason, deletedUserId: request.userId },
      });
      return { establishmentName: request.establishmentName };
    },
    { timeout: 15_000 },
  );
}
