import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { scopeSql } from '@/lib/access/scope-sql';
import { prisma } from '@/lib/db';
import { RESERVATION_DEADLINE, RESERVATION_REGION_JOINS } from '@/lib/candidacies/reservation-deadline';

// The establishment dashboard's reservations (SPEC §6.4: the time left shows on the row « and on the
// dashboard »): the volunteers « Contacté » by the account's establishments whose reservation ends first,
// so that nobody is held until the expiry job releases them for want of a decision.

export interface PendingReservation {
  candidacyId: string;
  missionId: string;
  professionalId: string;
  lastName: string;
  firstName: string;
  missionProfessionCode: string;
  missionStartDate: Date;
  reservedUntil: Date;
}

export const PENDING_RESERVATIONS_SHOWN = 10;

/** The soonest-ending reservations of the actor's missions (nothing for a role that has none). */
export async function listPendingReservations(actor: Actor, limit = PENDING_RESERVATIONS_SHOWN): Promise<PendingReservation[]> {
  if (actor.role !== 'ESTABLISHMENT') return [];
  const inScope = scopeSql(actor, 'mission', { establishmentId: 'm.establishment_id', establishmentRegionCode: 'e.region_code' });
  return prisma.$queryRaw<PendingReservation[]>`
    SELECT c.id AS "candidacyId", c.mission_id AS "missionId", c.professional_id AS "professionalId",
           u.last_name AS "lastName", u.first_name AS "firstName",
           m.profession_code AS "missionProfessionCode", m.start_date AS "missionStartDate",
           ${RESERVATION_DEADLINE} AS "reservedUntil"
    FROM candidacies c ${RESERVATION_REGION_JOINS}
    JOIN professionals p ON p.id = c.professional_id
    JOIN users u ON u.id = p.user_id
    WHERE c.status = 'CONTACTED' AND ${inScope}
    ORDER BY "reservedUntil", c.id
    LIMIT ${limit}`;
}
