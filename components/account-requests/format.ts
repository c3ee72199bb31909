// Dates of the queue, French style. Stored days (`YYYY-MM-DD`) are calendar days, formatted in UTC so
// that no time zone shows the day before; instants are shown in Paris time, on server and client alike.

const DAY = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** `2026-12-01` → `01/12/2026`. */
export function formatDay(isoDay: string): string {
  return DAY.format(new Date(`${isoDay}T00:00:00Z`));
}

/** `2026-11-22T09:15:00Z` → `22 novembre 2026 à 10:15`. */
export function formatInstant(iso: string): string {
  return INSTANT.format(new Date(iso));
}
