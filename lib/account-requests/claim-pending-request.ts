import 'server-only';
import type { Actor } from '@/lib/access/actor';
import type { TransactionClient } from '@/lib/db';
import { accountRequestScope } from '@/lib/access/scope';
import { DomainError, NotFoundError } from '@/lib/errors';
import type { AccountRequest, Prisma } from '@/lib/generated/prisma/client';
import { ACCOUNT_REQUEST_MESSAGES } from '@/lib/account-requests/messages';

/**
 * Moves a PENDING request of the actor's scope to its decision, as the first write of the caller's
 * transaction. The conditional update (`WHERE status = 'PENDING'`) is what makes two agents clicking at
 * once safe: the second one waits on the row lock, then matches nothing and is told the request is
 * already decided. Out of scope (another region's ARS, any other role) is "not found", never a hint.
 */
export async function claimPendingRequest(
  tx: TransactionClient,
  actor: Actor,
  requestId: string,
  decision: Pick<Prisma.AccountRequestUpdateManyMutationInput, 'status' | 'refusalReason'> & { decidedAt: Date },
): Promise<AccountRequest> {
  const inScope: Prisma.AccountRequestWhereInput = { AND: [accountRequestScope(actor), { id: requestId }] };
  const claimed = await tx.accountRequest.updateMany({
    where: { AND: [inScope, { status: 'PENDING' }] },
    data: { ...decision, decidedById: actor.id },
  });
  const request = await tx.accountRequest.findFirst({ where: inScope });
  if (!request) throw new NotFoundError('account request');
  if (claimed.count === 0) throw new DomainError(ACCOUNT_REQUEST_MESSAGES.alreadyDecided);
  return request;
}
