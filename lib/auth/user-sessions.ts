import 'server-only';
import { prisma } from '@/lib/db';
import { writeAudit } from '@/lib/audit';

// Server-side sessions (SPEC §14: signing out ends the session on the server too). The JWT cookie names
// its row; lib/auth/load-actor.ts refuses a token whose row has ended, so a cookie copied before
// « Se déconnecter » is worthless afterwards. « Me déconnecter partout » still bumps the account's
// sessionVersion, which ends every row's token at once.

export async function startSession(userId: string, expiresAt: Date): Promise<string> {
  const session = await prisma.userSession.create({ data: { userId, expiresAt }, select: { id: true } });
  return session.id;
}

export async function endSession(userId: string, sessionId: string, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const ended = await tx.userSession.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: now } });
    if (ended.count === 1) await writeAudit(tx, { actorId: userId, action: 'auth.sign-out', entityType: 'User', entityId: userId });
  });
}
