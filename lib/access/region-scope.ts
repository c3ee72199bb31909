import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/access/actor';
import { NotFoundError } from '@/lib/errors';

// Indicators, exports and imports belong to the regulators only. The indicators are aggregated in SQL
// (percentile_cont, GROUPING SETS), where lib/access/scope.ts's Prisma filters cannot go, so this is the
// same rule in SQL: an ARS sees its region (establishments' region for missions, the region volunteers
// chose for volunteers — exactly establishmentScope/professionalScope), the CCS the whole country, and
// every other role nothing (fails closed).

export type RegulatorScope = { kind: 'country' } | { kind: 'region'; regionCode: string };

export function regulatorScope(actor: Actor): RegulatorScope {
  if (actor.role === 'CCS') return { kind: 'country' };
  if (actor.role === 'ARS' && actor.regionCode) return { kind: 'region', regionCode: actor.regionCode };
  throw new NotFoundError('regulator scope');
}

/** `<column> = <region>` for an ARS, TRUE for the CCS. `column` is a trusted SQL identifier. */
export function regionCondition(scope: RegulatorScope, column: string): Prisma.Sql {
  return scope.kind === 'country' ? Prisma.sql`TRUE` : Prisma.sql`${Prisma.raw(column)} = ${scope.regionCode}`;
}
