import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { scopeSql } from '@/lib/access/scope-sql';

// Volunteers available today, by profession, department and region, in one statement over the search
// columns the triggers keep on `professionals` (docs/decisions/016): « Disponible » of SPEC §10 is the
// switch on, the account active, no reservation, no current assignment, and an availability period
// that has not ended — the rule of availableProfessionalWhere and of the candidate search. It is a
// picture of today: the period of the page applies to missions only. At a million volunteers this reads
// every row: the page reads the snapshot the jobs keep with the same rule (volunteer-snapshot.ts).

export interface VolunteerCount {
  available: number;
  registered: number;
}

export interface VolunteerFigureGroups {
  total: VolunteerCount;
  byProfession: Map<string, VolunteerCount>;
  byDepartment: Map<string, VolunteerCount>;
  byRegion: Map<string, VolunteerCount>;
}

export interface GroupedRow {
  grouping_set: 'total' | 'profession' | 'department' | 'region';
  key: string | null;
  available: number;
  registered: number;
}

/** « Disponible » today, over the search columns of `professionals p`. */
export function availableTodaySql(today: Date): Prisma.Sql {
  return Prisma.sql`p.available AND p.account_active AND NOT p.reserved
    AND (p.assigned_until IS NULL OR p.assigned_until < ${today}::date)
    AND NOT isempty(p.availability)
    AND (upper_inf(p.availability) OR upper(p.availability) > ${today}::date)`;
}

/** The label of a GROUPING SETS row over columns of `alias` (`p` or the snapshot's `f`). */
export function groupingSetSql(alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`CASE WHEN GROUPING(${a}.profession_code) = 0 THEN 'profession'
                WHEN GROUPING(${a}.department_code) = 0 THEN 'department'
                WHEN GROUPING(${a}.region_code) = 0 THEN 'region' ELSE 'total' END AS grouping_set,
           COALESCE(${a}.profession_code, ${a}.department_code, ${a}.region_code) AS key`;
}

export function toGroups(rows: GroupedRow[]): VolunteerFigureGroups {
  const groups: VolunteerFigureGroups = { total: { available: 0, registered: 0 }, byProfession: new Map(), byDepartment: new Map(), byRegion: new Map() };
  for (const row of rows) {
    const count = { available: row.available, registered: row.registered };
    if (row.grouping_set === 'total' || row.key === null) groups.total = count;
    else if (row.grouping_set === 'profession') groups.byProfession.set(row.key, count);
    else if (row.grouping_set === 'department') groups.byDepartment.set(row.key, count);
    else groups.byRegion.set(row.key, count);
  }
  return groups;
}

/** Counted live from every volunteer of the scope. */
export async function volunteerFigures(actor: Actor, today: Date): Promise<VolunteerFigureGroups> {
  const rows = await prisma.$queryRaw<GroupedRow[]>(Prisma.sql`
    SELECT ${groupingSetSql('p')},
           (count(*) FILTER (WHERE ${availableTodaySql(today)}))::int AS available,
           count(*)::int AS registered
    FROM professionals p
    WHERE ${scopeSql(actor, 'professional', { id: 'p.id', regionCode: 'p.region_code' })}
    GROUP BY GROUPING SETS ((), (p.profession_code), (p.department_code), (p.region_code))`);
  return toGroups(rows);
}
