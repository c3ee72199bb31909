import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { missionScope } from '@/lib/access/scope';
import { getRegion } from '@/lib/reference/regions';
import { emailCcsAgentsOfAlert } from './ccs-alert-email';
import type { MissionNeed } from '@/lib/missions/need';

// « Alerte CCS » (SPEC §7.2; the 2020 instruction: the ARS "peuvent si nécessaire alerter le Centre de
// Crise Sanitaire d'un besoin complémentaire de candidat. Le CCS peut alors ouvrir l'accès à d'autres
// viviers"). The ARS raises the alert on a mission of its region; the CCS sees every alert and opens the
// national pool of a mission: volunteers of other regions who chose « Nationale » mobilisation then
// match it (lib/candidates/criteria.ts, `includeNationalPool`).

async function openMissionOf(tx: TransactionClient, actor: Actor, missionId: string) {
  const mission = await tx.mission.findFirst({
    where: { AND: [missionScope(actor), { id: missionId }] },
    select: { id: true, status: true, ccsAlertAt: true, nationalPoolOpenedAt: true, establishment: { select: { regionCode: true } } },
  });
  if (!mission) throw new NotFoundError('mission');
  if (mission.status !== 'OPEN') throw new DomainError('Cette mission est archivée.');
  return mission;
}

/** « Alerter le CCS »: an ARS only (the CCS needs no alert to itself). */
export async function alertCcs(actor: Actor, input: { missionId: string }, now = new Date()): Promise<{ alertedAt: Date }> {
  if (actor.role !== 'ARS') throw new NotFoundError('mission');
  return prisma.$transaction(async (tx) => {
    const mission = await openMissionOf(tx, actor, input.missionId);
    if (mission.ccsAlertAt) throw new DomainError('Le CCS a déjà été alerté pour cette mission.');
    await tx.mission.update({ where: { id: mission.id }, data: { ccsAlertAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: 'mission.ccs-alert', entityType: 'Mission', entityId: mission.id, details: { regionCode: mission.establishment.regionCode } });
    await emailCcsAgentsOfAlert(tx, mission.id);
    return { alertedAt: now };
  });
}

/** « Ouvrir le vivier national »: the CCS only. */
export async function openNationalPool(actor: Actor, input: { missionId: string }, now = new Date()): Promise<{ openedAt: Date }> {
  if (actor.role !== 'CCS') throw new NotFoundError('mission');
  return prisma.$transaction(async (tx) => {
    const mission = await openMissionOf(tx, actor, input.missionId);
    if (mission.nationalPoolOpenedAt) throw new DomainError('Le vivier national est déjà ouvert pour cette mission.');
    await tx.mission.update({ where: { id: mission.id }, data: { nationalPoolOpenedAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: 'mission.national-pool', entityType: 'Mission', entityId: mission.id, details: { regionCode: mission.establishment.regionCode } });
    return { openedAt: now };
  });
}

export const ALERTS_PAGE_SIZE = 40;

export interface AlertRow extends MissionNeed {
  missionId: string;
  alertedAt: Date;
  arsName: string;
  establishmentName: string;
  postalCode: string;
  nationalPoolOpenedAt: Date | null;
}

/** The CCS's list (`/ccs/alertes`): every mission with an alert, newest alert first. */
export async function listCcsAlerts(actor: Actor, page = 1): Promise<{ rows: AlertRow[]; total: number; page: number; pageSize: number }> {
  if (actor.role !== 'CCS') return { rows: [], total: 0, page, pageSize: ALERTS_PAGE_SIZE };
  const where = { AND: [missionScope(actor), { ccsAlertAt: { not: null } }] };
  const [missions, total] = await Promise.all([
    prisma.mission.findMany({
      where,
      include: { establishment: { select: { name: true, postalCode: true, regionCode: true } } },
      orderBy: [{ ccsAlertAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * ALERTS_PAGE_SIZE,
      take: ALERTS_PAGE_SIZE,
    }),
    prisma.mission.count({ where }),
  ]);
  const rows = missions.map((m) => ({
    missionId: m.id,
    alertedAt: m.ccsAlertAt!,
    arsName: getRegion(m.establishment.regionCode)?.arsName ?? m.establishment.regionCode,
    establishmentName: m.establishment.name,
    postalCode: m.establishment.postalCode,
    professionCode: m.professionCode,
    speciality: m.speciality,
    startDate: m.startDate,
    endDate: m.endDate,
    requestedCount: m.requestedCount,
    filledCount: m.filledCount,
    status: m.status,
    nationalPoolOpenedAt: m.nationalPoolOpenedAt,
  }));
  return { rows, total, page, pageSize: ALERTS_PAGE_SIZE };
}
