import { z } from '@/lib/validation/zod';

// The ARS/CCS tables keep their filters, sort and page in the URL (SPEC §7.2: filters and sorting on
// every column), so a view survives a reload and can be shared with a colleague. Anything malformed
// falls back to "no filter" rather than an error page: these helpers are the field kinds they all use.

export type SearchParams = Record<string, string | string[] | undefined>;

/** « Oui » / « Non » select → true / false; anything else → no filter. */
export const flagParam = z
  .enum(['oui', 'non'])
  .optional()
  .catch(undefined)
  .transform((value) => (value === undefined ? undefined : value === 'oui'));

/** Free text, trimmed; empty → no filter. */
export const textParam = z
  .string()
  .trim()
  .max(100)
  .optional()
  .catch(undefined)
  .transform((value) => value || undefined);

/** A calendar day `YYYY-MM-DD`. */
export const dayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(value)))
  .optional()
  .catch(undefined);

export const pageParam = z.coerce.number().int().min(1).max(100_000).default(1).catch(1);

export const directionParam = z.enum(['asc', 'desc']).default('asc').catch('asc');

/** The first value of each param, empty strings dropped (a GET form without JavaScript sends them). */
export function flattenParams(params: SearchParams): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first.trim() !== '') flat[key] = first;
  }
  return flat;
}

/** `?a=1&b=oui`, leaving out undefined values and the defaults given (short, stable links). */
export function searchString(values: Record<string, unknown>, defaults: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    if (defaults[key] === value) continue;
    params.set(key, typeof value === 'boolean' ? (value ? 'oui' : 'non') : String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** A stored calendar day from `YYYY-MM-DD` (UTC midnight, as the database stores days). */
export function utcDay(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}
