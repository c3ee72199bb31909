import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { scopeSql } from '@/lib/access/scope-sql';
import { prisma } from '@/lib/db';
import { fromIsoDay, startOfUtcDay } from '@/lib/dates/days';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ActivityType, Role } from '@/lib/generated/prisma/enums';

// « Voir affectation professionnels » (SPEC §6.6): the volunteers validated on the missions of the
// account's establishments, newest first. The original warned this screen "could take minutes"; here it
// is one statement: the count and the page's order are an index-only scan of the establishment's ASSIGNED
// candidacies (index on mission, status, date, id — migration 20261122020000), and only the page's rows
// are joined to volunteers and accounts, by primary key. Its cost follows the establishment's own
// assignments, never the number of volunteers or of candidacies elsewhere.

export const ASSIGNMENTS_PAGE_SIZE = 25;

export interface AssignmentRow {
  candidacyId: string;
  professionalId: string;
  /** Who pushed the volunteer (SPEC §7.2); null when the establishment found them itself. */
  pushedBy: 'ARS' | 'CCS' | 'UNKNOWN' | null;
  /** « Date de l'action »: when the establishment (or an ARS for it) validated. */
  decidedAt: Date | null;
  lastName: string;
  firstName: string;
  professionCode: string;
  activityType: ActivityType;
  missionProfessionCode: string;
  missionEndDate: Date;
  /** The mission is over: the volunteer is available to others again (SPEC §10). */
  ended: boolean;
  comment: string | null;
}

export interface AssignmentList {
  rows: AssignmentRow[];
  total: number;
  page: number;
  pageSize: number;
}

interface RawRow {
  candidacyId: string;
  professionalId: string;
  pushed: boolean;
  pushedByRole: Role | null;
  decidedAt: string | null;
  lastName: string;
  firstName: string;
  professionCode: string;
  activityType: ActivityType;
  missionProfessionCode: string;
  missionEndDate: string;
  comment: string | null;
}

function assignmentsSql(actor: Actor, page: number): Prisma.Sql {
  const offset = (page - 1) * ASSIGNMENTS_PAGE_SIZE;
  return Prisma.sql`
    WITH assigned AS (
      SELECT c.id, c.decided_at
      FROM missions m
      JOIN candidacies c ON c.mission_id = m.id AND c.status = 'ASSIGNED'
      WHERE ${scopeSql(actor, 'candidacy', { professionalId: 'c.professional_id', establishmentId: 'm.establishment_id' })}
    ),
    page AS (
      SELECT id FROM assigned ORDER BY decided_at DESC NULLS LAST, id DESC LIMIT ${ASSIGNMENTS_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*) FROM assigned)::int AS total,
      (SELECT COALESCE(json_agg(json_build_object(
          'candidacyId', c.id, 'professionalId', c.professional_id,
          'pushed', c.proposed_by_id IS NOT NULL OR c.proposed_at IS NOT NULL, 'pushedByRole', pu.role,
          'decidedAt', c.decided_at, 'lastName', u.last_name, 'firstName', u.first_name,
          'professionCode', p.profession_code, 'activityType', p.activity_type, 'comment', p.comment,
          'missionProfessionCode', m.profession_code, 'missionEndDate', m.end_date)
        ORDER BY c.decided_at DESC NULLS LAST, c.id DESC), '[]'::json)
       FROM page
       JOIN candidacies c ON c.id = page.id
       JOIN missions m ON m.id = c.mission_id
       JOIN professionals p ON p.id = c.professional_id
       JOIN users u ON u.id = p.user_id
       LEFT JOIN users pu ON pu.id = c.proposed_by_id) AS rows`;
}

function pushedBy(row: RawRow): AssignmentRow['pushedBy'] {
  if (!row.pushed) return null;
  // The pushing account may have been deleted since (its id is then null): still pushed, by someone.
  return row.pushedByRole === 'ARS' || row.pushedByRole === 'CCS' ? row.pushedByRole : 'UNKNOWN';
}

/** One page of the account's assignments (every account of the same FINESS sees the same list). */
export async function listAssignmentsForActor(actor: Actor, options: { page?: number } = {}, now = new Date()): Promise<AssignmentList> {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  if (actor.role !== 'ESTABLISHMENT' || actor.establishmentIds.length === 0) {
    return { rows: [], total: 0, page, pageSize: ASSIGNMENTS_PAGE_SIZE };
  }
  const [result] = await prisma.$queryRaw<{ total: number; rows: RawRow[] }[]>(assignmentsSql(actor, page));
  const today = startOfUtcDay(now);
  const rows = (result?.rows ?? []).map((row): AssignmentRow => {
    const missionEndDate = fromIsoDay(row.missionEndDate);
    return {
      candidacyId: row.candidacyId,
      professionalId: row.professionalId,
      pushedBy: pushedBy(row),
      decidedAt: row.decidedAt ? new Date(row.decidedAt) : null,
      lastName: row.lastName,
      firstName: row.firstName,
      professionCode: row.professionCode,
      activityType: row.activityType,
      missionProfessionCode: row.missionProfessionCode,
      missionEndDate,
      ended: missionEndDate < today,
      comment: row.comment,
    };
  });
  return { rows, total: result?.total ?? 0, page, pageSize: ASSIGNMENTS_PAGE_SIZE };
}
