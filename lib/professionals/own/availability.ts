import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { prisma, type TransactionClient } from '@/lib/db';
import { ownProfessionalId } from './owner';

/**
 * The one-tap « Disponible / Indisponible » switch (SPEC §5.2). It sets a value rather than toggling,
 * so a double tap or a replayed request cannot flip it back. Searches read `available` through
 * `availableProfessionalWhere`, so Indisponible hides the volunteer from every search at once.
 * A reservation or a current assignment is not released: the establishment decides on those.
 */
export async function setOwnAvailability(actor: Actor, available: boolean, now = new Date()): Promise<{ available: boolean }> {
  return prisma.$transaction(async (db) => {
    const id = await ownProfessionalId(actor, db);
    await switchAvailability(db, { professionalId: id, actorId: actor.id, available, now });
    return { available };
  });
}

/**
 * The switch itself, for the volunteer's area and for « Je ne suis plus disponible » in a check-in email
 * (lib/professionals/checkin/answer.ts), whose link stands for the signed-in volunteer. Using the switch
 * states their availability, either way: it counts as a confirmation (docs/decisions/031).
 */
export async function switchAvailability(
  db: TransactionClient,
  { professionalId, actorId, available, now, fromCheckin = false }: { professionalId: string; actorId: string; available: boolean; now: Date; fromCheckin?: boolean },
): Promise<void> {
  await db.professional.update({ where: { id: professionalId }, data: { available, availabilityConfirmedAt: now } });
  await writeAudit(db, {
    actorId,
    action: 'professional.availability',
    entityType: 'Professional',
    entityId: professionalId,
    details: fromCheckin ? { available, checkin: true } : { available },
  });
}

/**
 * « Je suis toujours disponible » in their area: nothing changes but the date of the last confirmation,
 * which establishments and regulators see and the check-ins read.
 */
export async function confirmOwnAvailability(actor: Actor, now = new Date()): Promise<{ confirmedAt: Date }> {
  return prisma.$transaction(async (db) => {
    const id = await ownProfessionalId(actor, db);
    await db.professional.update({ where: { id }, data: { availabilityConfirmedAt: now } });
    await writeAudit(db, { actorId: actor.id, action: 'professional.availability-confirmed', entityType: 'Professional', entityId: id });
    return { confirmedAt: now };
  });
}
