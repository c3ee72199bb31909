// The reservation of SPEC §6.4, as far as pages need it (no database import: client components read it).
// When a reservation ends is decided in SQL, once, by lib/candidacies/reservation-deadline.ts.

/** The establishment is warned this many hours before a reservation ends, then it is released. */
export const RESERVATION_WARNING_HOURS = 24;

const HOUR = 3_600_000;

/** Whether a reservation ending at `deadline` is in its last hours (the ones the warning email announces). */
export function isReservationEnding(deadline: Date | string, now: Date | string): boolean {
  return new Date(deadline).getTime() - new Date(now).getTime() <= RESERVATION_WARNING_HOURS * HOUR;
}
