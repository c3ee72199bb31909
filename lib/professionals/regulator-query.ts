import { z } from '@/lib/validation/zod';
import { MOBILISATION_CODES } from '@/lib/reference/mobilisation';
import { PROFESSION_CODES } from '@/lib/reference/professions';
import { REGION_CODES } from '@/lib/reference/regions';
import { NEED_SORTS, criteriaFlagParams, dayParam, directionParam, pageParam, parseQuery, querySearch, textParam, type SearchParams } from '@/lib/url/query-params';

// What the ARS/CCS volunteers table asks for (SPEC §7.2, the 2020 instruction's columns): « Nom »,
// « Prénom », « CP », « Profession », « Spécialité », dates, criteria, « Identifiant », « Mobilisation »,
// « Statut » — each one filterable and sortable — plus, for the CCS, the region the volunteer chose.

export const VOLUNTEER_STATUSES = ['DISPONIBLE', 'PROPOSED', 'CONTACTED', 'ASSIGNED', 'INDISPONIBLE'] as const;
export type VolunteerTableStatus = (typeof VOLUNTEER_STATUSES)[number];

export const VOLUNTEER_SORTS = [
  'region',
  'lastName',
  'firstName',
  'postalCode',
  ...NEED_SORTS,
  'identifier',
  'mobilisation',
  'status',
] as const;
export type VolunteerSort = (typeof VOLUNTEER_SORTS)[number];

export const VOLUNTEERS_PAGE_SIZE = 40;

export const volunteerQuerySchema = z.object({
  /** The region the volunteer chose (CCS only: an ARS sees its own region's volunteers). */
  region: z.enum(REGION_CODES).optional().catch(undefined),
  lastName: textParam,
  firstName: textParam,
  /** « CP »: starts with. */
  postalCode: textParam,
  profession: z.enum(PROFESSION_CODES).optional().catch(undefined),
  speciality: textParam,
  /** Available from this day at the latest (first day of availability on or before it). */
  start: dayParam,
  /** Available until this day at least (last day on or after it, or open-ended). */
  end: dayParam,
  ...criteriaFlagParams,
  /** « Identifiant »: RPPS or ADELI number, starts with. */
  identifier: textParam,
  mobilisation: z.enum(MOBILISATION_CODES).optional().catch(undefined),
  status: z.enum(VOLUNTEER_STATUSES).optional().catch(undefined),
  // The index's own order by default (region, then profession code): the first page costs no sort.
  sort: z.enum(VOLUNTEER_SORTS).default('region').catch('region'),
  direction: directionParam,
  page: pageParam,
});

export type VolunteerQuery = z.output<typeof volunteerQuerySchema>;
export type VolunteerFilter = Exclude<keyof VolunteerQuery, 'sort' | 'direction' | 'page'>;

export function parseVolunteerQuery(params: SearchParams): VolunteerQuery {
  return parseQuery(volunteerQuerySchema, params);
}

export const volunteerSearch = querySearch(volunteerQuerySchema);
