import { z } from '@/lib/validation/zod';
import { MOBILISATION_CODES } from '@/lib/reference/mobilisation';
import { dayParam, directionParam, flagParam, pageParamUpTo, parseQuery, textParam, type SearchParams } from '@/lib/url/query-params';

// What the « Choisir » table asks for (SPEC §6.4): a filter per column, a sort, a page. Parsed from the
// URL's search params, so filters survive a reload and the map and the table read the same query.
// A GET form sends empty values (`?ehpad=`) and a hand-typed URL anything: both mean "no filter".

export const CANDIDATE_STATUSES = ['DISPONIBLE', 'PROPOSED', 'CONTACTED', 'ASSIGNED'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export const CANDIDATE_SORT_COLUMNS = [
  'rank',
  'lastName',
  'firstName',
  'departmentCode',
  'professionCode',
  'speciality',
  'startDate',
  'endDate',
  'mobilisation',
  'status',
  'distanceKm',
] as const;
export type CandidateSortColumn = (typeof CANDIDATE_SORT_COLUMNS)[number];

export const CANDIDATE_PAGE_SIZE = 40;

export const candidateQuerySchema = z.object({
  lastName: textParam,
  firstName: textParam,
  departmentCode: textParam,
  professionCode: textParam,
  speciality: textParam,
  /** Volunteers whose best period starts on or before this day. */
  startDate: dayParam,
  /** Volunteers whose best period ends on or after this day (or is open-ended). */
  endDate: dayParam,
  ehpad: flagParam,
  icu: flagParam,
  vaccination: flagParam,
  vehicle: flagParam,
  mobilisation: z.enum(MOBILISATION_CODES).optional().catch(undefined),
  phone: textParam,
  message: textParam,
  status: z.enum(CANDIDATE_STATUSES).optional().catch(undefined),
  sort: z.enum(CANDIDATE_SORT_COLUMNS).default('rank').catch('rank'),
  direction: directionParam,
  page: pageParamUpTo(10_000),
});

export type CandidateQuery = z.output<typeof candidateQuerySchema>;
export type CandidateFilterKey = Exclude<keyof CandidateQuery, 'sort' | 'direction' | 'page'>;

export function parseCandidateQuery(params: SearchParams): CandidateQuery {
  return parseQuery(candidateQuerySchema, params);
}
