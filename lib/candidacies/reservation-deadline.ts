import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { RESERVATION_WARNING_HOURS } from '@/lib/candidacies/reservation-rule';

// When a reservation (« Contacté ») ends (SPEC §6.4): at the contact, plus the delay the ARS set for the
// region of the mission's establishment (default 72 h). The expiry job releases it then; the « Choisir »
// table, the page of a filled mission and the dashboard show the time left until then. All of them read
// these fragments, so that « Réservé encore 2 j 5 h » always ends when the job releases the volunteer.
// The rule stays in SQL because the job selects the due reservations by it, across regions.

/** From `candidacies c` to the region whose delay applies: `m` missions, `e` establishments, `r` regions. */
export const RESERVATION_REGION_JOINS = Prisma.sql`JOIN missions m ON m.id = c.mission_id
  JOIN establishments e ON e.id = m.establishment_id
  JOIN regions r ON r.code = e.region_code`;

/** The instant the reservation of `c` ends, over RESERVATION_REGION_JOINS. */
export const RESERVATION_DEADLINE = Prisma.sql`(c.contacted_at + make_interval(hours => r.reservation_delay_hours))`;

/** The instant the establishment is warned (RESERVATION_WARNING_HOURS before the end). */
export const RESERVATION_WARNING_AT = Prisma.sql`(${RESERVATION_DEADLINE} - make_interval(hours => ${Prisma.raw(String(RESERVATION_WARNING_HOURS))}))`;

/** The deadline of one candidacy as a scalar sub-select: null unless it is « Contacté » right now. */
export function reservationDeadlineOf(candidacyId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT ${RESERVATION_DEADLINE} FROM candidacies c ${RESERVATION_REGION_JOINS}
    WHERE c.id = ${candidacyId} AND c.status = 'CONTACTED')`;
}

/** The same rule for one reservation already read (« Ma candidature »): the contact plus the delay. */
export function reservationDeadline(contactedAt: Date, delayHours: number): Date {
  return new Date(contactedAt.getTime() + delayHours * 3_600_000);
}
