import { fromIsoDay } from './days';

// Dates in French, on server and client alike. Stored days are formatted in UTC, so that no phone,
// browser or server in another time zone shows the day before; instants (dates of actions) in Paris time.
// A day may come as a `Date` (server pages) or as an ISO string (props of client components are
// serialised: `2026-12-01` or `2026-12-01T00:00:00.000Z`).

const DAY = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const LONG_DAY = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const PARIS_DAY = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' });
const PARIS_LONG_DAY = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
const INSTANT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
const LONG_INSTANT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

function asDay(value: Date | string): Date {
  return typeof value === 'string' ? fromIsoDay(value.slice(0, 10)) : value;
}

function asInstant(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** A stored day → « 01/12/2026 ». */
export function formatDay(value: Date | string): string {
  return DAY.format(asDay(value));
}

/** A stored day → « 5 mai 1999 », as in the RPPS+ guide's summaries. */
export function formatLongDay(value: Date | string): string {
  return LONG_DAY.format(asDay(value));
}

/** The French day of an instant (a confirmation's date) → « 05/09/2022 ». */
export function formatParisShortDay(value: Date | string): string {
  return PARIS_DAY.format(asInstant(value));
}

/** The French day of an instant (a request's date) → « 05 septembre 2022 ». */
export function formatParisDay(instant: Date): string {
  return PARIS_LONG_DAY.format(instant);
}

/** An instant → « 21/11/2026 14:05 » (Paris). */
export function formatInstant(value: Date | string): string {
  return INSTANT.format(asInstant(value));
}

/** An instant → « 22 novembre 2026 à 10:15 » (Paris). */
export function formatLongInstant(value: Date | string): string {
  return LONG_INSTANT.format(asInstant(value));
}
