import { z } from '@/lib/validation/zod';
import { MOBILISATION_CODES } from '@/lib/reference/mobilisation';

// What the « Choisir » table asks for (SPEC §6.4): a filter per column, a sort, a page. Parsed from the
// URL's search params, so filters survive a reload and the map and the table read the same query.

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
] as const;
export type CandidateSortColumn = (typeof CANDIDATE_SORT_COLUMNS)[number];

export const CANDIDATE_PAGE_SIZE = 40;

// A GET form sends empty values (`?ehpad=`) and a hand-typed URL anything: both mean "no filter".
const flag = z
  .enum(['oui', 'non'])
  .optional()
  .catch(undefined)
  .transform((value) => (value === undefined ? undefined : value === 'oui'));
const text = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((value) => value || undefined);
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const candidateQuerySchema = z.object({
  lastName: text,
  firstName: text,
  departmentCode: text,
  professionCode: text,
  speciality: text,
  /** Volunteers whose best period starts on or before this day. */
  startDate: date,
  /** Volunteers whose best period ends on or after this day (or is open-ended). */
  endDate: date,
  ehpad: flag,
  icu: flag,
  vaccination: flag,
  vehicle: flag,
  mobilisation: z.enum(MOBILISATION_CODES).optional().catch(undefined),
  phone: text,
  message: text,
  status: z.enum(CANDIDATE_STATUSES).optional().catch(undefined),
  sort: z.enum(CANDIDATE_SORT_COLUMNS).default('rank').catch('rank'),
  direction: z.enum(['asc', 'desc']).default('asc').catch('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type CandidateQuery = z.output<typeof candidateQuerySchema>;
export type CandidateFilterKey = Exclude<keyof CandidateQuery, 'sort' | 'direction' | 'page'>;

export function parseCandidateQuery(params: Record<string, string | string[] | undefined>): CandidateQuery {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return candidateQuerySchema.parse(flat);
}
