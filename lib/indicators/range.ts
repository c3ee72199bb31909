import { z } from '@/lib/validation/zod';
import { addUtcDays, daysInclusive, fromIsoDay, isIsoDay, startOfUtcDay, toIsoDay } from '@/lib/dates/days';
import { firstValue, type SearchParams } from '@/lib/url/query-params';

// The period of the indicators page (SPEC §7.2): missions CREATED between two days, both included, read
// from the page's query string (`?du=2026-10-01&au=2026-10-31`) so that a view can be bookmarked and
// shared. Days are UTC days, like every other date rule of the app (lib/professionals/status.ts).
// Pure: used by the server page and by the form.

export const DEFAULT_RANGE_DAYS = 30;
/** Longer periods answer the same but say little; the cap keeps a typo (year 2206) from confusing. */
export const MAX_RANGE_DAYS = 3 * 366;

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

/** The last 30 days, today included. */
export function defaultRange(now = new Date()): DateRange {
  const today = startOfUtcDay(now);
  return { from: toIsoDay(addUtcDays(today, -(DEFAULT_RANGE_DAYS - 1))), to: toIsoDay(today) };
}

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, RANGE_MESSAGES.invalid)
  .refine(isIsoDay, RANGE_MESSAGES.invalid);

export const dateRangeSchema = z
  .object({ from: day, to: day })
  .refine((range) => range.from <= range.to, { path: ['to'], message: RANGE_MESSAGES.order })
  .refine((range) => rangeDays(range) <= MAX_RANGE_DAYS, { path: ['to'], message: RANGE_MESSAGES.tooLong });

/** Number of days of the range, both ends included. */
export function rangeDays(range: DateRange): number {
  return daysInclusive(fromIsoDay(range.from), fromIsoDay(range.to));
}

/** The half-open instant interval [from 00:00, day after `to` 00:00) that SQL compares created_at with. */
export function rangeInstants(range: DateRange): { start: Date; end: Date } {
  return { start: fromIsoDay(range.from), end: addUtcDays(fromIsoDay(range.to), 1) };
}

/**
 * The range asked for in the query string (`du`, `au`), a missing end taking its default. An invalid
 * range falls back to the default and says why, so the page always shows figures.
 */
export function rangeFromSearchParams(params: SearchParams, now = new Date()): { range: DateRange; error: string | null } {
  const fallback = defaultRange(now);
  const parsed = dateRangeSchema.safeParse({ from: firstValue(params.du) ?? fallback.from, to: firstValue(params.au) ?? fallback.to });
  if (parsed.success) return { range: parsed.data, error: null };
  return { range: fallback, error: parsed.error.issues[0]?.message ?? RANGE_MESSAGES.invalid };
}
