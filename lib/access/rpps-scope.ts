import 'server-only';
import type { Actor } from '@/lib/access/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { NotFoundError } from '@/lib/errors';

// Scope of the RPPS+ portal (SPEC §2, §8): an RPPS manager acts for the establishments (FINESS) they
// manage; every other role, and no session, gets nothing. Requests use lib/access/scope's
// rppsRequestScope; records are in scope when one of their practice situations (open or closed) is in
// one of those establishments.

const NOTHING = { id: { in: [] as string[] } };

export type RppsManager = Actor & { role: 'RPPS_MANAGER' };

export function isRppsManager(actor: Actor | null): actor is RppsManager {
  return actor?.role === 'RPPS_MANAGER';
}

/** Out of scope is « not found » (SPEC §2), whoever asks. */
export function requireRppsManager(actor: Actor | null): RppsManager {
  if (!isRppsManager(actor)) throw new NotFoundError('rpps');
  return actor;
}

export function rppsRecordScope(actor: Actor | null): Prisma.RppsRecordWhereInput {
  return isRppsManager(actor) ? { situations: { some: { establishmentId: { in: actor.establishmentIds } } } } : NOTHING;
}

export function managesEstablishment(actor: Actor | null, establishmentId: string): boolean {
  return isRppsManager(actor) && actor.establishmentIds.includes(establishmentId);
}

