import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { NotFoundError } from '@/lib/errors';
import { prisma, type TransactionClient } from '@/lib/db';
import { professionalScope } from '@/lib/access/scope';

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
