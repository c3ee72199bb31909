import 'server-only';
import { subDays } from 'date-fns';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { establishmentScope } from '@/lib/access/scope';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { accountScope, requireAdministrator } from '@/lib/accounts/account-scope';
import { accountState, type AccountState } from '@/lib/accounts/account-status-label';
import type { AccountQuery } from '@/lib/accounts/schemas';

export const ACCOUNT_PAGE_SIZE = 25;

export interface AccountRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  regionCode: string | null;
  /** Names of the account's establishments within the actor's scope. */
  establishments: string[];
  state: AccountState;
  lastLoginAt: Date | null;
}

/** The accounts of « Administration » (SPEC §15): the actor's scope, the filters, one page. */
export async function listAccounts(actor: Actor, query: AccountQuery, now = new Date()): Promise<{ rows: AccountRow[]; total: number }> {
  const administrator = requireAdministrator(actor);
  const where: Prisma.UserWhereInput = { AND: [accountScope(administrator), ...filters(query, now)] };
  const [users, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      skip: (query.page - 1) * ACCOUNT_PAGE_SIZE,
      take: ACCOUNT_PAGE_SIZE,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        role: true,
        status: true,
        passwordHash: true,
        regionCode: true,
        lastLoginAt: true,
        memberships: { where: { establishment: establishmentScope(administrator) }, select: { establishment: { select: { name: true } } } },
      },
    }),
    prisma.user.count({ where }),
  ]);
  return {
    total,
    rows: users.map((user) => ({
      id: user.id,
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      role: user.role,
      regionCode: user.regionCode,
      establishments: user.memberships.map((membership) => membership.establishment.name),
      state: accountState(user.status, user.passwordHash !== null),
      lastLoginAt: user.lastLoginAt,
    })),
  };
}

function filters(query: AccountQuery, now: Date): Prisma.UserWhereInput[] {
  const where: Prisma.UserWhereInput[] = [];
  if (query.q) {
    const words = query.q.split(/\s+/).filter(Boolean);
    // Every word must match the name, the first name or the email: « marty hélène » finds Hélène Marty.
    for (const word of words) {
      where.push({
        OR: [
          { lastName: { contains: word, mode: 'insensitive' } },
          { firstName: { contains: word, mode: 'insensitive' } },
          { email: { contains: word.toLowerCase() } },
        ],
      });
    }
  }
  if (query.role) where.push({ role: query.role });
  if (query.region) where.push({ OR: [{ regionCode: query.region }, { memberships: { some: { establishment: { regionCode: query.region } } } }] });
  if (query.status === 'actif') where.push({ status: 'ACTIVE', passwordHash: { not: null } });
  if (query.status === 'invite') where.push({ status: 'ACTIVE', passwordHash: null });
  if (query.status === 'desactive') where.push({ status: 'DISABLED' });
  if (query.status === 'en-attente') where.push({ status: 'AWAITING_VALIDATION' });
  const monthAgo = subDays(now, 30);
  if (query.lastSignIn === 'jamais') where.push({ lastLoginAt: null });
  if (query.lastSignIn === '30-jours') where.push({ lastLoginAt: { gte: monthAgo } });
  if (query.lastSignIn === 'plus-30-jours') where.push({ lastLoginAt: { lt: monthAgo } });
  return where;
}
