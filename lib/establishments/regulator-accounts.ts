import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role, UserStatus } from '@/lib/generated/prisma/enums';

// The accounts attached to an establishment as the ARS and the CCS see them (SPEC §15): whom to call
// there, and whether they still sign in. Establishment accounts and RPPS+ managers alike, any status.

export interface AttachedAccount {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  role: Role;
  status: UserStatus;
  lastLoginAt: Date | null;
}

export const ATTACHED_ACCOUNTS = {
  where: { user: { role: { in: ['ESTABLISHMENT', 'RPPS_MANAGER'] } } },
  select: { user: { select: { id: true, firstName: true, lastName: true, email: true, phone: true, role: true, status: true, lastLoginAt: true } } },
  orderBy: [{ user: { lastName: 'asc' } }, { user: { firstName: 'asc' } }, { userId: 'asc' }],
} satisfies Prisma.Establishment$membershipsArgs;

type Selected = { user: { id: string; firstName: string; lastName: string; email: string; phone: string | null; role: Role; status: UserStatus; lastLoginAt: Date | null } };

export function toAttachedAccount({ user }: Selected): AttachedAccount {
  return { id: user.id, name: `${user.firstName} ${user.lastName}`.trim(), email: user.email, phone: user.phone, role: user.role, status: user.status, lastLoginAt: user.lastLoginAt };
}
