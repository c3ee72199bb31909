import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { NotFoundError } from '@/lib/errors';
import { prisma, type TransactionClient } from '@/lib/db';
import { professionalScope } from '@/lib/access/scope';

/** Midnight UTC of `now`, as `@db.Date` columns are compared (SPEC §10: a period ending today counts). */
export function utcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** `YYYY-MM-DD` of a `@db.Date` value (Prisma gives it as midnight UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The `@db.Date` value of a `YYYY-MM-DD` string. */
export function dateFromIsoDay(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/**
 * The id of the actor's own volunteer record, or NotFoundError for anyone else. Every function of this
 * folder goes through here: `professionalScope` AND the actor's own user id, so an ARS or the CCS (whose
 * scope is wider) still reaches no record here — this area is the volunteer's, not a regulator's view.
 */
export async function ownProfessionalId(actor: Actor, db: TransactionClient | typeof prisma = prisma): Promise<string> {
  if (actor.role !== 'PROFESSIONAL') throw new NotFoundError('professional');
  const professional = await db.professional.findFirst({
    where: { AND: [professionalScope(actor), { userId: actor.id }] },
    select: { id: true },
  });
  if (!professional) throw new NotFoundError('professional');
  return professional.id;
}
