import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type TransactionClient, type PrismaClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { getMissionForChoosing, searchContext, type MissionForChoosing } from '@/lib/candidates/mission-search';
import { POOL_STATUS, poolCtes, type MissionContext, type PoolOptions } from '@/lib/candidates/pool';
import { distanceKmSql, establishmentReachSql } from '@/lib/candidates/geography-sql';
import { CANDIDATE_PAGE_SIZE, type CandidateQuery, type CandidateStatus } from '@/lib/candidates/query';
import { reservationDeadlineOf } from '@/lib/candidacies/reservation-deadline';

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

/** Compact rows for the map: [id, lon, lat, status]. A marker's popup asks for the name when opened, so
 * that thousands of points never cost thousands of name look-ups. */
export type MapPoint = [string, number, number, CandidateStatus];

export interface CandidateSearchResult {
  rows: CandidateRow[];
  total: number;
  page: number;
  pageSize: number;
  points: MapPoint[];
}

/** At most this many points on the map (the best ranked); the table pages through the rest. */
export const MAP_POINT_LIMIT = 2_000;

// Among equals on shared days and distance, the volunteer who confirmed their availability on a later day
// first (SPEC §5.2, docs/decisions/031), then the id so that pages never overlap. The day, not the instant:
// two confirmations the same day are equal. `confirmed_on` comes from the search index (pool.ts).
const RANK = 'overlap_days DESC, distance_km ASC NULLS LAST, confirmed_on DESC, id';

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
  distanceKm: 'distance_km',
};

function orderBy(query: CandidateQuery): string {
  if (query.sort === 'rank') return RANK;
  const direction = query.direction === 'desc' ? 'DESC NULLS LAST' : 'ASC NULLS LAST';
  // Ties keep the ranking order, so a sort by département still shows the best matches first.
  return `${SORT_SQL[query.sort]} ${direction}, ${RANK}`;
}

export function likePattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// Columns that only the table page shows, or that a rare filter reads: fetched per row from the heap
// (`professionals` or `users`) only for the rows that need them.
const HEAP_FILTERS = {
  lastName: (value: string) => Prisma.sql`EXISTS (SELECT 1 FROM users u WHERE u.id = ranked.user_id AND u.last_name ILIKE ${likePattern(value)})`,
  firstName: (value: string) => Prisma.sql`EXISTS (SELECT 1 FROM users u WHERE u.id = ranked.user_id AND u.first_name ILIKE ${likePattern(value)})`,
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
  for (const key of Object.keys(HEAP_FILTERS) as (keyof typeof HEAP_FILTERS)[]) {
    const value = query[key];
    if (value) parts.push(HEAP_FILTERS[key](value));
  }
  return Prisma.join(parts, ' AND ');
}

/** Sorting by a name needs every row's name: joined only then. */
function sortNames(query: CandidateQuery): { select: Prisma.Sql; join: Prisma.Sql } {
  if (query.sort !== 'lastName' && query.sort !== 'firstName') return { select: Prisma.empty, join: Prisma.empty };
  return { select: Prisma.sql`, u.last_name, u.first_name`, join: Prisma.sql`JOIN users u ON u.id = ranked.user_id` };
}

/** The pool, ranked and filtered, as CTEs ending in `filtered`. */
function filteredPool(mission: MissionContext, query: CandidateQuery, options: PoolOptions): Prisma.Sql {
  const names = sortNames(query);
  return Prisma.sql`
    WITH ${poolCtes(mission, options)},
    ranked AS (
      SELECT p.id, p.user_id, p.department_code, p.profession_code, p.mobilisation::text AS mobilisation,
             p.has_vehicle, p.ehpad_experience, p.icu_experience, p.vaccination_experience, p.longitude, p.latitude,
             lower(p.availability) AS start_date,
             CASE WHEN upper_inf(p.availability) THEN NULL ELSE upper(p.availability) - 1 END AS end_date,
             COALESCE((SELECT sum(upper(r) - lower(r))
                       FROM unnest(p.availability * datemultirange(daterange(${mission.startDate}::date, ${mission.endDate}::date, '[]'))) r), 0)::int
               AS overlap_days,
             ${POOL_STATUS} AS status, p.candidacy_id, p.region_code,
             (p.availability_confirmed_at AT TIME ZONE 'Europe/Paris')::date AS confirmed_on,
             ${distanceKmSql('p', mission)} AS distance_km
      FROM pool p
    ),
    filtered AS MATERIALIZED (
      SELECT ranked.* ${names.select} FROM ranked ${names.join} WHERE ${filters(query)}
    )`;
}

