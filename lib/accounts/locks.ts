import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { accountScope, administrableScope, assertMayAdminister, requireAdministrator, type Administrator } from '@/lib/accounts/account-scope';

// Every write of « Administration » starts by locking the rows its rule reads, so that two agents
// acting at the same instant are served one after the other and the second sees the first's result.

const TARGET_SELECT = {
  id: true,
  email: true,
  role: true,
  status: true,
  firstName: true,
  lastName: true,
  passwordHash: true,
  regionCode: true,
} as const satisfies Prisma.UserSelect;

export type LockedAccount = Prisma.UserGetPayload<{ select: typeof TARGET_SELECT }>;

/**
 * Locks the account's row and returns it when it is in the actor's scope; otherwise « not found ».
 * `volunteers`: the act also serves volunteers' accounts (disable and reactivate, from « Bénévoles »).
 */
export async function lockAccountInScope(tx: TransactionClient, actor: Administrator, userId: string, options: { volunteers?: boolean } = {}): Promise<LockedAccount> {
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
  const scope = options.volunteers ? administrableScope(actor) : accountScope(actor);
  const account = await tx.user.findFirst({ where: { AND: [{ id: userId }, scope] }, select: TARGET_SELECT });
  if (!account) throw new NotFoundError('account');
  return account;
}

/**
 * Locks every active CCS agent (in id order, so that two transactions never deadlock) and returns
 * their ids. A transaction that waited re-reads the rows another one changed: an agent disabled
 * meanwhile is no longer in the list (PostgreSQL re-checks the WHERE of a locked row that changed).
 */
export async function lockActiveCcsAgents(tx: TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'CCS' AND status = 'ACTIVE' ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** The acting agent must still be active once the rows are locked (they may have been disabled meanwhile). */
export async function assertActorStillActive(tx: TransactionClient, actor: Administrator): Promise<void> {
  const row = await tx.user.findUnique({ where: { id: actor.id }, select: { status: true } });
  if (row?.status !== 'ACTIVE') throw new NotFoundError('account');
}

/**
 * The frame of every act on one account but disabling (which locks the CCS agents first): one
 * transaction, the acting agent still active, the account locked, in scope and theirs to administer.
 */
export async function actOnAccount<T>(
  actor: Actor,
  userId: string,
  act: (tx: TransactionClient, administrator: Administrator, account: LockedAccount) => Promise<T>,
  options: { volunteers?: boolean } = {},
): Promise<T> {
  const administrator = requireAdministrator(actor);
  return prisma.$transaction(
    async (tx) => {
      await assertActorStillActive(tx, administrator);
      const account = await lockAccountInScope(tx, administrator, userId, options);
      assertMayAdminister(administrator, account.role);
      return act(tx, administrator, account);
    },
    // Rendering an email happens inside; the default 5 s leaves little room on a busy server.
    { timeout: 15_000 },
  );
}
