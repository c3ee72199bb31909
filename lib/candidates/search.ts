import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type TransactionClient, type PrismaClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { getMissionForChoosing, searchContext, type MissionForChoosing } from '@/lib/candidates/mission-search';
import { POOL_RANK, POOL_STATUS, poolCtes, type MissionContext, type PoolOptions } from '@/lib/candidates/pool';
import { distanceKeySql, distanceKmSql, establishmentReachSql } from '@/lib/candidates/geography-sql';
import { CANDIDATE_PAGE_SIZE, type CandidateQuery, type CandidateStatus } from '@/lib/candidates/query';
import { reservationDeadlineOf } from '@/lib/candidacies/reservation-deadline';
import { PLAN_CACHE_MARKER } from '@/lib/db/plan-cache';
import { frameCte, mapFeaturesSql } from '@/lib/candidates/map-clusters';
import { MAP_SINGLE_POINT_ZOOM, type CandidateMapData, type MapBox } from '@/lib/candidates/map-grid';

// The candidate search of a mission (SPEC §6.4) in ONE SQL statement: the mission's pool (pool.ts: the
// volunteers matching directly, plus those holding a candidacy on this mission), ranked by days of
// availability shared with the mission then by distance, filtered per column; it returns one page of the
// table, the total and the map's points. It reads the search columns the triggers keep on `professionals`
// (availability, reserved, assigned_until, account_active), so no volunteer costs more than its own row
// (docs/PERFORMANCE.md). Matching rules come from criteria.ts; whose mission it is, from
// lib/candidates/mission-search.ts.

export interface CandidateRow {
  id: string;
  lastName: string;
  firstName: string;
  departmentCode: string;
  postalCode: string;
  professionCode: string;
  speciality: string | null;
  /** First and last day of availability (null end: open-ended). */
  startDate: string | null;
  endDate: string | null;
  ehpadExperience: boolean;
  icuExperience: boolean;
  vaccinationExperience: boolean;
  hasVehicle: boolean;
  mobilisation: string;
  phone: string;
  comment: string | null;
  status: CandidateStatus;
  candidacyId: string | null;
  /** While « Contacté »: when the reservation ends (ISO instant, lib/candidacies/reservation-deadline.ts). */
  reservedUntil: string | null;
  overlapDays: number;
  distanceKm: number | null;
  /** « Affecté jusqu'au … »: assigned elsewhere until that day (ISO), and free for this later mission. */
  assignedUntil: string | null;
  /**
   * The establishment could find this volunteer by itself: their region (or the open national pool) and
   * their « Mobilisation » allow the mission's place. False only on the regulators' « Proposer », who may
   * push beyond it, or for a volunteer they pushed.
   */
  withinMobilisation: boolean;
  /** « Disponibilité confirmée le … » (SPEC §5.2), an ISO instant. */
  confirmedAt: string;
}