/** The whole search as one statement (exported for the benchmark's query plans). */
export function candidateSearchSql(mission: MissionContext, query: CandidateQuery, options: PoolOptions): Prisma.Sql {
  const offset = (query.page - 1) * CANDIDATE_PAGE_SIZE;
  const order = Prisma.raw(orderBy(query));
  const rank = Prisma.raw(RANK);
  return Prisma.sql`
    ${filteredPool(mission, query, options)},
    page AS (
      -- Numbered after the LIMIT: only the page's 40 rows are sorted twice, not the whole pool.
      SELECT top.*, row_number() OVER (ORDER BY ${order}) AS position
      FROM (SELECT * FROM filtered ORDER BY ${order} LIMIT ${CANDIDATE_PAGE_SIZE} OFFSET ${offset}) top
    ),
    map AS (SELECT id, longitude, latitude, status, overlap_days, distance_km, confirmed_on FROM filtered WHERE longitude IS NOT NULL ORDER BY ${rank} LIMIT ${MAP_POINT_LIMIT})
    SELECT
      (SELECT count(*) FROM filtered)::int AS total,
      (SELECT COALESCE(json_agg(json_build_object(
          'id', page.id, 'lastName', u.last_name, 'firstName', u.first_name,
          'departmentCode', page.department_code, 'postalCode', x.postal_code,
          'professionCode', page.profession_code, 'speciality', x.speciality,
          'startDate', page.start_date, 'endDate', page.end_date,
          'ehpadExperience', page.ehpad_experience, 'icuExperience', page.icu_experience,
          'vaccinationExperience', page.vaccination_experience, 'hasVehicle', page.has_vehicle,
          'mobilisation', page.mobilisation, 'phone', x.phone, 'comment', x.comment,
          'status', page.status, 'candidacyId', page.candidacy_id,
          'reservedUntil', ${reservationDeadlineOf(Prisma.sql`page.candidacy_id`)},
          'overlapDays', page.overlap_days, 'distanceKm', round(page.distance_km::numeric, 1),
          'assignedUntil', CASE WHEN page.status = 'DISPONIBLE' AND x.assigned_until >= ${options.today}::date THEN x.assigned_until END,
          'withinMobilisation', ${establishmentReachSql('page', options.criteria)},
          'confirmedAt', x.availability_confirmed_at)
        ORDER BY page.position), '[]'::json)
       FROM page JOIN users u ON u.id = page.user_id JOIN professionals x ON x.id = page.id) AS rows,
      (SELECT COALESCE(json_agg(json_build_array(map.id, map.longitude, map.latitude, map.status)
        ORDER BY map.overlap_days DESC, map.distance_km ASC NULLS LAST, map.confirmed_on DESC, map.id), '[]'::json)
       FROM map) AS points`;
}

export async function searchCandidates(
  db: PrismaClient | TransactionClient,
  mission: MissionContext,
  query: CandidateQuery,
  options: PoolOptions,
): Promise<CandidateSearchResult> {
  const [result] = await db.$queryRaw<{ total: number; rows: CandidateRow[]; points: MapPoint[] }[]>(
    candidateSearchSql(mission, query, options),
  );
  return {
    rows: result?.rows ?? [],
    total: result?.total ?? 0,
    page: query.page,
    pageSize: CANDIDATE_PAGE_SIZE,
    points: result?.points ?? [],
  };
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
