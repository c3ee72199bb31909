import { z } from '@/lib/validation/zod';
import { PROFESSION_CODES } from '@/lib/reference/professions';
import { criteriaFlagParams, dayParam, directionParam, flagParam, pageParamUpTo, parseQuery, querySearch, type SearchParams } from '@/lib/url/query-params';

// What the establishment dashboard's missions table asks for (SPEC §6.2): a filter per column, a sort, a
// page. Read from the URL's search params, so a filtered view survives a reload and can be shared with a
// colleague of the same FINESS. Anything malformed falls back to "no filter" (lib/url/query-params.ts).

export const MISSION_SORT_COLUMNS = [
  'requestedCount',
  'profession',
  'startDate',
  'endDate',
  'needsEhpadExperience',
  'needsIcuExperience',
  'vaccinationSupport',
  'needsVehicle',
  'needsWeekend',
  'filledCount',
] as const;
export type MissionSortColumn = (typeof MISSION_SORT_COLUMNS)[number];

/** Open missions by default; archived ones (by an ARS/CCS, or past their end date) on demand. */
export const MISSION_LIST_STATUSES = ['OPEN', 'ARCHIVED', 'ALL'] as const;
export type MissionListStatus = (typeof MISSION_LIST_STATUSES)[number];

export const MISSION_PAGE_SIZE = 50;

export const missionListQuerySchema = z.object({
  status: z.enum(MISSION_LIST_STATUSES).default('OPEN').catch('OPEN'),
  /** One of the account's establishments (the filter only shows when it has several). */
  establishment: z.string().uuid().optional().catch(undefined),
  /** « Nombre »: exactly this many positions requested. */
  count: z.coerce.number().int().min(1).max(500).optional().catch(undefined),
  profession: z.enum(PROFESSION_CODES).optional().catch(undefined),
  /** « Date de début »: missions starting on or after this day. */
  start: dayParam,
  /** « Date de fin »: missions ending on or before this day. */
  end: dayParam,
  ...criteriaFlagParams,
  /** « Action »: « oui » = every position filled (POURVUE n/n), « non » = positions still open. */
  filled: flagParam,
  sort: z.enum(MISSION_SORT_COLUMNS).default('startDate').catch('startDate'),
  direction: directionParam,
  page: pageParamUpTo(10_000),
});

export type MissionListQuery = z.output<typeof missionListQuerySchema>;
export type MissionFilterKey = Exclude<keyof MissionListQuery, 'sort' | 'direction' | 'page' | 'status'>;

export function parseMissionListQuery(params: SearchParams): MissionListQuery {
  return parseQuery(missionListQuerySchema, params);
}

/** The URL search params of a query, without the defaults (short, stable links). */
export const missionListSearch = querySearch(missionListQuerySchema);
