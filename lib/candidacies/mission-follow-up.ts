import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { scopeSql } from '@/lib/access/scope-sql';
import { prisma } from '@/lib/db';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';
import { RESERVATION_DEADLINE, RESERVATION_REGION_JOINS } from '@/lib/candidacies/reservation-deadline';

// The page of a mission that no longer offers candidates (SPEC §6.2): filled — the volunteers still
// « Contacté », to validate or refuse, and the « Affecté » ones — or archived — its assignments and the
// history of its candidacies, read-only. One statement over the mission's candidacies (tens, at most a
// few hundred), scoped to the account's establishments like every read of the establishment area.

export interface MissionCandidacy {
  id: string;
  professionalId: string;
  lastName: string;
  firstName: string;
  professionCode: string;
  phone: string;
  status: CandidacyStatus;
  proposedAt: Date | null;
  contactedAt: Date | null;
  decidedAt: Date | null;
  updatedAt: Date;
  /** While « Contacté »: when the reservation ends (lib/candidacies/reservation-deadline.ts). */
  reservedUntil: Date | null;
}

/** More than any mission gathers; a bound all the same, as every list of the app has one. */
const CANDIDACY_LIMIT = 500;

/**
 * Every candidacy of the mission, the ones to act on first: « Contacté » (the reservation ending first
 * on top), then « Affecté », then the others, newest first. Empty for a mission outside the account's
 * establishments, or for any other role: the page has answered 404 before asking.
 */
export async function listMissionCandidacies(actor: Actor, missionId: string): Promise<MissionCandidacy[]> {
  if (actor.role !== 'ESTABLISHMENT') return [];
  const inScope = scopeSql(actor, 'mission', { establishmentId: 'm.establishment_id', establishmentRegionCode: 'e.region_code' });
  return prisma.$queryRaw<MissionCandidacy[]>`
    SELECT c.id, c.professional_id AS "professionalId", u.last_name AS "lastName", u.first_name AS "firstName",
           p.profession_code AS "professionCode", p.phone, c.status::text AS status,
           c.proposed_at AS "proposedAt", c.contacted_at AS "contactedAt", c.decided_at AS "decidedAt", c.updated_at AS "updatedAt",
           CASE WHEN c.status = 'CONTACTED' THEN ${RESERVATION_DEADLINE} END AS "reservedUntil"
    FROM candidacies c ${RESERVATION_REGION_JOINS}
    JOIN professionals p ON p.id = c.professional_id
    JOIN users u ON u.id = p.user_id
    WHERE c.mission_id = ${missionId} AND ${inScope}
    ORDER BY CASE c.status WHEN 'CONTACTED' THEN 0 WHEN 'ASSIGNED' THEN 1 ELSE 2 END, "reservedUntil" ASC NULLS LAST, c.updated_at DESC, c.id
    LIMIT ${CANDIDACY_LIMIT}`;
}
