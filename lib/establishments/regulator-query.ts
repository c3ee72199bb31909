import { z } from '@/lib/validation/zod';
import { REGION_CODES } from '@/lib/reference/regions';
import { pageParam, parseQuery, querySearch, textParam, type SearchParams } from '@/lib/url/query-params';

// What the regulators' establishments table asks for (SPEC §15): one search box (name, FINESS or city),
// the region for the CCS, and a page.

export const REGULATOR_ESTABLISHMENTS_PAGE_SIZE = 30;

export const regulatorEstablishmentQuerySchema = z.object({
  /** Part of the name or of the city, or the start of the FINESS (or GID). */
  q: textParam,
  /** The CCS's filter; an ARS only ever sees its own region. */
  region: z.enum(REGION_CODES).optional().catch(undefined),
  page: pageParam,
});

export type RegulatorEstablishmentQuery = z.output<typeof regulatorEstablishmentQuerySchema>;

export function parseRegulatorEstablishmentQuery(params: SearchParams): RegulatorEstablishmentQuery {
  return parseQuery(regulatorEstablishmentQuerySchema, params);
}

export const regulatorEstablishmentSearch = querySearch(regulatorEstablishmentQuerySchema);
