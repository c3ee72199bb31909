import { z } from '@/lib/validation/zod';
import { PROFESSION_CODES } from '@/lib/reference/professions';
import { REGION_CODES } from '@/lib/reference/regions';
import { NEED_SORTS, criteriaFlagParams, dayParam, directionParam, flagParam, pageParam, parseQuery, querySearch, textParam, type SearchParams } from '@/lib/url/query-params';

// What the ARS/CCS missions table asks for (SPEC §7.2): a filter and a sort per column — « ARS »,
// « Etablissement », « CP », « Nombre », « Profession », « Spécialité », dates, criteria, « Alerte »,
// « Action » (POURVUE x/n) — a status and a page.

export const REGULATOR_MISSION_SORTS = [
  'region',
  'establishment',
  'postalCode',
  'requestedCount',
  ...NEED_SORTS,
  'alert',
  'filled',
] as const;
export type RegulatorMissionSort = (typeof REGULATOR_MISSION_SORTS)[number];

export const MISSION_STATUS_FILTERS = ['OPEN', 'ARCHIVED', 'ALL'] as const;

export const REGULATOR_MISSIONS_PAGE_SIZE = 40;

export const regulatorMissionQuerySchema = z.object({
  status: z.enum(MISSION_STATUS_FILTERS).default('OPEN').catch('OPEN'),
  /** « ARS »: the establishment's region (the CCS's table; an ARS only ever sees its own). */
  region: z.enum(REGION_CODES).optional().catch(undefined),
  /** « Etablissement »: part of the name. */
  establishment: textParam,
  /** « CP »: the postal code starts with this. */
  postalCode: textParam,
  count: z.coerce.number().int().min(1).max(500).optional().catch(undefined),
  profession: z.enum(PROFESSION_CODES).optional().catch(undefined),
  speciality: textParam,
  /** Missions starting on or after this day. */
  start: dayParam,
  /** Missions ending on or before this day. */
  end: dayParam,
  ...criteriaFlagParams,
  /** « Alerte »: the CCS has been alerted. */
  alert: flagParam,
  /** « Action »: every position filled (oui) or positions still open (non). */
  filled: flagParam,
  sort: z.enum(REGULATOR_MISSION_SORTS).default('startDate').catch('startDate'),
  direction: directionParam,
  page: pageParam,
});

export type RegulatorMissionQuery = z.output<typeof regulatorMissionQuerySchema>;
export type RegulatorMissionFilter = Exclude<keyof RegulatorMissionQuery, 'sort' | 'direction' | 'page' | 'status'>;

export function parseRegulatorMissionQuery(params: SearchParams): RegulatorMissionQuery {
  return parseQuery(regulatorMissionQuerySchema, params);
}

export const regulatorMissionSearch = querySearch(regulatorMissionQuerySchema);
