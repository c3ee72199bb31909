// Calendar dates of the RPPS+ forms travel as `YYYY-MM-DD` strings (what <input type="date"> gives) and
// are compared as strings, which orders them correctly. « Today » is the day in France, whatever the
// server's time zone.

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

export function parisToday(now = new Date()): string {
  return parisDay.format(now);
}

/** A real calendar date (2023-02-30 is refused, which Date.parse would roll over). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Shifts a calendar date by whole years (29 February falls back to 28 when needed). */
export function shiftYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year + years, month - 1, day));
  if (target.getUTCMonth() !== month - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** A @db.Date column (midnight UTC) as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` → the Date Prisma writes to a @db.Date column. */
export function fromIsoDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

const longFrench = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** « 5 mai 1999 », as in the guide's summaries. */
export function formatLongDate(value: string | Date): string {
  return longFrench.format(typeof value === 'string' ? fromIsoDate(value) : value);
}

const dayInParis = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });

/** « 05 septembre 2022 » for a moment (a request's date), in French time. */
export function formatRequestDate(moment: Date): string {
  return dayInParis.format(moment);
}
