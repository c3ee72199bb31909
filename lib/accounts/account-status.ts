import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { candidacyScope } from '@/lib/access/scope';
import { writeAudit } from '@/lib/audit';
import { appUrl, supportEmail } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertMayAdminister, requireAdministrator } from '@/lib/accounts/account-scope';
import { actOnAccount, assertActorStillActive, lockAccountInScope, lockActiveCcsAgents } from '@/lib/accounts/locks';
import { ACCOUNT_MESSAGES } from '@/lib/accounts/messages';
import { disableRefusal } from '@/lib/accounts/rules';
import type { AccountIdInput } from '@/lib/accounts/schemas';

// « Désactiver » / « Réactiver » (SPEC §15). Disabling ends the account's sessions at once: the
// session version is bumped and every server-side session row ended, so the next request of an open
// session is refused by lib/auth/load-actor.ts; unused links are cancelled, the person is emailed.

export async function disableAccount(actor: Actor, input: { userId: string; reason: string }, now = new Date()): Promise<{ email: string }> {
  return prisma.$transaction((tx) => disableAccountIn(tx, actor, input, now), { timeout: 15_000 });
}

export async function disableAccountIn(tx: TransactionClient, actor: Actor, { userId, reason }: { userId: string; reason: string }, now = new Date()): Promise<{ email: string }> {
  const administrator = requireAdministrator(actor);
  // The CCS rows first, in id order, whatever the target: two CCS agents disabling each other at the
  // same instant are served one after the other, and the second sees the first's result.
  const activeCcs = await lockActiveCcsAgents(tx);
  await assertActorStillActive(tx, administrator);
  const account = await lockAccountInScope(tx, administrator, userId, { volunteers: true });
  if (account.id !== administrator.id) assertMayAdminister(administrator, account.role);
  const refusal = disableRefusal({ actorId: administrator.id, target: account, activeCcsCount: activeCcs.length });
  if (refusal) throw new DomainError(refusal, refusal === ACCOUNT_MESSAGES.notSelf ? 'reason' : undefined);
  if (account.role === 'PROFESSIONAL') await assertVolunteerNotReserved(tx, administrator, account.id);

  await tx.user.update({
    where: { id: account.id },
    data: { status: 'DISABLED', disabledReason: reason, disabledAt: now, sessionVersion: { increment: 1 } },
  });
  await tx.userSession.updateMany({ where: { userId: account.id, endedAt: null }, data: { endedAt: now } });
  await tx.oneTimeToken.updateMany({ where: { userId: account.id, usedAt: null }, data: { usedAt: now } });
  await enqueueEmail(tx, { to: account.email, template: 'account-disabled', props: { firstName: account.firstName, supportEmail: supportEmail() } });
  await writeAudit(tx, { actorId: administrator.id, action: 'account.disable', entityType: 'User', entityId: account.id, details: { reason } });
  return { email: account.email };
}

/**
 * A disabled volunteer leaves every pool (professionals.account_active), but a reservation or a proposal
 * would keep an establishment waiting on someone who can no longer answer: those are ended first, by whoever
 * holds them (decision 025). Their rows are locked, so a « Contacter » at this instant waits or is seen.
 */
async function assertVolunteerNotReserved(tx: TransactionClient, administrator: Actor, userId: string): Promise<void> {
  const held = await tx.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM candidacies c JOIN professionals p ON p.id = c.professional_id
    WHERE p.user_id = ${userId} AND c.status IN ('PROPOSED', 'CONTACTED') FOR UPDATE OF c`;
  if (held.length === 0) return;
  // A mission of another region (national mobilisation) is neither on this ARS's sheet nor its to release.
  const ownToEnd = await tx.candidacy.count({ where: { AND: [{ id: { in: held.map((row) => row.id) } }, candidacyScope(administrator)] } });
  throw new DomainError(ownToEnd === held.length ? ACCOUNT_MESSAGES.volunteerReserved : ACCOUNT_MESSAGES.volunteerReservedElsewhere);
}

export function reactivateAccount(actor: Actor, { userId }: AccountIdInput): Promise<{ email: string }> {
  return actOnAccount(actor, userId, async (tx, administrator, account) => {
    if (account.status !== 'DISABLED') throw new DomainError(ACCOUNT_MESSAGES.notDisabled);
    await tx.user.update({ where: { id: account.id }, data: { status: 'ACTIVE', disabledReason: null, disabledAt: null } });
    await enqueueEmail(tx, {
      to: account.email,
      template: 'account-reactivated',
      props: { firstName: account.firstName, email: account.email, signInUrl: `${appUrl()}/connexion` },
    });
    await writeAudit(tx, { actorId: administrator.id, action: 'account.reactivate', entityType: 'User', entityId: account.id });
    return { email: account.email };
  }, { volunteers: true });
}
