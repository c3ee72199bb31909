import { z } from '@/lib/validation/zod';
import { isIsoDay } from '@/lib/dates/days';

// Tables and pages keep their filters, sort and page in the URL (SPEC §6.2, §6.4, §7.2), so a view
// survives a reload and can be shared with a colleague. One forgiving strategy for every page: each field
// of a query schema falls back on its own (`.catch`) to "no filter" or its default, so a hand-edited or
// stale URL shows the page, never an error page. These are the field kinds they all use.

/** Next's `searchParams` of a page. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** « Oui » / « Non » select → true / false; anything else → no filter. */
export const flagParam = z
  .enum(['oui', 'non'])
  .optional()
  .catch(undefined)
  .transform((value) => (value === undefined ? undefined : value === 'oui'));

/** Free text, trimmed; empty or too long → no filter. */
export const textParam = z
  .string()
  .trim()
  .max(100)
  .optional()
  .catch(undefined)
  .transform((value) => value || undefined);

/** A real calendar day `YYYY-MM-DD`; anything else (2026-02-30 included) → no filter. */
export const dayParam = z.string().refine(isIsoDay).optional().catch(undefined);

/** A page number from 1 to `max`; anything else → the first page. */
export function pageParamUpTo(max: number) {
  return z.coerce.number().int().min(1).max(max).default(1).catch(1);
}

export const pageParam = pageParamUpTo(100_000);

export const directionParam = z.enum(['asc', 'desc']).default('asc').catch('asc');

/** The columns of a need the regulators' missions and volunteers tables share (SPEC §6.2, §7.2), in their
 * order: profession, speciality, dates, then the five criteria, as sort names. */
export const NEED_SORTS = ['profession', 'speciality', 'startDate', 'endDate', 'ehpad', 'icu', 'vaccination', 'vehicle', 'weekend'] as const;

/** The five criteria columns the missions' and volunteers' tables share (SPEC §6.2, §7.2), as Oui / Non filters. */
export const criteriaFlagParams = {
  ehpad: flagParam,
  icu: flagParam,
  vaccination: flagParam,
  vehicle: flagParam,
  weekend: flagParam,
};

/** The first value of a param, an empty one as missing. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first || undefined;
}

/** The first value of each param, blank ones dropped (a GET form without JavaScript sends them). */
export function flattenParams(params: SearchParams): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = firstValue(value);
    if (first !== undefined && first.trim() !== '') flat[key] = first;
  }
  return flat;
}

/**
 * A page's query from its search params, with a schema made of the field kinds above (each field falls
 * back on its own: the parse never throws for a schema whose fields all `.catch`).
 */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, params: SearchParams): z.output<Schema> {
  return schema.parse(flattenParams(params));
}

/** The page asked for in `?page=`, for pages whose only query is the page. */
export function readPage(params: SearchParams): number {
  return pageParam.parse(firstValue(params.page));
}

/** `?a=1&b=oui`, leaving out empty values and the defaults given (short, stable links); `''` when nothing is left. */
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

/**
 * The links of a query schema's page: `(query, changes) => '?…'`, the values given minus the schema's own
 * defaults (what it parses an empty URL to), so that the default view is the bare URL.
 */
export function querySearch<Schema extends z.ZodType<Record<string, unknown>>>(schema: Schema) {
  const defaults = schema.parse({});
  return (query: z.output<Schema>, changes: Partial<z.output<Schema>> = {}): string => searchString({ ...query, ...changes }, defaults);
}

/**
 * Another page of a list whose filters stay as the URL gave them (repeated params included): `?…&page=3`,
 * the page left out for the first one, and `?` when nothing is left (so the link does drop the page).
 */
export function pageHref(params: SearchParams, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === 'page' || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) if (item) query.append(key, item);
  }
  if (page > 1) query.set('page', String(page));
  return `?${query.toString()}`;
}
