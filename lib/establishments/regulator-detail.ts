import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { assertRegulator } from '@/lib/access/checks';
import { establishmentScope, missionScope } from '@/lib/access/scope';
import type { Mission } from '@/lib/generated/prisma/client';
import { ESTABLISHMENT_IDENTITY } from '@/lib/establishments/select';
import { ATTACHED_ACCOUNTS, toAttachedAccount } from '@/lib/establishments/regulator-accounts';
import type { RegulatorEstablishmentRow } from '@/lib/establishments/regulator-list';

// An establishment's page for the ARS of its region and the CCS (SPEC §15): its identity, whom to call,
// and its missions of every status, newest first and paged (an establishment of several years has many).

export const ESTABLISHMENT_MISSIONS_PAGE_SIZE = 30;

const MISSION_ROW = { id: true, status: true, professionCode: true, speciality: true, startDate: true, endDate: true, requestedCount: true, filledCount: true, ccsAlertAt: true } as const;

/** A mission as the establishment's page lists it (each links to the regulator's mission page). */
export type EstablishmentMissionRow = Pick<Mission, keyof typeof MISSION_ROW>;

export interface RegulatorEstablishmentDetail extends RegulatorEstablishmentRow {
  siret: string | null;
  missions: { rows: EstablishmentMissionRow[]; total: number; page: number; pageSize: number };
}

/** The establishment if it is in the actor's scope, else null (404: SPEC §2 never says it exists). */
export async function getRegulatorEstablishment(actor: Actor, id: string, page = 1): Promise<RegulatorEstablishmentDetail | null> {
  assertRegulator(actor, 'establishment');
  const establishment = await prisma.establishment.findFirst({
    where: { AND: [establishmentScope(actor), { id }] },
    select: { ...ESTABLISHMENT_IDENTITY, siret: true, regionCode: true, memberships: ATTACHED_ACCOUNTS },
  });
  if (!establishment) return null;
  // The mission scope is ANDed too: the page links each row to /…/missions/[id], which checks it again.
  const missionWhere = { AND: [missionScope(actor), { establishmentId: id }] };
  const [missions, total] = await Promise.all([
    prisma.mission.findMany({
      where: missionWhere,
      select: MISSION_ROW,
      orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * ESTABLISHMENT_MISSIONS_PAGE_SIZE,
      take: ESTABLISHMENT_MISSIONS_PAGE_SIZE,
    }),
    prisma.mission.count({ where: missionWhere }),
  ]);
  const { _count, memberships, ...identity } = establishment;
  return {
    ...identity,
    openMissions: _count.missions,
    accounts: memberships.map(toAttachedAccount),
    missions: { rows: missions, total, page, pageSize: ESTABLISHMENT_MISSIONS_PAGE_SIZE },
  };
}
