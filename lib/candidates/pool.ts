import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TransactionClient, PrismaClient } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { MatchingCriteria } from '@/lib/candidates/criteria';
import type { CandidateStatus } from '@/lib/candidates/query';
import { mobilisationAllowsSql } from '@/lib/candidates/geography-sql';

// A mission's pool (SPEC §6.4): the volunteers matching it directly, plus those holding a candidacy on
// it. Defined once, as SQL pieces: the page search of « Choisir » and « Proposer » (search.ts) ranks and
// pages through it; findInPool asks whether one volunteer is in it, for « Contacter », « Proposer », the
// map's popup and the establishment's right to open a sheet. Both read the same WHERE clauses, so a
// volunteer the table lists is one the actions accept, and the other way round.

export interface MissionContext {
  id: string;
  startDate: Date;
  endDate: Date;
  longitude: number | null;
  latitude: number | null;
}

/** What the pool needs of the mission: whose candidacies it holds, and when it starts (assignments end before). */
export type PoolMission = Pick<MissionContext, 'id' | 'startDate'>;

export interface PoolOptions {
  criteria: MatchingCriteria;
  /** False while crisis management hides direct matches (SPEC §7.2): only pushed volunteers remain. */
  includeDirectMatches: boolean;
  today: Date;
}

// The columns the pool reads: all of them are keys or INCLUDE columns of professionals_searchable_idx (the
// day of the last confirmation, for the ranking's last tie-break; the account's names, for the sort and
// the filters by name; the place on the map's grid — migration 20261207020000; the bounds of the
// availability and of its gap, for the days shared with the mission — migration 20261209010000; the point
// on the unit sphere, for the ranking's distance key — migration 20261210010000; decision 037).
const POOL_COLUMNS = Prisma.raw(`p.id, p.region_code, p.department_code, p.profession_code, p.mobilisation, p.has_vehicle,
  p.ehpad_experience, p.icu_experience, p.vaccination_experience, p.availability, p.longitude, p.latitude,
  p.availability_confirmed_on, p.search_last_name, p.search_first_name, p.map_x, p.map_y,
  p.availability_from, p.availability_until, p.availability_simple, p.availability_gap_from, p.availability_gap_until,
  p.sphere_x, p.sphere_y, p.sphere_z`);

/**
 * The pool's ranking, over the columns search.ts computes: days shared with the mission, then distance;
 * among equals, the volunteer who confirmed their availability on a later day first (SPEC §5.2,
 * docs/decisions/031), then the id so that pages never overlap. The day, not the instant: two
 * confirmations the same day are equal. The distance is ranked by its key (geography-sql.ts: the same
 * order, without trigonometry per row); the page's rows show the kilometres.
 */
export const POOL_RANK = 'overlap_days DESC, distance_key ASC NULLS LAST, confirmed_on DESC, id';

/** A pool row's status: its candidacy's on this mission, else « Disponible ». */
export const POOL_STATUS = Prisma.raw(`COALESCE(p.candidacy_status, 'DISPONIBLE')`);

/**
 * The pool as the CTEs `direct`, `held` and `pool` (to follow a WITH), restricted to one volunteer when
 * `professionalId` is given. `pool` has the POOL_COLUMNS plus `candidacy_id` and `candidacy_status`.
 */
