import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { DomainError } from '@/lib/errors';
import { requireAdministrator } from '@/lib/accounts/account-scope';
import { createInvitedAccount, type CreatedAccount } from '@/lib/accounts/create-account';
import { establishmentsByFiness } from '@/lib/accounts/establishments-in-scope';
import { assertActorStillActive } from '@/lib/accounts/locks';
import { ACCOUNT_MESSAGES } from '@/lib/accounts/messages';
import { mayInvite } from '@/lib/accounts/rules';
import { splitFinessList, type InviteAccountData } from '@/lib/accounts/schemas';

/**
 * « Inviter un agent » (SPEC §15): the CCS invites ARS agents of a region, CCS agents and RPPS+
 * managers of any FINESS; an ARS invites RPPS+ managers of its region's establishments only.
 */
export async function inviteAccount(actor: Actor, input: InviteAccountData): Promise<{ userId: string; email: string }> {
  // Rendering the email happens inside; the default 5 s leaves little room on a busy server.
  const created = await prisma.$transaction((tx) => inviteAccountIn(tx, actor, input), { timeout: 15_000 });
  // The link's token stays on the server: only the demo seed uses it, to activate as the person would.
  return { userId: created.id, email: created.email };
}

export async function inviteAccountIn(tx: TransactionClient, actor: Actor, input: InviteAccountData): Promise<CreatedAccount> {
  const administrator = requireAdministrator(actor);
  if (!mayInvite(administrator.role, input.role)) throw new DomainError(ACCOUNT_MESSAGES.roleNotAllowed, 'role');
  await assertActorStillActive(tx, administrator);
  const establishments = input.role === 'RPPS_MANAGER' ? await establishmentsByFiness(tx, administrator, splitFinessList(input.finess)) : [];
  return createInvitedAccount(
    tx,
    {
      role: input.role,
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      phone: input.phone || null,
      regionCode: input.role === 'ARS' ? input.regionCode : null,
      establishmentIds: establishments.map((establishment) => establishment.id),
    },
    { actorId: administrator.id, action: 'account.invite', invitedBy: `${administrator.firstName} ${administrator.lastName}` },
  );
}
