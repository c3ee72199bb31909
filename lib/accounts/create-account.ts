import 'server-only';
import type { TransactionClient } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { isUniqueViolation } from '@/lib/db/refusals';
import { issueToken } from '@/lib/auth/one-time-tokens';
import { setPasswordUrl } from '@/lib/auth/password-flows';
import { writeAudit } from '@/lib/audit';
import { enqueueEmail } from '@/lib/mail/outbox';
import { ACCOUNT_MESSAGES } from '@/lib/accounts/messages';
import type { InvitableRole } from '@/lib/accounts/schemas';
import type { Role } from '@/lib/generated/prisma/enums';

// One way to create an agent's account, whoever asks (an agent's invitation, `npm run admin:create`,
// the demo seed): the user without a password, its memberships, a 72 h ACTIVATION link emailed with
// « Votre compte Renfort RH Crise a été créé » through the outbox, and the audit row — one transaction,
// the caller's.

export interface NewAccount {
  role: InvitableRole;
  email: string;
  firstName: string;
  lastName: string;
  phone?: string | null;
  regionCode?: string | null;
  establishmentIds?: string[];
}

export interface CreatedAccount {
  id: string;
  email: string;
  /** The activation token, for the seed to activate the account as the link would (never shown). */
  token: string;
  /** The invitation's outbox row, for `admin:create` to send it at once. */
  emailId: string;
}

export async function createInvitedAccount(
  tx: TransactionClient,
  account: NewAccount,
  audit: { actorId: string | null; action: 'account.invite' | 'account.create-first'; invitedBy?: string },
): Promise<CreatedAccount> {
  const email = account.email.trim().toLowerCase();
  // Checked first for a clear message without aborting the transaction; the unique index decides a race.
  if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new DomainError(ACCOUNT_MESSAGES.emailTaken, 'email');
  let user: { id: string; email: string; firstName: string };
  try {
    user = await tx.user.create({
      data: {
        email,
        role: account.role,
        status: 'ACTIVE',
        firstName: account.firstName,
        lastName: account.lastName,
        phone: account.phone || null,
        regionCode: account.role === 'ARS' ? account.regionCode : null,
        memberships: account.role === 'RPPS_MANAGER' ? { create: (account.establishmentIds ?? []).map((establishmentId) => ({ establishmentId })) } : undefined,
      },
      select: { id: true, email: true, firstName: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(ACCOUNT_MESSAGES.emailTaken, 'email');
    throw error;
  }
  const token = await issueToken(tx, user.id, 'ACTIVATION');
  const invitation = await enqueueEmail(tx, {
    to: user.email,
    template: 'account-invitation',
    props: { firstName: user.firstName, email: user.email, link: setPasswordUrl(token), roleLabel: INVITATION_ROLE_LABELS[account.role], invitedBy: audit.invitedBy },
  });
  await writeAudit(tx, {
    actorId: audit.actorId,
    action: audit.action,
    entityType: 'User',
    entityId: user.id,
    details: { role: account.role, email, regionCode: account.regionCode ?? null, establishmentIds: account.establishmentIds ?? [] },
  });
  return { id: user.id, email: user.email, token, emailId: invitation.id };
}

/** A new link for an account never activated: older links are cancelled by issueToken. */
export async function sendInvitationAgain(tx: TransactionClient, user: { id: string; email: string; firstName: string; role: Role }): Promise<void> {
  const token = await issueToken(tx, user.id, 'ACTIVATION');
  await enqueueEmail(tx, {
    to: user.email,
    template: 'account-invitation',
    props: { firstName: user.firstName, email: user.email, link: setPasswordUrl(token), roleLabel: INVITATION_ROLE_LABELS[user.role] },
  });
}

const INVITATION_ROLE_LABELS: Record<Role, string> = {
  PROFESSIONAL: 'professionnel de santé',
  ARS: 'agent d’une agence régionale de santé',
  CCS: 'agent du centre de crise sanitaire',
  RPPS_MANAGER: 'gestionnaire RPPS+',
  ESTABLISHMENT: 'compte établissement',
};
