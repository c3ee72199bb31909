import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import { writeAudit } from '@/lib/audit';
import { isUniqueViolation } from '@/lib/db/refusals';
import { env } from '@/lib/env';
import type { IdentityProvider, Role } from '@/lib/generated/prisma/enums';
import type { CertifiedIdentity } from '@/lib/federation/claims';
import { createIntent } from '@/lib/federation/intents';
import { identityProviderOf } from '@/lib/federation/config';
import { linkIdentity } from '@/lib/federation/links';
import { applyCertifiedValues } from '@/lib/federation/certified-record';
import type { FederationErrorCode } from '@/lib/federation/messages';

// A sign-in through Pro Santé Connect or ProConnect (SPEC §16, docs/decisions/038). The provider proves
// who the person is; which account that is, its role and its scope come from our accounts only.
//
// PSC: the identity already linked → that account; else the one account holding the certified RPPS
// number → linked now (refused when the certified email is another account's); else an account with the
// same email and a password → its password confirmed once (intent LINK_WITH_PASSWORD); else the volunteer
// sign-up, pre-filled (intent SIGN_UP). Each sign-in and link writes PSC's names and profession onto the
// volunteer's record (certified-record.ts).
// ProConnect: the identity already linked, else the account with the same email (agents, and
// establishments unless PROCONNECT_ESTABLISHMENTS=false) → linked now; never a new account.

export type FederatedSignIn =
  | { kind: 'signed-in'; userId: string }
  | { kind: 'confirm-password'; token: string }
  | { kind: 'sign-up'; token: string }
  | { kind: 'refused'; code: FederationErrorCode };

const PSC_ROLES: readonly Role[] = ['PROFESSIONAL', 'RPPS_MANAGER'];

export function proConnectRoles(): readonly Role[] {
  return env().PROCONNECT_ESTABLISHMENTS ? ['ARS', 'CCS', 'ESTABLISHMENT'] : ['ARS', 'CCS'];
}

export function rolesFor(provider: IdentityProvider): readonly Role[] {
  return provider === 'PRO_SANTE_CONNECT' ? PSC_ROLES : proConnectRoles();
}

interface AccountRow {
  id: string;
  role: Role;
  status: string;
  passwordHash: string | null;
}

const ACCOUNT_SELECT = { id: true, role: true, status: true, passwordHash: true } as const;

export async function federatedSignIn(identity: CertifiedIdentity, context: { ip: string }, now = new Date()): Promise<FederatedSignIn> {
  const outcome = await prisma.$transaction(async (db) => decide(db, identity, now)).catch((error: unknown): FederatedSignIn => {
    // Two first sign-ins raced for one RPPS number or one account: the database let one through.
    if (isUniqueViolation(error)) return { kind: 'refused', code: identity.rppsNumber ? 'RPPS_TAKEN' : 'ALREADY_LINKED' };
    throw error;
  });
  await auditOutcome(identity, outcome, context.ip);
  return outcome;
}

async function decide(db: TransactionClient, identity: CertifiedIdentity, now: Date): Promise<FederatedSignIn> {
  const linked = await db.federatedIdentity.findUnique({
    where: { provider_subject: { provider: identity.provider, subject: identity.subject } },
    select: { id: true, rppsNumber: true, user: { select: ACCOUNT_SELECT } },
  });
  if (linked) {
    const refusal = refusalFor(linked.user, identity.provider);
    if (refusal) return refusal;
    // PSC may certify a new RPPS number for the same person (rare): it must still be nobody else's.
    if (identity.rppsNumber && identity.rppsNumber !== linked.rppsNumber) {
      const holder = await db.federatedIdentity.findFirst({ where: { provider: 'PRO_SANTE_CONNECT', rppsNumber: identity.rppsNumber }, select: { id: true } });
      if (holder) return { kind: 'refused', code: 'RPPS_TAKEN' };
    }
    await db.federatedIdentity.update({ where: { id: linked.id }, data: { lastUsedAt: now, rppsNumber: identity.rppsNumber } });
    await applyCertifiedValues(db, linked.user.id, identity);
    return signedIn(db, linked.user.id, now);
  }
  return identity.provider === 'PRO_SANTE_CONNECT' ? firstPscSignIn(db, identity, now) : firstProConnectSignIn(db, identity, now);
}