export function poolCtes(mission: PoolMission, options: PoolOptions, professionalId?: string): Prisma.Sql {
  const { criteria, includeDirectMatches, today } = options;
  const direct = includeDirectMatches && criteria.professionCodes.length > 0;
  // « Affecté » stays a candidate for the missions that start after their last assignment ends (SPEC
  // §6.4): `assigned_until` is the latest end of their ASSIGNED candidacies, so no assignment overlaps.
  // Only PROPOSED/CONTACTED (`reserved`) and ASSIGNED hold a volunteer: any other status frees them.
  const contactable = Prisma.sql`p.available AND p.account_active AND NOT p.reserved
        AND (p.assigned_until IS NULL OR p.assigned_until < ${mission.startDate}::date)
        AND p.availability_from IS NOT NULL
        AND (p.availability_until IS NULL OR p.availability_until > ${today}::date)
        AND (NOT ${criteria.requireWeekend} OR p.available_weekends)
        AND (NOT ${criteria.requireVehicle} OR p.has_vehicle)
        AND (NOT ${criteria.requireEhpad} OR p.ehpad_experience)
        AND (NOT ${criteria.requireIcu} OR p.icu_experience)
        AND p.profession_code = ANY(${criteria.professionCodes}::text[])`;
  // The volunteer's « Mobilisation » (decision 030). Other regions' volunteers come only through the
  // national pool (« Nationale », no limit) or the CCS's « Proposer » (which does not honour it).
  const level = criteria.honourMobilisation ? mobilisationAllowsSql('p', criteria.place) : Prisma.sql`TRUE`;
  const only = professionalId ? Prisma.sql`AND p.id = ${professionalId}` : Prisma.empty;
  return Prisma.sql`
    direct AS (
      SELECT ${POOL_COLUMNS} FROM professionals p
      WHERE ${direct ? Prisma.sql`TRUE` : Prisma.sql`FALSE`} AND p.region_code = ${criteria.regionCode} AND ${contactable} AND ${level} ${only}
      UNION ALL
      SELECT ${POOL_COLUMNS} FROM professionals p
      WHERE ${direct && criteria.includeNationalPool && !criteria.anyRegion ? Prisma.sql`TRUE` : Prisma.sql`FALSE`}
        AND p.mobilisation = 'NATIONAL' AND p.region_code <> ${criteria.regionCode} AND ${contactable} ${only}
      UNION ALL
      SELECT ${POOL_COLUMNS} FROM professionals p
      WHERE ${direct && criteria.anyRegion ? Prisma.sql`TRUE` : Prisma.sql`FALSE`}
        AND p.region_code <> ${criteria.regionCode} AND ${contactable} ${only}
    ),
    held AS (
      SELECT ${POOL_COLUMNS}, c.id AS candidacy_id, c.status::text AS candidacy_status
      FROM candidacies c JOIN professionals p ON p.id = c.professional_id
      WHERE c.mission_id = ${mission.id} AND c.status IN ('PROPOSED', 'CONTACTED', 'ASSIGNED') ${only}
    ),
    pool AS (
      SELECT held.* FROM held
      UNION ALL
      SELECT direct.*, NULL, NULL FROM direct WHERE NOT EXISTS (SELECT 1 FROM held WHERE held.id = direct.id)
    )`;
}

/** One volunteer's place in a mission's pool. */
export interface PoolEntry {
  status: CandidateStatus;
  /** Their candidacy on this mission (PROPOSED, CONTACTED or ASSIGNED), null while « Disponible ». */
  candidacyId: string | null;
}

/** The volunteer's entry in the mission's pool, or null when the page search would not list them. */
export async function findInPool(
  db: PrismaClient | TransactionClient,
  mission: PoolMission,
  professionalId: string,
  options: PoolOptions,
): Promise<PoolEntry | null> {
  const [entry] = await db.$queryRaw<PoolEntry[]>`
    WITH ${poolCtes(mission, options, professionalId)}
    SELECT ${POOL_STATUS} AS status, p.candidacy_id AS "candidacyId" FROM pool p LIMIT 1`;
  return entry ?? null;
}

/**
 * Locks the volunteer's row until the transaction ends, then reads their entry in the pool: every
 * decision about one volunteer (contacts, pushes, assignments, releases) queues here, so the entry
 * cannot change before the caller's write commits. Unknown volunteer → NotFoundError.
 */
export async function lockCandidate(
  tx: TransactionClient,
  mission: PoolMission,
  professionalId: string,
  options: PoolOptions,
): Promise<PoolEntry | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM professionals WHERE id = ${professionalId} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError('professional');
  return findInPool(tx, mission, professionalId, options);
}
