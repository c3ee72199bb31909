import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { assertRegion, isRegulator } from '@/lib/access/checks';
import { regionScope } from '@/lib/access/scope';
import { isRegionCode, type RegionCode } from '@/lib/reference/regions';
import { RESERVATION_DELAY_MAX, RESERVATION_DELAY_MIN } from '@/lib/regulation/schemas';

// Settings an ARS controls for its region (SPEC §6.4): the delay after which an establishment's
// reservation (« Contacté ») is released. lib/jobs/reservation-expiry.ts reads it from the region row
// at every run, so a change applies to the reservations already running, from the next tick.

export interface RegionSettings {
  regionCode: RegionCode;
  regionName: string;
  reservationDelayHours: number;
}

export async function getRegionSettings(actor: Actor, regionCode: string): Promise<RegionSettings> {
  assertRegion(actor, regionCode);
  const region = await prisma.region.findUnique({ where: { code: regionCode }, select: { code: true, name: true, reservationDelayHours: true } });
  if (!region) throw new NotFoundError('region');
  return { regionCode, regionName: region.name, reservationDelayHours: region.reservationDelayHours };
}

export async function updateReservationDelay(
  actor: Actor,
  input: { regionCode: string; reservationDelayHours: number },
): Promise<{ reservationDelayHours: number }> {
  assertRegion(actor, input.regionCode);
  const hours = input.reservationDelayHours;
  // The check constraint says the same; saying it here gives the form a French message on its field.
  if (!Number.isInteger(hours) || hours < RESERVATION_DELAY_MIN || hours > RESERVATION_DELAY_MAX) {
    throw new DomainError(`Le délai doit être un nombre entier d’heures entre ${RESERVATION_DELAY_MIN} et ${RESERVATION_DELAY_MAX}.`, 'reservationDelayHours');
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.region.findUnique({ where: { code: input.regionCode }, select: { reservationDelayHours: true } });
    if (!before) throw new NotFoundError('region');
    await tx.region.update({ where: { code: input.regionCode }, data: { reservationDelayHours: hours } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'region.reservation-delay',
      entityType: 'Region',
      entityId: input.regionCode,
      details: { from: before.reservationDelayHours, to: hours },
    });
    return { reservationDelayHours: hours };
  });
}

/** Every region's settings in the actor's scope (the CCS's overview; an ARS gets its own). */
export async function listRegionSettings(actor: Actor): Promise<RegionSettings[]> {
  if (!isRegulator(actor)) return [];
  const regions = await prisma.region.findMany({
    where: regionScope(actor),
    select: { code: true, name: true, reservationDelayHours: true },
    orderBy: { name: 'asc' },
  });
  return regions.flatMap((region) =>
    isRegionCode(region.code) ? [{ regionCode: region.code, regionName: region.name, reservationDelayHours: region.reservationDelayHours }] : [],
  );
}
