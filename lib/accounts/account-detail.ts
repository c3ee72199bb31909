import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { establishmentScope } from '@/lib/access/scope';
import type { Role } from '@/lib/generated/prisma/enums';
import { accountScope, requireAdministrator } from '@/lib/accounts/account-scope';
import { accountState, type AccountState } from '@/lib/accounts/account-status-label';
import { isEstablishmentBound, mayAdminister } from '@/lib/accounts/rules';

export interface AccountDetail {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  role: Role;
  regionCode: string | null;
  state: AccountState;
  disabledReason: string | null;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  /** The account's establishments within the actor's scope. */
  establishments: { id: string; name: string; finess: string | null; city: string }[];
  /** Establishments of the account outside the actor's scope: counted, never named. */
  otherEstablishments: number;
  /** What the page offers (the domain functions check again). */
  may: { administer: boolean; resend: boolean; disable: boolean; reactivate: boolean; establishments: boolean; self: boolean };
}

/** One account of « Administration », or null when it is missing or out of scope (the page answers 404). */
export async function getAccountDetail(actor: Actor, userId: string): Promise<AccountDetail | null> {
  const administrator = requireAdministrator(actor);
  const user = await prisma.user.findFirst({
    where: { AND: [{ id: userId }, accountScope(administrator)] },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      role: true,
      status: true,
      passwordHash: true,
      regionCode: true,
      disabledReason: true,
      disabledAt: true,
      lastLoginAt: true,
      createdAt: true,
      memberships: { select: { establishmentId: true } },
    },
  });
  if (!user) return null;
  const establishments = await prisma.establishment.findMany({
    where: { AND: [{ id: { in: user.memberships.map((membership) => membership.establishmentId) } }, establishmentScope(administrator)] },
    select: { id: true, name: true, finess: true, city: true },
    orderBy: { name: 'asc' },
  });
  const state = accountState(user.status, user.passwordHash !== null);
  const self = user.id === administrator.id;
  const administer = !self && mayAdminister(administrator.role, user.role);
  return {
    id: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    phone: user.phone,
    role: user.role,
    regionCode: user.regionCode,
    state,
    disabledReason: user.disabledReason,
    disabledAt: user.disabledAt,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
    establishments,
    otherEstablishments: user.memberships.length - establishments.length,
    may: {
      administer,
      self,
      resend: administer && state === 'INVITED',
      disable: administer && (state === 'ACTIVE' || state === 'INVITED'),
      reactivate: administer && state === 'DISABLED',
      establishments: administer && isEstablishmentBound(user.role),
    },
  };
}
