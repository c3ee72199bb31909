import { z } from '@/lib/validation/zod';
import { PROFESSION_CODES } from '@/lib/reference/professions';

// What the establishment dashboard's missions table asks for (SPEC §6.2): a filter per column, a sort, a
// page. Read from the URL's search params, so a filtered view survives a reload and can be shared with a
// colleague of the same FINESS. Anything malformed falls back to "no filter" rather than an error page.

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

const flag = z
  .enum(['oui', 'non'])
  .optional()
  .catch(undefined)
  .transform((value) => (value === undefined ? undefined : value === 'oui'));
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(value)))
  .optional()
  .catch(undefined);

export const missionListQuerySchema = z.object({
  status: z.enum(MISSION_LIST_STATUSES).default('OPEN').catch('OPEN'),
  /** One of the account's establishments (the filter only shows when it has several). */
  establishment: z.string().uuid().optional().catch(undefined),
  /** « Nombre »: exactly this many positions requested. */
  count: z.coerce.number().int().min(1).max(500).optional().catch(undefined),
  profession: z.enum(PROFESSION_CODES).optional().catch(undefined),
  /** « Date de début »: missions starting on or after this day. */
  start: day,
  /** « Date de fin »: missions ending on or before this day. */
  end: day,
  ehpad: flag,
  icu: flag,
  vaccination: flag,
  vehicle: flag,
  weekend: flag,
  /** « Action »: « oui » = every position filled (POURVUE n/n), « non » = positions still open. */
  filled: flag,
  sort: z.enum(MISSION_SORT_COLUMNS).default('startDate').catch('startDate'),
  direction: z.enum(['asc', 'desc']).default('asc').catch('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type MissionListQuery = z.output<typeof missionListQuerySchema>;
export type MissionFilterKey = Exclude<keyof MissionListQuery, 'sort' | 'direction' | 'page' | 'status'>;

export type SearchParams = Record<string, string | string[] | undefined>;

export function parseMissionListQuery(params: SearchParams): MissionListQuery {
  const flat = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, (Array.isArray(value) ? value[0] : value) || undefined]),
  );
  return missionListQuerySchema.parse(flat);
}

/** The URL search params of a query, without the defaults (short, stable links). */
export function missionListSearch(query: MissionListQuery, changes: Partial<MissionListQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined) continue;
    if (key === 'status' && value === 'OPEN') continue;
    if (key === 'sort' && value === 'startDate') continue;
    if (key === 'direction' && value === 'asc') continue;
    if (key === 'page' && value === 1) continue;
    params.set(key, typeof value === 'boolean' ? (value ? 'oui' : 'non') : String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
