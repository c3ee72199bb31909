import 'server-only';
import { prisma } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/refusals';
import { consumeIntent, findIntent } from '@/lib/federation/intents';
import { linkIdentity, type LinkResult } from '@/lib/federation/links';

/**
 * The password of the account named by a LINK_WITH_PASSWORD intent was just proven right
 * (lib/auth/authenticate.ts): link the identity and spend the intent, together or not at all.
 */
export async function linkAfterPassword(userId: string, token: string, now = new Date()): Promise<LinkResult> {
  try {
    return await prisma.$transaction(async (db) => {
      const intent = await findIntent(db, token, 'LINK_WITH_PASSWORD', now);
      // Spent first: of two tabs posting the same token, one links and the other finds it gone.
      if (!intent || intent.userId !== userId || !(await consumeIntent(db, intent))) return { ok: false, code: 'INTENT_EXPIRED' } as const;
      return linkIdentity(db, userId, intent.identity, { actorId: userId, via: 'password' }, now);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: 'RPPS_TAKEN' };
    throw error;
  }
}

/** What the « Lier » page shows of a valid LINK_WITH_PASSWORD token; null when it is not one (any more). */
export async function linkingAccount(token: string | null): Promise<{ email: string; certifiedName: string; rppsNumber: string | null } | null> {
  const intent = await findIntent(prisma, token, 'LINK_WITH_PASSWORD');
  if (!intent?.userId) return null;
  const user = await prisma.user.findUnique({ where: { id: intent.userId }, select: { email: true } });
  if (!user) return null;
  return { email: user.email, certifiedName: `${intent.identity.firstName} ${intent.identity.lastName}`, rppsNumber: intent.identity.rppsNumber };
}
