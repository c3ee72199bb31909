// Calendar days, the one way the app handles them (SPEC §10: a period ending today counts).
// A day is stored in a `@db.Date` column, which Prisma reads and writes as midnight UTC, and travels as
// `YYYY-MM-DD` (what <input type="date"> gives; such strings also sort in date order). « Today » is the
// UTC day of the instant, except where a form speaks of the day in France (parisToday).
// Plain TypeScript, no 'server-only': client components and the server share it. Not date-fns: its
// arithmetic runs in the process's local time zone, and on UTC midnights whole-day milliseconds are exact
// (UTC has no daylight saving).

export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of the instant's UTC day, as `@db.Date` columns are compared. */
export function startOfUtcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

/** `YYYY-MM-DD` of a stored day (or of an instant's UTC day). */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The stored day (midnight UTC) of a `YYYY-MM-DD` string. */
export function fromIsoDay(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00.000Z`);
}

/** A real calendar day `YYYY-MM-DD` (2023-02-30 is refused, which Date.parse would roll over). */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The stored day `days` days later (earlier when negative). */
export function addUtcDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Days from `first` to `last`, both included (0 or less when `last` comes first). */
export function daysInclusive(first: Date, last: Date): number {
  return Math.round((last.getTime() - first.getTime()) / DAY_MS) + 1;
}

/** Days two day ranges share, both ends included; an open end (null) runs to the other range's end. */
export function overlapDays(a: { start: Date; end: Date }, b: { start: Date; end: Date | null }): number {
  const start = Math.max(a.start.getTime(), b.start.getTime());
  const end = Math.min(a.end.getTime(), (b.end ?? a.end).getTime());
  return end < start ? 0 : daysInclusive(new Date(start), new Date(end));
}

/** Shifts a `YYYY-MM-DD` day by whole years (29 February falls back to 28 when needed). */
export function shiftYears(isoDay: string, years: number): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year + years, month - 1, day));
  if (target.getUTCMonth() !== month - 1) target.setUTCDate(0);
  return toIsoDay(target);
}

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in France as `YYYY-MM-DD`, whatever the server's time zone (the RPPS+ forms' « today »). */
export function parisToday(now = new Date()): string {
  return parisDay.format(now);
}
