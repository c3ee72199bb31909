import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { prisma } from '@/lib/db';
import { ownProfessionalId } from './owner';

/**
 * The one-tap « Disponible / Indisponible » switch (SPEC §5.2). It sets a value rather than toggling,
 * so a double tap or a replayed request cannot flip it back. Searches read `available` through
 * `availableProfessionalWhere`, so Indisponible hides the volunteer from every search at once.
 * A reservation or a current assignment is not released: the establishment decides on those.
 */
export async function setOwnAvailability(actor: Actor, available: boolean): Promise<{ available: boolean }> {
  return prisma.$transaction(async (db) => {
    const id = await ownProfessionalId(actor, db);
    await db.professional.update({ where: { id }, data: { available } });
    await writeAudit(db, { actorId: actor.id, action: 'professional.availability', entityType: 'Professional', entityId: id, details: { available } });
    return { available };
  });
}
