import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { assertMayAdminister, requireAdministrator } from '@/lib/accounts/account-scope';
import { sendInvitationAgain } from '@/lib/accounts/create-account';
import { assertActorStillActive, lockAccountInScope } from '@/lib/accounts/locks';
import { resendRefusal } from '@/lib/accounts/rules';
import type { AccountIdInput } from '@/lib/accounts/schemas';

/** « Renvoyer l'invitation » (SPEC §15): a new 72 h link, the older ones cancelled; never-activated accounts only. */
export async function resendInvitation(actor: Actor, { userId }: AccountIdInput): Promise<{ email: string }> {
  const administrator = requireAdministrator(actor);
  return prisma.$transaction(
    async (tx) => {
      await assertActorStillActive(tx, administrator);
      const account = await lockAccountInScope(tx, administrator, userId);
      assertMayAdminister(administrator, account.role);
      const refusal = resendRefusal({ status: account.status, hasPassword: account.passwordHash !== null });
      if (refusal) throw new DomainError(refusal);
      await sendInvitationAgain(tx, account);
      await writeAudit(tx, { actorId: administrator.id, action: 'account.invitation-resend', entityType: 'User', entityId: account.id });
      return { email: account.email };
    },
    { timeout: 15_000 },
  );
}
