// Dates that reach client components as ISO strings (server props are serialised), French style.
// Stored days (`YYYY-MM-DD`) are calendar days, formatted in UTC so that no phone or browser in another
// time zone shows the day before; instants in Paris time, on server and client alike.
// (Pages that hold `Date` objects use components/establishment/format.ts.)

const DAY = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** `2026-12-01` (or a JSON date `2026-12-01T00:00:00.000Z`) → `01/12/2026`. */
export function formatDay(isoDay: string): string {
  return DAY.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`));
}

/** `2026-11-22T09:15:00Z` → `22 novembre 2026 à 10:15`. */
export function formatInstant(iso: string): string {
  return INSTANT.format(new Date(iso));
}
