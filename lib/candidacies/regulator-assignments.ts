import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { isRegulator } from '@/lib/access/checks';
import { scopeSql } from '@/lib/access/scope-sql';
import { fromIsoDay } from '@/lib/dates/days';

// The assignments of an ARS's region (or of the country, for the CCS): the volunteers « Affecté » on the
// scope's missions, newest first, with the two columns of the 2021 guide — « Poussé par ARS/Direction
// Régionale ou CCS » and « Date de l'action ». Who pushed comes from the candidacy (proposed_by), and
// from the audit log ('candidacy.propose') when the pushing account has been deleted since; the date is
// the validation's, or the audit entry's when an old row lacks it. One statement: the count and the page's
// order come from candidacies and missions (candidacies_mission_id_status_decided_at_id_idx), and only the page's
// rows are joined to volunteers and accounts.

export const REGULATOR_ASSIGNMENTS_PAGE_SIZE = 40;

type RegulatorRole = 'ARS' | 'CCS';

export interface RegulatorAssignmentRow {
  candidacyId: string;
  professionalId: string;
  missionId: string;
  /** Who pushed the volunteer; 'UNKNOWN' when pushed by an account deleted since; null: found directly. */
  pushedBy: RegulatorRole | 'UNKNOWN' | null;
  /** Set when an ARS/CCS set the volunteer « Affecté » on behalf of the establishment ('UNKNOWN': deleted since). */
  assignedOnBehalfBy: RegulatorRole | 'UNKNOWN' | null;
  actionAt: Date | null;
  lastName: string;
  firstName: string;
  professionCode: string;
  establishmentName: string;
  missionProfessionCode: string;
  missionStartDate: Date;
  missionEndDate: Date;
}

export interface RegulatorAssignmentList {
  rows: RegulatorAssignmentRow[];
  total: number;
  page: number;
  pageSize: number;
}

interface RawRow extends Omit<RegulatorAssignmentRow, 'pushedBy' | 'assignedOnBehalfBy' | 'actionAt' | 'missionStartDate' | 'missionEndDate'> {
  pushed: boolean;
  pushedByRole: string | null;
  decidedByRole: string | null;
  onBehalf: boolean;
  actionAt: string | null;
  missionStartDate: string;
  missionEndDate: string;
}

function regulatorRole(role: string | null): RegulatorRole | null {
  return role === 'ARS' || role === 'CCS' ? role : null;
}

export async function listRegulatorAssignments(actor: Actor, options: { page?: number } = {}): Promise<RegulatorAssignmentList> {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  if (!isRegulator(actor)) return { rows: [], total: 0, page, pageSize: REGULATOR_ASSIGNMENTS_PAGE_SIZE };
  const offset = (page - 1) * REGULATOR_ASSIGNMENTS_PAGE_SIZE;
  const [result] = await prisma.$queryRaw<{ total: number; rows: RawRow[] }[]>`
    WITH assigned AS (
      SELECT c.id, c.decided_at
      FROM candidacies c JOIN missions m ON m.id = c.mission_id JOIN establishments e ON e.id = m.establishment_id
      WHERE c.status = 'ASSIGNED' AND ${scopeSql(actor, 'candidacy', { professionalId: 'c.professional_id', establishmentId: 'm.establishment_id', establishmentRegionCode: 'e.region_code' })}
    ),
    page AS (
      SELECT id FROM assigned ORDER BY decided_at DESC NULLS LAST, id DESC LIMIT ${REGULATOR_ASSIGNMENTS_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*) FROM assigned)::int AS total,
      (SELECT COALESCE(json_agg(json_build_object(
          'candidacyId', c.id, 'professionalId', c.professional_id, 'missionId', c.mission_id,
          'pushed', c.proposed_by_id IS NOT NULL OR c.proposed_at IS NOT NULL OR EXISTS (
            SELECT 1 FROM audit_log a WHERE a.entity_type = 'Candidacy' AND a.entity_id = c.id AND a.action = 'candidacy.propose'),
          'pushedByRole', pu.role,
          'decidedByRole', du.role,
          'onBehalf', EXISTS (
            SELECT 1 FROM audit_log a WHERE a.entity_type = 'Candidacy' AND a.entity_id = c.id AND a.action = 'candidacy.assign-on-behalf'),
          'actionAt', COALESCE(c.decided_at, (
            SELECT max(a.created_at) FROM audit_log a
            WHERE a.entity_type = 'Candidacy' AND a.entity_id = c.id AND a.action IN ('candidacy.validate', 'candidacy.assign-on-behalf'))),
          'lastName', u.last_name, 'firstName', u.first_name, 'professionCode', p.profession_code,
          'establishmentName', e.name, 'missionProfessionCode', m.profession_code,
          'missionStartDate', m.start_date, 'missionEndDate', m.end_date)
        ORDER BY c.decided_at DESC NULLS LAST, c.id DESC), '[]'::json)
       FROM page
       JOIN candidacies c ON c.id = page.id
       JOIN missions m ON m.id = c.mission_id
       JOIN establishments e ON e.id = m.establishment_id
       JOIN professionals p ON p.id = c.professional_id
       JOIN users u ON u.id = p.user_id
       LEFT JOIN users pu ON pu.id = c.proposed_by_id
       LEFT JOIN users du ON du.id = c.decided_by_id) AS rows`;
  const rows = (result?.rows ?? []).map((row): RegulatorAssignmentRow => ({
    candidacyId: row.candidacyId,
    professionalId: row.professionalId,
    missionId: row.missionId,
    pushedBy: row.pushed ? (regulatorRole(row.pushedByRole) ?? 'UNKNOWN') : null,
    assignedOnBehalfBy: regulatorRole(row.decidedByRole) ?? (row.onBehalf ? 'UNKNOWN' : null),
    actionAt: row.actionAt ? new Date(row.actionAt) : null,
    lastName: row.lastName,
    firstName: row.firstName,
    professionCode: row.professionCode,
    establishmentName: row.establishmentName,
    missionProfessionCode: row.missionProfessionCode,
    missionStartDate: fromIsoDay(row.missionStartDate),
    missionEndDate: fromIsoDay(row.missionEndDate),
  }));
  return { rows, total: result?.total ?? 0, page, pageSize: REGULATOR_ASSIGNMENTS_PAGE_SIZE };
}
