import 'server-only';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { enqueueEmail } from '@/lib/mail/outbox';
import { hashPassword } from '@/lib/auth/password-hash';
import { consumeToken, inspectToken, issueToken, type TokenState } from '@/lib/auth/one-time-tokens';
import { RESET_REQUESTS_PER_ACCOUNT, RESET_REQUESTS_PER_IP, hitAndCheck } from '@/lib/auth/rate-limit';
import { writeAudit } from '@/lib/audit';
import { throttleKeysOf } from '@/lib/auth/login-throttle';
import type { TokenPurpose } from '@/lib/generated/prisma/enums';
import type { PrismaClient, TransactionClient } from '@/lib/db';

// Activation and reset (SPEC §4). The same email template family serves both: a link to
// /mot-de-passe/nouveau?token=…, built from APP_URL, never from the request's Host header.

/** The links this flow serves: an email-change link (lib/my-account/email-change.ts) never sets a password. */
const PASSWORD_PURPOSES: readonly TokenPurpose[] = ['ACTIVATION', 'PASSWORD_RESET'];

export function setPasswordUrl(token: string): string {
  return `${appUrl()}/mot-de-passe/nouveau?token=${encodeURIComponent(token)}`;
}

/**
 * Issues a link and queues its email in the caller's transaction. `asked`: the account asked for it on
 * « Mot de passe oublié » — SPEC §9 then sends the reset email whatever the link does, worded for a first
 * password when the account never set one (the link stays an activation, so the journal says so).
 */
export async function sendPasswordLink(
  tx: TransactionClient,
  user: { id: string; email: string; firstName: string },
  purpose: TokenPurpose,
  options: { asked?: boolean } = {},
): Promise<void> {
  const token = await issueToken(tx, user.id, purpose);
  const props = { firstName: user.firstName, link: setPasswordUrl(token), email: user.email };
  if (options.asked) {
    await enqueueEmail(tx, { to: user.email, template: 'password-reset', props: { ...props, firstPassword: purpose === 'ACTIVATION' } });
  } else {
    await enqueueEmail(tx, { to: user.email, template: purpose === 'ACTIVATION' ? 'account-activation' : 'password-reset', props });
  }
}

/**
 * Answers nothing on purpose: the page says the same for known and unknown emails. It works for a
 * validated account that never set its password (its link is then a fresh activation, in the reset email).
 */
export async function requestPasswordReset(rawEmail: string, ip: string): Promise<void> {
  const email = rawEmail.trim().toLowerCase();
  if (await hitAndCheck(RESET_REQUESTS_PER_IP, ip)) return;
  if (await hitAndCheck(RESET_REQUESTS_PER_ACCOUNT, email)) return;
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, firstName: true, status: true, passwordHash: true },
  });
  if (!user || user.status !== 'ACTIVE') return;
  await prisma.$transaction(async (tx) => {
    await sendPasswordLink(tx, user, user.passwordHash ? 'PASSWORD_RESET' : 'ACTIVATION', { asked: true });
    await writeAudit(tx, { actorId: null, action: 'password.reset-requested', entityType: 'User', entityId: user.id });
  });
}

export async function describeToken(token: string): Promise<TokenState> {
  return (await inspectToken(prisma, token, undefined, PASSWORD_PURPOSES)).state;
}

export type SetPasswordOutcome = { ok: true } | { ok: false; state: Exclude<TokenState, 'valid'> };

/**
 * Sets the password, uses up the link, lifts the sign-in delays and ends every other session of the
 * account. `db`: the demo seed activates its agents through this very path, on its own client.
 */
export async function setPasswordWithToken(token: string, password: string, db: PrismaClient = prisma): Promise<SetPasswordOutcome> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const consumed = await consumeToken(tx, token, undefined, PASSWORD_PURPOSES);
    if (!consumed) {
      const { state } = await inspectToken(tx, token, undefined, PASSWORD_PURPOSES);
      return { ok: false, state: state === 'valid' ? 'used' : state };
    }
    const user = await tx.user.update({
      where: { id: consumed.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { email: true },
    });
    // Whoever proves they read the account's mailbox gets back in at once (SPEC §14: recovery works).
    await tx.loginThrottle.deleteMany({ where: throttleKeysOf(user.email) });
    await writeAudit(tx, {
      actorId: consumed.userId,
      action: consumed.purpose === 'ACTIVATION' ? 'account.activated' : 'password.reset',
      entityType: 'User',
      entityId: consumed.userId,
    });
    return { ok: true };
  });
}

/** From a used or expired link: send a fresh one to the same account (its address is never shown). */
export async function resendPasswordLink(token: string): Promise<void> {
  const lookup = await inspectToken(prisma, token, undefined, PASSWORD_PURPOSES);
  if (!lookup.userId || !lookup.purpose || lookup.state === 'valid') return;
  const user = await prisma.user.findUnique({
    where: { id: lookup.userId },
    select: { id: true, email: true, firstName: true, status: true, passwordHash: true },
  });
  if (!user || user.status !== 'ACTIVE') return;
  if (await hitAndCheck(RESET_REQUESTS_PER_ACCOUNT, user.email)) return;
  await prisma.$transaction((tx) => sendPasswordLink(tx, user, user.passwordHash ? 'PASSWORD_RESET' : 'ACTIVATION'));
}