/** One page of the ranked, filtered pool and its total: the regulators' « Proposer », which has no map. */
export interface CandidatePage {
  rows: CandidateRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** « Choisir »: the page, and the whole filtered pool on the map, grouped per grid cell (lib/candidates/map-clusters.ts). */
export interface CandidateSearchResult extends CandidatePage {
  map: CandidateMapData;
}

const SORT_SQL: Record<Exclude<CandidateQuery['sort'], 'rank'>, string> = {
  lastName: 'last_name',
  firstName: 'first_name',
  departmentCode: 'department_code',
  professionCode: 'profession_code',
  speciality: 'speciality',
  startDate: 'start_date',
  endDate: 'end_date',
  mobilisation: 'mobilisation',
  status: 'status',
  distanceKm: 'distance_key',
};

// Names in French alphabetical order (decision 039): the copies on the volunteer's row keep the byte
// order for the « contient » filters, so the sort names the collation.
const FRENCH_SORTS: ReadonlySet<CandidateQuery['sort']> = new Set(['lastName', 'firstName']);

function orderBy(query: CandidateQuery): string {
  if (query.sort === 'rank') return POOL_RANK;
  const direction = query.direction === 'desc' ? 'DESC NULLS LAST' : 'ASC NULLS LAST';
  const collation = FRENCH_SORTS.has(query.sort) ? ' COLLATE "french"' : '';
  // Ties keep the ranking order, so a sort by département still shows the best matches first.
  return `${SORT_SQL[query.sort]}${collation} ${direction}, ${POOL_RANK}`;
}

export function likePattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// Columns that only the table page shows, or that a rare filter reads: fetched per row from the heap
// only for the rows that need them.
const HEAP_FILTERS = {
  // Specialities are codes from a list: exact, so that one code never matches another containing it.
  speciality: (value: string) => Prisma.sql`EXISTS (SELECT 1 FROM professionals x WHERE x.id = ranked.id AND x.speciality = ${value})`,
  phone: (value: string) => Prisma.sql`EXISTS (SELECT 1 FROM professionals x WHERE x.id = ranked.id AND x.phone LIKE ${likePattern(value.replace(/[\s.]/g, ''))})`,
  message: (value: string) => Prisma.sql`EXISTS (SELECT 1 FROM professionals x WHERE x.id = ranked.id AND x.comment ILIKE ${likePattern(value)})`,
};

// Every column is qualified: `users` (joined for a sort by name) has a `status` of its own.
function filters(query: CandidateQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (query.departmentCode) parts.push(Prisma.sql`ranked.department_code = ${query.departmentCode}`);
  if (query.professionCode) parts.push(Prisma.sql`ranked.profession_code = ${query.professionCode}`);
  if (query.startDate) parts.push(Prisma.sql`ranked.start_date <= ${query.startDate}::date`);
  if (query.endDate) parts.push(Prisma.sql`(ranked.end_date IS NULL OR ranked.end_date >= ${query.endDate}::date)`);
  if (query.ehpad !== undefined) parts.push(Prisma.sql`ranked.ehpad_experience = ${query.ehpad}`);
  if (query.icu !== undefined) parts.push(Prisma.sql`ranked.icu_experience = ${query.icu}`);
  if (query.vaccination !== undefined) parts.push(Prisma.sql`ranked.vaccination_experience = ${query.vaccination}`);
  if (query.vehicle !== undefined) parts.push(Prisma.sql`ranked.has_vehicle = ${query.vehicle}`);
  if (query.mobilisation) parts.push(Prisma.sql`ranked.mobilisation = ${query.mobilisation}`);
  if (query.status) parts.push(Prisma.sql`ranked.status = ${query.status}`);
  // The names come with the pool (copies kept on the volunteer's row, decision 037): no look-up per row.
  // Written `name || ''` so that the planner never reaches for the names' trigram indexes (made for the
  // regulators' tables over the whole country): it would mix one with the region's index and read
  // 30 000 rows from the table (37 ms) instead of filtering the pool's index-only scan (14 ms).
  if (query.lastName) parts.push(Prisma.sql`(ranked.last_name || '') ILIKE ${likePattern(query.lastName)}`);
  if (query.firstName) parts.push(Prisma.sql`(ranked.first_name || '') ILIKE ${likePattern(query.firstName)}`);
  for (const key of Object.keys(HEAP_FILTERS) as (keyof typeof HEAP_FILTERS)[]) {
    const value = query[key];
    if (value) parts.push(HEAP_FILTERS[key](value));
  }
  return Prisma.join(parts, ' AND ');
}

/**
 * Days of the mission the volunteer is available: the days its availability's hull shares with the
 * mission, minus those its gap shares — four comparisons on dates the database keeps with the row
 * (migration 20261209010000). Only an availability with two gaps or more is unnested (a set-returning
 * subquery per row cost ~5 µs, 6 ms over a pool of 8 700 volunteers). An empty availability (a volunteer
 * still held by a candidacy after removing every period) shares no day.
 */
function overlapDaysSql(mission: MissionContext): Prisma.Sql {
  const start = Prisma.sql`${mission.startDate}::date`;
  const endExclusive = Prisma.sql`(${mission.endDate}::date + 1)`;
  // least() ignores the NULL upper bound of an open-ended availability.
  const shared = (from: Prisma.Sql, until: Prisma.Sql) => Prisma.sql`greatest(0, least(${until}, ${endExclusive}) - greatest(${from}, ${start}))`;
  return Prisma.sql`(CASE WHEN p.availability_from IS NULL THEN 0
      WHEN p.availability_simple THEN ${shared(Prisma.sql`p.availability_from`, Prisma.sql`p.availability_until`)}
        - CASE WHEN p.availability_gap_from IS NULL THEN 0 ELSE ${shared(Prisma.sql`p.availability_gap_from`, Prisma.sql`p.availability_gap_until`)} END
      ELSE COALESCE((SELECT sum(upper(r) - lower(r))
                     FROM unnest(p.availability * datemultirange(daterange(${start}, ${endExclusive}))) r), 0)::int END)`;
}

/** The column a sort other than the ranking reads, carried by `filtered` (the ranking's are always there). */
function sortColumn(query: CandidateQuery): Prisma.Sql {
  if (query.sort === 'rank' || query.sort === 'status' || query.sort === 'distanceKm') return Prisma.empty;
  return Prisma.raw(`, ranked.${SORT_SQL[query.sort]}`);
}

/** The pool, ranked and filtered, as CTEs ending in `filtered`. */
function filteredPool(mission: MissionContext, query: CandidateQuery, options: PoolOptions): Prisma.Sql {
  return Prisma.sql`
    WITH ${poolCtes(mission, options)},
    ranked AS (
      SELECT p.id, p.department_code, p.profession_code, p.mobilisation::text AS mobilisation,
             p.has_vehicle, p.ehpad_experience, p.icu_experience, p.vaccination_experience, p.longitude, p.latitude,
             p.availability_from AS start_date, p.availability_until - 1 AS end_date,
             ${overlapDaysSql(mission)} AS overlap_days,
             ${POOL_STATUS} AS status, p.candidacy_id, p.region_code,
             p.availability_confirmed_on AS confirmed_on,
             ${distanceKeySql('p', mission)} AS distance_key,
             p.search_last_name AS last_name, p.search_first_name AS first_name, p.map_x, p.map_y
      FROM pool p
    ),
    -- Only what the count, the order, the page's keys and the map read: the other columns of \`ranked\`
    -- are computed for the filters alone, and the page's 40 rows are read again by primary key.
    filtered AS MATERIALIZED (
      SELECT ranked.id, ranked.overlap_days, ranked.distance_key, ranked.confirmed_on, ranked.status, ranked.candidacy_id,
             ranked.longitude, ranked.latitude, ranked.map_x, ranked.map_y ${sortColumn(query)}
      FROM ranked WHERE ${filters(query)}
    )`;
}

/**
 * The whole search as one statement (exported for the benchmark's query plans). Without the map (the
 * regulators' « Proposer »), neither the frame nor the features are computed: two passes over the pool
 * fewer, on the largest pools there are.
 */
export function candidateSearchSql(mission: MissionContext, query: CandidateQuery, options: PoolOptions, shape: { map: boolean } = { map: true }): Prisma.Sql {
  const offset = (query.page - 1) * CANDIDATE_PAGE_SIZE;
  const order = Prisma.raw(orderBy(query));
  const map = shape.map
    ? Prisma.sql`,
      (SELECT zoom FROM framing) AS map_zoom,
      (SELECT json_build_array(w, s, e, n) FROM framing WHERE w IS NOT NULL) AS map_frame,
      ${mapFeaturesSql(Prisma.sql`(SELECT zoom FROM framing)`, null, false)} AS map_features`
    : Prisma.empty;
  return Prisma.sql`
    ${filteredPool(mission, query, options)},
    page AS (
      -- Numbered after the LIMIT: only the page's 40 rows are sorted twice, not the whole pool.
      SELECT top.*, row_number() OVER (ORDER BY ${order}) AS position
      FROM (SELECT * FROM filtered ORDER BY ${order} LIMIT ${CANDIDATE_PAGE_SIZE} OFFSET ${offset}) top
    )${shape.map ? Prisma.sql`,
    ${frameCte(mission)}` : Prisma.empty}
    SELECT
      (SELECT count(*) FROM filtered)::int AS total,
      (SELECT COALESCE(json_agg(json_build_object(
          'id', page.id, 'lastName', x.search_last_name, 'firstName', x.search_first_name,
          'departmentCode', x.department_code, 'postalCode', x.postal_code,
          'professionCode', x.profession_code, 'speciality', x.speciality,
          'startDate', lower(x.availability),
          'endDate', CASE WHEN upper_inf(x.availability) THEN NULL ELSE upper(x.availability) - 1 END,
          'ehpadExperience', x.ehpad_experience, 'icuExperience', x.icu_experience,
          'vaccinationExperience', x.vaccination_experience, 'hasVehicle', x.has_vehicle,
          'mobilisation', x.mobilisation::text, 'phone', x.phone, 'comment', x.comment,
          'status', page.status, 'candidacyId', page.candidacy_id,
          'reservedUntil', ${reservationDeadlineOf(Prisma.sql`page.candidacy_id`)},
          'overlapDays', page.overlap_days, 'distanceKm', round(${distanceKmSql('x', mission)}::numeric, 1),
          'assignedUntil', CASE WHEN page.status = 'DISPONIBLE' AND x.assigned_until >= ${options.today}::date THEN x.assigned_until END,
          'withinMobilisation', ${establishmentReachSql('x', options.criteria)},
          'confirmedAt', x.availability_confirmed_at)
        ORDER BY page.position), '[]'::json)
       FROM page JOIN professionals x ON x.id = page.id) AS rows${map}`;
}

/** Planned once per connection (lib/db/plan-cache.ts): these statements' planning was ~15 % of their time. */
function planCached(sql: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`${PLAN_CACHE_MARKER}\n`)}${sql}`;
}

interface SearchResultRow {
  total: number;
  rows: CandidateRow[];
  map_zoom?: number;
  map_frame?: MapBox | null;
  map_features?: CandidateMapData['features'];
}

async function runSearch(db: PrismaClient | TransactionClient, sql: Prisma.Sql): Promise<SearchResultRow | undefined> {
  const [result] = await db.$queryRaw<SearchResultRow[]>(planCached(sql));
  return result;
}

function pageOf(result: SearchResultRow | undefined, query: CandidateQuery): CandidatePage {
  return { rows: result?.rows ?? [], total: result?.total ?? 0, page: query.page, pageSize: CANDIDATE_PAGE_SIZE };
}

/** « Choisir »: one page of the pool, its total and the map of the whole filtered pool. */
export async function searchCandidates(
  db: PrismaClient | TransactionClient,
  mission: MissionContext,
  query: CandidateQuery,
  options: PoolOptions,
): Promise<CandidateSearchResult> {
  const result = await runSearch(db, candidateSearchSql(mission, query, options));
  return {
    ...pageOf(result, query),
    map: { zoom: result?.map_zoom ?? 5, bbox: null, features: result?.map_features ?? [], frame: result?.map_frame ?? null },
  };
}

/** « Proposer »: one page of the pool and its total, without the map it does not show. */
export async function searchCandidatePage(
  db: PrismaClient | TransactionClient,
  mission: MissionContext,
  query: CandidateQuery,
  options: PoolOptions,
): Promise<CandidatePage> {
  return pageOf(await runSearch(db, candidateSearchSql(mission, query, options, { map: false })), query);
}

/** The map of the filtered pool at another zoom or place than the page's first view (the map's own requests). */
export function candidateMapSql(mission: MissionContext, query: CandidateQuery, options: PoolOptions, view: { zoom: number; bbox: MapBox }): Prisma.Sql {
  return Prisma.sql`
    ${filteredPool(mission, query, options)}
    SELECT ${mapFeaturesSql(Prisma.sql`${view.zoom}::int`, view.bbox, view.zoom >= MAP_SINGLE_POINT_ZOOM)} AS features`;
}

export async function searchCandidateMap(
  db: PrismaClient | TransactionClient,
  mission: MissionContext,
  query: CandidateQuery,
  options: PoolOptions,
  view: { zoom: number; bbox: MapBox },
): Promise<CandidateMapData> {
  const [result] = await db.$queryRaw<{ features: CandidateMapData['features'] }[]>(planCached(candidateMapSql(mission, query, options, view)));
  return { zoom: view.zoom, bbox: view.bbox, features: result?.features ?? [], frame: null };
}

export interface CandidateSearchForActor {
  mission: MissionForChoosing;
  result: CandidateSearchResult;
}

/** One page of a mission's candidates, the total and the map's points, once the mission is known to be the actor's. */
export function searchCandidatesOfMission(mission: MissionForChoosing, query: CandidateQuery, now = new Date()): Promise<CandidateSearchResult> {
  const { context, options } = searchContext(mission, now);
  return searchCandidates(prisma, context, query, options);
}

/** « Choisir » (SPEC §6.4): the mission, one page of its candidates, the total and the map's points. */
export async function searchCandidatesForActor(
  actor: Actor,
  missionId: string,
  query: CandidateQuery,
  now = new Date(),
): Promise<CandidateSearchForActor | null> {
  const mission = await getMissionForChoosing(actor, missionId);
  if (!mission) return null;
  return { mission, result: await searchCandidatesOfMission(mission, query, now) };
}

/** The map of a mission's filtered pool at another view (the map's own requests), once the mission is the actor's. */
export async function searchCandidateMapForActor(
  actor: Actor,
  missionId: string,
  query: CandidateQuery,
  view: { zoom: number; bbox: MapBox },
  now = new Date(),
): Promise<CandidateMapData | null> {
  // The map is the establishment's « Choisir » (the regulators' « Proposer » has none), like its popups.
  if (actor.role !== 'ESTABLISHMENT') return null;
  const mission = await getMissionForChoosing(actor, missionId);
  if (!mission) return null;
  const { context, options } = searchContext(mission, now);
  return searchCandidateMap(prisma, context, query, options, view);
}
