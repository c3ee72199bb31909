import 'server-only';
import { prisma, type PrismaClient, type TransactionClient } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/refusals';
import type { CertifiedIdentity } from '@/lib/federation/claims';
import { consumeIntent, findIntent, type FederationIntent } from '@/lib/federation/intents';
import { linkIdentity, type LinkResult } from '@/lib/federation/links';
import { applyCertifiedValues } from '@/lib/federation/certified-record';
import type { FederationErrorCode } from '@/lib/federation/messages';
import { rolesFor } from '@/lib/federation/sign-in';

// Linking a Pro Santé Connect identity by the password of an account (SPEC §16, docs/decisions/038).
// Two steps lead here: LINK_WITH_PASSWORD names the account whose email PSC certified; the pre-filled
// sign-up (SIGN_UP) names none — a person whose account has another address (PSC often certifies none:
// an RPPS+ manager invited at their work address, a volunteer who signed up with a personal one) proves
// which account is theirs with its email and password.

const EXPIRED = { ok: false, code: 'INTENT_EXPIRED' } as const;

/** A refusal that must undo the whole step: the intent stays usable (the sign-up, another try). */
class LinkRefused extends Error {
  constructor(readonly code: FederationErrorCode) {
    super(code);
  }
}

/**
 * The password of `userId` was just proven right (lib/auth/authenticate.ts): link the identity of the
 * step and spend it, together or not at all.
 */
export async function linkAfterPassword(userId: string, token: string, now = new Date()): Promise<LinkResult> {
  try {
    return await prisma.$transaction(async (db) => {
      const intent = await linkableIntent(db, token, now);
      if (!intent || (intent.userId !== null && intent.userId !== userId)) return EXPIRED;
      const refusal = await accountRefusal(db, userId, intent.identity);
      if (refusal) throw new LinkRefused(refusal);
      // Spent first: of two tabs posting the same token, one links and the other finds it gone.
      if (!(await consumeIntent(db, intent))) return EXPIRED;
      const link = await linkIdentity(db, userId, intent.identity, { actorId: userId, via: 'password' }, now);
      if (!link.ok) throw new LinkRefused(link.code);
      await applyCertifiedValues(db, userId, intent.identity);
      return link;
    });
  } catch (error) {
    if (error instanceof LinkRefused) return { ok: false, code: error.code };
    if (isUniqueViolation(error)) return { ok: false, code: 'RPPS_TAKEN' };
    throw error;
  }
}

async function linkableIntent(db: PrismaClient | TransactionClient, token: string | null, now: Date): Promise<FederationIntent | null> {
  return (await findIntent(db, token, 'LINK_WITH_PASSWORD', now)) ?? (await findIntent(db, token, 'SIGN_UP', now));
}

/** The account may not carry this identity: a role PSC is not for, or a volunteer's other RPPS number. */
async function accountRefusal(db: TransactionClient, userId: string, identity: CertifiedIdentity): Promise<FederationErrorCode | null> {
  const account = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { role: true, professional: { select: { identifierType: true, identifierNumber: true } } },
  });
  if (!rolesFor(identity.provider).includes(account.role)) return 'PSC_ROLE';
  const own = account.professional;
  if (own?.identifierType === 'RPPS' && own.identifierNumber && identity.rppsNumber && own.identifierNumber !== identity.rppsNumber) return 'RPPS_MISMATCH';
  return null;
}

export interface LinkingStep {
  /** The account PSC's email named; null when the person names theirs (the sign-up's step). */
  email: string | null;
  certifiedName: string;
  rppsNumber: string | null;
}

/** What the « Lier » page shows of a valid step; null when the token is not one (any more). */
export async function linkingAccount(token: string | null): Promise<LinkingStep | null> {
  const intent = await linkableIntent(prisma, token, new Date());
  if (!intent) return null;
  const certified = { certifiedName: `${intent.identity.firstName} ${intent.identity.lastName}`, rppsNumber: intent.identity.rppsNumber };
  if (!intent.userId) return { email: null, ...certified };
  const user = await prisma.user.findUnique({ where: { id: intent.userId }, select: { email: true } });
  return user ? { email: user.email, ...certified } : null;
}
