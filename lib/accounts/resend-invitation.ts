import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { sendInvitationAgain } from '@/lib/accounts/create-account';
import { actOnAccount } from '@/lib/accounts/locks';
import { resendRefusal } from '@/lib/accounts/rules';
import type { AccountIdInput } from '@/lib/accounts/schemas';

/** « Renvoyer l'invitation » (SPEC §15): a new 72 h link, the older ones cancelled; never-activated accounts only. */
export function resendInvitation(actor: Actor, { userId }: AccountIdInput): Promise<{ email: string }> {
  return actOnAccount(actor, userId, async (tx, administrator, account) => {
    const refusal = resendRefusal({ status: account.status, hasPassword: account.passwordHash !== null });
    if (refusal) throw new DomainError(refusal);
    await sendInvitationAgain(tx, account);
    await writeAudit(tx, { actorId: administrator.id, action: 'account.invitation-resend', entityType: 'User', entityId: account.id });
    return { email: account.email };
  });
}
