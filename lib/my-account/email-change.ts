import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import { appUrl } from '@/lib/env';
import type { Actor } from '@/lib/access/actor';
import { DomainError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { enqueueEmail } from '@/lib/mail/outbox';
import { consumeToken, inspectToken, issueToken, type TokenState } from '@/lib/auth/one-time-tokens';
import type { TokenPurpose } from '@/lib/generated/prisma/enums';
import { assertCurrentPassword } from './current-password';
import { endOtherSessions } from './sessions';
import type { EmailChangeOutput } from './schemas';

// Changing one's email (SPEC §15): the new address proves itself by a link (72 h, single use, only its
// SHA-256 stored — lib/auth/one-time-tokens.ts); until then the account keeps its email and the new one
// waits in users.pending_email. The old address is told at once, so a stolen session cannot move the
// account away silently.

const PURPOSE: readonly TokenPurpose[] = ['EMAIL_CHANGE'];


export function confirmEmailUrl(token: string): string {
  return `${appUrl()}/compte/confirmer-email?jeton=${encodeURIComponent(token)}`;
}

/**
 * Whether an address has an account is personal data (SPEC §2), and anyone can open a volunteer account:
 * the answer on screen is the same for a free address and one in use (SPEC §14). The link goes to a free
 * address; an address in use gets « Vous avez déjà un compte » instead, which names nobody, so its owner
 * learns of the attempt and the requester, who typed an address they control, learns they have an account.
 */
export async function requestEmailChange(actor: Actor, input: EmailChangeOutput, now = new Date()): Promise<{ pendingEmail: string }> {
  await assertCurrentPassword(prisma, actor.id, input.currentPassword, now);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, firstName: true } });
    if (input.email === user.email) throw new DomainError('C’est déjà l’adresse de votre compte.', 'email');
    const inUse = await addressInUse(tx, input.email, actor.id);
    await tx.user.update({ where: { id: actor.id }, data: { pendingEmail: input.email } });
    // A new request replaces the previous link (issueToken cancels the older ones of the purpose). Issued
    // for an address in use too, so both requests do the same work; that link reaches nobody.
    const token = await issueToken(tx, actor.id, 'EMAIL_CHANGE', now);
    if (inUse) {
      const links = { signInUrl: `${appUrl()}/connexion`, resetRequestUrl: `${appUrl()}/mot-de-passe/oubli` };
      await enqueueEmail(tx, { to: input.email, template: 'account-already-exists', props: { ...links, attempt: 'email-change' } });
    } else {
      await enqueueEmail(tx, { to: input.email, template: 'email-change-confirm', props: { firstName: user.firstName, newEmail: input.email, link: confirmEmailUrl(token) } });
    }
    await enqueueEmail(tx, { to: user.email, template: 'email-change-requested', props: { firstName: user.firstName, newEmail: input.email } });
    await writeAudit(tx, { actorId: actor.id, action: 'account.email-change-request', entityType: 'User', entityId: actor.id, details: { addressInUse: inUse } });
    return { pendingEmail: input.email };
  });
}

async function addressInUse(tx: TransactionClient, email: string, ownerId: string): Promise<boolean> {
  const taken = await tx.user.findUnique({ where: { email }, select: { id: true } });
  return taken !== null && taken.id !== ownerId;
}

export type EmailChangeLinkState = TokenState;

/** What the confirmation page shows before the click (the link itself changes nothing: mail scanners open links). */
export async function describeEmailChangeLink(token: string, now = new Date()): Promise<EmailChangeLinkState> {
  return (await inspectToken(prisma, token, now, PURPOSE)).state;
}

export type ConfirmEmailOutcome = { ok: true; email: string } | { ok: false; reason: Exclude<TokenState, 'valid'> | 'taken' };

/**
 * Follows the link: the pending address becomes the account's email, both addresses are told, and every
 * session but this browser's ends. No sign-in needed: the link is the proof. An address taken meanwhile
 * uses the link up and leaves the email as it was.
 */
export async function confirmEmailChange(token: string, currentSessionId: string | undefined, now = new Date()): Promise<ConfirmEmailOutcome> {
  return prisma.$transaction(async (tx) => {
    const consumed = await consumeToken(tx, token, now, PURPOSE);
    if (!consumed) {
      const { state } = await inspectToken(tx, token, now, PURPOSE);
      return { ok: false, reason: state === 'valid' ? 'used' : state };
    }
    const user = await tx.user.findUniqueOrThrow({ where: { id: consumed.userId }, select: { id: true, email: true, pendingEmail: true, firstName: true, status: true } });
    if (!user.pendingEmail || user.status !== 'ACTIVE') return { ok: false, reason: 'unknown' };
    const taken = await tx.user.findUnique({ where: { email: user.pendingEmail }, select: { id: true } });
    if (taken) {
      await tx.user.update({ where: { id: user.id }, data: { pendingEmail: null } });
      return { ok: false, reason: 'taken' };
    }
    await tx.user.update({ where: { id: user.id }, data: { email: user.pendingEmail, pendingEmail: null } });
    const otherSessionsEnded = await endOtherSessions(tx, user.id, currentSessionId, now);
    for (const to of [user.email, user.pendingEmail]) {
      await enqueueEmail(tx, { to, template: 'email-changed', props: { firstName: user.firstName, newEmail: user.pendingEmail, signInUrl: `${appUrl()}/connexion` } });
    }
    await writeAudit(tx, { actorId: user.id, action: 'account.email-change', entityType: 'User', entityId: user.id, details: { otherSessionsEnded } });
    return { ok: true, email: user.pendingEmail };
  });
}
