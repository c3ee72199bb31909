// Dates of the volunteer area, French style. Stored days (`YYYY-MM-DD`) are calendar days, so they are
// formatted in UTC: a phone in another time zone must not show the day before.

const DAY = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** `2026-12-01` → `01/12/2026`. */
export function formatDay(isoDay: string): string {
  return DAY.format(new Date(`${isoDay}T00:00:00Z`));
}

/** An upload instant → `22 novembre 2026 à 10:15` (Paris time, as the volunteers). */
export function formatInstant(iso: string): string {
  return INSTANT.format(new Date(iso));
}

/** `1 234 567` bytes → `1,2 Mo`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}
