import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { decideScope, professionalScope } from '@/lib/access/scope';
import { DomainError, NotFoundError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { ACCOUNT_MESSAGES } from '@/lib/accounts/messages';
import type { Prisma } from '@/lib/generated/prisma/client';
import { mayAdminister, type AdministratorRole } from '@/lib/accounts/rules';

// Which accounts « Administration » shows (docs/decisions/025), read off the one scope decision of
// lib/access/scope.ts: the CCS (scope `all`) every agent, establishment and RPPS+ account; an ARS
// (scope `region`) its region's ARS agents and the establishment and RPPS+ accounts attached to an
// establishment of its region. Volunteers are never listed here (there may be a million): they are
// disabled and reactivated from their sheet in « Bénévoles », within `professionalScope`.

const NOTHING: Prisma.UserWhereInput = { id: { in: [] } };
const AGENT_AND_ESTABLISHMENT_ROLES = ['ARS', 'CCS', 'ESTABLISHMENT', 'RPPS_MANAGER'] as const;

export type Administrator = Actor & { role: AdministratorRole };

/** The actor as an administrator, or « not found » for every other role (SPEC §2). */
export function requireAdministrator(actor: Actor): Administrator {
  if (actor.role !== 'ARS' && actor.role !== 'CCS') throw new NotFoundError('account');
  return actor as Administrator;
}

export function accountScope(actor: Actor): Prisma.UserWhereInput {
  const scope = decideScope(actor, 'region');
  if (scope.kind === 'all') return { role: { in: [...AGENT_AND_ESTABLISHMENT_ROLES] } };
  if (scope.kind !== 'region') return NOTHING;
  return {
    OR: [
      { role: 'ARS', regionCode: scope.regionCode },
      { role: { in: ['ESTABLISHMENT', 'RPPS_MANAGER'] }, memberships: { some: { establishment: { regionCode: scope.regionCode } } } },
    ],
  };
}

/** The accounts the actor may disable and reactivate: those of « Administration », and its volunteers. */
export function administrableScope(actor: Actor): Prisma.UserWhereInput {
  return { OR: [accountScope(actor), { role: 'PROFESSIONAL', professional: { is: professionalScope(actor) } }] };
}

/** A visible account the actor may not act on (an ARS and an agent's account) is refused in words. */
export function assertMayAdminister(actor: Administrator, targetRole: Role): void {
  if (!mayAdminister(actor.role, targetRole)) throw new DomainError(ACCOUNT_MESSAGES.agentsByCcs);
}