async function firstPscSignIn(db: TransactionClient, identity: CertifiedIdentity, now: Date): Promise<FederatedSignIn> {
  const rppsNumber = identity.rppsNumber!;
  // The certified number already belongs to an account through another PSC identity.
  const claimed = await db.federatedIdentity.findFirst({ where: { provider: 'PRO_SANTE_CONNECT', rppsNumber }, select: { id: true } });
  if (claimed) return { kind: 'refused', code: 'RPPS_TAKEN' };

  const holders = await db.user.findMany({
    where: { professional: { identifierType: 'RPPS', identifierNumber: rppsNumber } },
    select: ACCOUNT_SELECT,
    take: 2,
  });
  if (holders.length > 1) return { kind: 'refused', code: 'RPPS_TAKEN' };
  if (holders.length === 1) {
    const account = holders[0]!;
    const refusal = refusalFor(account, identity.provider);
    if (refusal) return refusal;
    // The certified email names another account: two candidates, as with two holders — refused rather than
    // guessed. The number was typed on the holder's, and typing someone else's is within anyone's reach.
    if (identity.email && (await db.user.count({ where: { email: identity.email, id: { not: account.id } } })) > 0) {
      return { kind: 'refused', code: 'RPPS_CONFLICT' };
    }
    const link = await linkIdentity(db, account.id, identity, { actorId: account.id, via: 'rpps' }, now);
    if (!link.ok) return { kind: 'refused', code: link.code };
    await applyCertifiedValues(db, account.id, identity);
    return signedIn(db, account.id, now);
  }

  if (identity.email) {
    const account = await db.user.findUnique({
      where: { email: identity.email },
      select: { ...ACCOUNT_SELECT, professional: { select: { identifierType: true, identifierNumber: true } } },
    });
    if (account) {
      const refusal = refusalFor(account, identity.provider);
      if (refusal) return refusal;
      const own = account.professional;
      if (own?.identifierType === 'RPPS' && own.identifierNumber && own.identifierNumber !== rppsNumber) return { kind: 'refused', code: 'RPPS_MISMATCH' };
      if (!account.passwordHash) return { kind: 'refused', code: 'NOT_ACTIVATED' };
      return { kind: 'confirm-password', token: await createIntent(db, 'LINK_WITH_PASSWORD', identity, account.id, now) };
    }
  }
  return { kind: 'sign-up', token: await createIntent(db, 'SIGN_UP', identity, null, now) };
}

async function firstProConnectSignIn(db: TransactionClient, identity: CertifiedIdentity, now: Date): Promise<FederatedSignIn> {
  const account = identity.email ? await db.user.findUnique({ where: { email: identity.email }, select: ACCOUNT_SELECT }) : null;
  if (!account) return { kind: 'refused', code: 'NO_ACCOUNT' };
  const refusal = refusalFor(account, identity.provider);
  if (refusal) return refusal;
  const link = await linkIdentity(db, account.id, identity, { actorId: account.id, via: 'email' }, now);
  return link.ok ? signedIn(db, account.id, now) : { kind: 'refused', code: link.code };
}

/** The account may not sign in this way: wrong role for the provider, or not active. */
function refusalFor(account: AccountRow, provider: IdentityProvider): FederatedSignIn | null {
  if (!rolesFor(provider).includes(account.role)) return { kind: 'refused', code: provider === 'PRO_SANTE_CONNECT' ? 'PSC_ROLE' : 'PROCONNECT_ROLE' };
  if (account.status === 'DISABLED') return { kind: 'refused', code: 'DISABLED' };
  if (account.status === 'AWAITING_VALIDATION') return { kind: 'refused', code: 'AWAITING_VALIDATION' };
  return null;
}

async function signedIn(db: TransactionClient, userId: string, now: Date): Promise<FederatedSignIn> {
  await db.user.update({ where: { id: userId }, data: { lastLoginAt: now, lastActivityAt: now } });
  return { kind: 'signed-in', userId };
}

async function auditOutcome(identity: CertifiedIdentity, outcome: FederatedSignIn, ip: string): Promise<void> {
  const details = { provider: identity.provider, ip };
  if (outcome.kind === 'signed-in') {
    await writeAudit(prisma, { actorId: outcome.userId, action: 'auth.sign-in.success', entityType: 'User', entityId: outcome.userId, details });
  } else if (outcome.kind === 'refused') {
    await writeAudit(prisma, { actorId: null, action: 'auth.sign-in.refused', entityType: 'User', details: { ...details, reason: outcome.code } });
  }
}

/** Where a sign-in that did not end in a session goes next (sign-in page paths). */
export function signInRedirect(outcome: Exclude<FederatedSignIn, { kind: 'signed-in' }>): string {
  if (outcome.kind === 'confirm-password') return `/connexion/lier?jeton=${encodeURIComponent(outcome.token)}`;
  if (outcome.kind === 'sign-up') return `/inscription/professionnel?jeton=${encodeURIComponent(outcome.token)}`;
  return `/connexion?error=${outcome.code}`;
}

/** The account a just-verified identity is linked to, as the session token needs it. */
export async function federatedAccount(
  nextAuthProviderId: string,
  subject: string,
): Promise<{ id: string; role: Role; sessionVersion: number; remember: boolean } | null> {
  const provider = identityProviderOf(nextAuthProviderId);
  if (!provider) return null;
  const linked = await prisma.federatedIdentity.findUnique({
    where: { provider_subject: { provider, subject } },
    select: { user: { select: { id: true, role: true, sessionVersion: true } } },
  });
  // A federated session ends with the browser (and after 12 hours at most), as a password session
  // without « Garder la session ouverte »: the provider's own session is the long one.
  return linked ? { ...linked.user, remember: false } : null;
}
