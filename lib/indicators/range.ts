import { z } from '@/lib/validation/zod';

// The period of the indicators page (SPEC §7.2): missions CREATED between two days, both included, read
// from the page's query string (`?du=2026-10-01&au=2026-10-31`) so that a view can be bookmarked and
// shared. Days are UTC days, like every other date rule of the app (lib/professionals/status.ts).
// Pure: used by the server page and by the form.

export const DEFAULT_RANGE_DAYS = 30;
/** Longer periods answer the same but say little; the cap keeps a typo (year 2206) from confusing. */
export const MAX_RANGE_DAYS = 3 * 366;

const DAY_MS = 86_400_000;

export interface DateRange {
  /** First day, `YYYY-MM-DD`, included. */
  from: string;
  /** Last day, `YYYY-MM-DD`, included. */
  to: string;
}

export const RANGE_MESSAGES = {
  invalid: 'Date invalide : utilisez le format JJ/MM/AAAA.',
  order: 'La date de début doit précéder ou égaler la date de fin.',
  tooLong: `La période est limitée à ${MAX_RANGE_DAYS} jours.`,
} as const;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last 30 days, today included. */
export function defaultRange(now = new Date()): DateRange {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return { from: isoDay(new Date(today - (DEFAULT_RANGE_DAYS - 1) * DAY_MS)), to: isoDay(new Date(today)) };
}

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, RANGE_MESSAGES.invalid)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && isoDay(new Date(`${value}T00:00:00Z`)) === value, RANGE_MESSAGES.invalid);

export const dateRangeSchema = z
  .object({ from: day, to: day })
  .refine((range) => range.from <= range.to, { path: ['to'], message: RANGE_MESSAGES.order })
  .refine((range) => rangeDays(range) <= MAX_RANGE_DAYS, { path: ['to'], message: RANGE_MESSAGES.tooLong });

/** Number of days of the range, both ends included. */
export function rangeDays(range: DateRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The half-open instant interval [from 00:00, day after `to` 00:00) that SQL compares created_at with. */
export function rangeInstants(range: DateRange): { start: Date; end: Date } {
  return { start: new Date(`${range.from}T00:00:00Z`), end: new Date(Date.parse(`${range.to}T00:00:00Z`) + DAY_MS) };
}

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first ? first : undefined;
}

/**
 * The range asked for in the query string (`du`, `au`), a missing end taking its default. An invalid
 * range falls back to the default and says why, so the page always shows figures.
 */
export function rangeFromSearchParams(params: SearchParams, now = new Date()): { range: DateRange; error: string | null } {
  const fallback = defaultRange(now);
  const parsed = dateRangeSchema.safeParse({ from: single(params.du) ?? fallback.from, to: single(params.au) ?? fallback.to });
  if (parsed.success) return { range: parsed.data, error: null };
  return { range: fallback, error: parsed.error.issues[0]?.message ?? RANGE_MESSAGES.invalid };
}
