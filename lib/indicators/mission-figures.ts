import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { scopeSql } from '@/lib/access/scope-sql';
import { rangeInstants, type DateRange } from '@/lib/indicators/range';

// Mission indicators of SPEC §7.2 for the missions created in the period, in ONE statement: GROUPING
// SETS give the total, the split by profession and the split by region together, and percentile_cont
// computes the median time from creation to first assignment in the database (missions never
// assigned have a NULL first_assigned_at, which percentile_cont ignores).

export interface MissionFigures {
  missions: number;
  /** Still OPEN today (not archived). */
  openMissions: number;
  positionsRequested: number;
  positionsFilled: number;
  /** Missions with at least one validated volunteer. */
  assignedMissions: number;
  /** Median of first_assigned_at − created_at, in seconds; null when no mission was assigned. */
  medianSecondsToFirstAssignment: number | null;
}

export interface MissionFigureGroups {
  total: MissionFigures;
  byProfession: Map<string, MissionFigures>;
  byRegion: Map<string, MissionFigures>;
}

interface Row {
  by_profession: number;
  by_region: number;
  profession_code: string | null;
  region_code: string | null;
  missions: number;
  open_missions: number;
  requested: number;
  filled: number;
  assigned_missions: number;
  median_seconds: number | null;
}

export const EMPTY_MISSION_FIGURES: MissionFigures = {
  missions: 0,
  openMissions: 0,
  positionsRequested: 0,
  positionsFilled: 0,
  assignedMissions: 0,
  medianSecondsToFirstAssignment: null,
};

export async function missionFigures(actor: Actor, range: DateRange): Promise<MissionFigureGroups> {
  const { start, end } = rangeInstants(range);
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT 1 - GROUPING(m.profession_code) AS by_profession, 1 - GROUPING(e.region_code) AS by_region,
           m.profession_code, e.region_code,
           count(*)::int AS missions,
           (count(*) FILTER (WHERE m.status = 'OPEN'))::int AS open_missions,
           COALESCE(sum(m.requested_count), 0)::int AS requested,
           COALESCE(sum(m.filled_count), 0)::int AS filled,
           count(m.first_assigned_at)::int AS assigned_missions,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM m.first_assigned_at - m.created_at))::float8 AS median_seconds
    FROM missions m
    JOIN establishments e ON e.id = m.establishment_id
    WHERE m.created_at >= ${start} AND m.created_at < ${end} AND ${scopeSql(actor, 'mission', { establishmentId: 'm.establishment_id', establishmentRegionCode: 'e.region_code' })}
    GROUP BY GROUPING SETS ((), (m.profession_code), (e.region_code))`);

  const groups: MissionFigureGroups = { total: EMPTY_MISSION_FIGURES, byProfession: new Map(), byRegion: new Map() };
  for (const row of rows) {
    const figures: MissionFigures = {
      missions: row.missions,
      openMissions: row.open_missions,
      positionsRequested: row.requested,
      positionsFilled: row.filled,
      assignedMissions: row.assigned_missions,
      medianSecondsToFirstAssignment: row.median_seconds,
    };
    if (row.by_profession && row.profession_code) groups.byProfession.set(row.profession_code, figures);
    else if (row.by_region && row.region_code) groups.byRegion.set(row.region_code, figures);
    else groups.total = figures;
  }
  return groups;
}
