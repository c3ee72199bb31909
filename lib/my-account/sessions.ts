import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';

/** Ends every open session of the account but the one making the request (none when it is unknown). */
export async function endOtherSessions(tx: TransactionClient, userId: string, keepSessionId: string | undefined, now = new Date()): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, endedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { endedAt: now },
  });
  return count;
}

/**
 * « Me déconnecter partout » (SPEC §15): every session row ends, and the session version is bumped so
 * that any token of the account, whatever its row, is refused at its next request (lib/auth/load-actor.ts).
 * This browser included: it is then sent to the sign-in page.
 */
export async function signOutEverywhere(actor: Actor, now = new Date()): Promise<{ sessionsEnded: number }> {
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    const sessionsEnded = await endOtherSessions(tx, actor.id, undefined, now);
    await writeAudit(tx, { actorId: actor.id, action: 'account.sign-out-everywhere', entityType: 'User', entityId: actor.id, details: { sessionsEnded } });
    return { sessionsEnded };
  });
}
