import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { scopeSql } from '@/lib/access/scope-sql';
import { startOfUtcDay } from '@/lib/dates/days';
import { availableTodaySql, groupingSetSql, toGroups, volunteerFigures, type GroupedRow, type VolunteerFigureGroups } from '@/lib/indicators/volunteer-figures';

// The « Indicateurs » page's volunteer figures at a million volunteers (docs/decisions/034): counting
// them reads every volunteer, so the jobs keep a snapshot by (region, department, profession) —
// `volunteer_figures`, a few thousand rows — computed with the live statement's own rule, and the page
// sums it under the same scope decision (lib/access). The page says when it was computed. Without a
// fresh snapshot of today (a new database, jobs stopped, a new day), the page counts live.

/** The jobs recompute a snapshot older than this. */
export const SNAPSHOT_REFRESH_MS = 5 * 60_000;
/** The page reads a snapshot of today no older than this; an older one (jobs stopped) is ignored. */
export const SNAPSHOT_MAX_AGE_MS = 15 * 60_000;

// One refresh at a time across every server (the jobs run on each).
const LOCK = Prisma.sql`hashtext('volunteer_figures')`;

/**
 * Recomputes the snapshot when it is older than SNAPSHOT_REFRESH_MS or of another day (or always, with
 * `force`), in one transaction: readers see the previous snapshot until it commits. Returns whether it
 * recomputed. Without `force`, a refresh already running elsewhere makes this one a no-op; with it, it
 * waits for that one and then recomputes (what the tests need after writing volunteers).
 */
export async function refreshVolunteerFigures(now = new Date(), options: { force?: boolean } = {}): Promise<boolean> {
  const today = startOfUtcDay(now);
  return prisma.$transaction(
    async (tx) => {
      if (options.force) await tx.$queryRaw`SELECT pg_advisory_xact_lock(${LOCK})::text`;
      else {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK}) AS locked`;
        if (!lock?.locked) return false;
        const last = await tx.volunteerFiguresRefresh.findUnique({ where: { id: 1 } });
        if (last && last.day.getTime() === today.getTime() && now.getTime() - last.computedAt.getTime() < SNAPSHOT_REFRESH_MS) return false;
      }
      await tx.$executeRaw`DELETE FROM volunteer_figures`;
      await tx.$executeRaw`
        INSERT INTO volunteer_figures (region_code, department_code, profession_code, available, registered)
        SELECT p.region_code, p.department_code, p.profession_code,
               (count(*) FILTER (WHERE ${availableTodaySql(today)}))::int, count(*)::int
        FROM professionals p
        GROUP BY p.region_code, p.department_code, p.profession_code`;
      await tx.$executeRaw`
        INSERT INTO volunteer_figures_refreshes (id, computed_at, day) VALUES (1, ${now}, ${today}::date)
        ON CONFLICT (id) DO UPDATE SET computed_at = EXCLUDED.computed_at, day = EXCLUDED.day`;
      return true;
    },
    { maxWait: 60_000, timeout: 10 * 60_000 },
  );
}

export interface DatedVolunteerFigures extends VolunteerFigureGroups {
  /** When the snapshot was computed; null when counted live. */
  asOf: Date | null;
}

/** The actor's volunteer figures of `today`: from a fresh snapshot of that day, else counted live. */
export async function currentVolunteerFigures(actor: Actor, today: Date, now = new Date()): Promise<DatedVolunteerFigures> {
  const refresh = await prisma.volunteerFiguresRefresh.findUnique({ where: { id: 1 } });
  const fresh = refresh && refresh.day.getTime() === today.getTime() && now.getTime() - refresh.computedAt.getTime() < SNAPSHOT_MAX_AGE_MS;
  if (!fresh) return { ...(await volunteerFigures(actor, today)), asOf: null };
  // The snapshot has no volunteer ids: a scope by id (a volunteer's own) renders FALSE here — only the
  // regulators read indicators.
  const rows = await prisma.$queryRaw<GroupedRow[]>(Prisma.sql`
    SELECT ${groupingSetSql('f')}, COALESCE(sum(f.available), 0)::int AS available, COALESCE(sum(f.registered), 0)::int AS registered
    FROM volunteer_figures f
    WHERE ${scopeSql(actor, 'professional', { id: 'NULL::text', regionCode: 'f.region_code' })}
    GROUP BY GROUPING SETS ((), (f.profession_code), (f.department_code), (f.region_code))`);
  return { ...toGroups(rows), asOf: refresh.computedAt };
}
