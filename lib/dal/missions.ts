import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { DomainError, NotFoundError } from '@/lib/actions/domain-error';
import { prisma } from '@/lib/db';
import { startOfUtcDay } from '@/lib/dal/professional-status';
import { establishmentScope, missionScope } from '@/lib/dal/scope';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getProfession } from '@/lib/reference/professions';
import type { MissionData } from '@/lib/validation/mission';
import { MISSION_PAGE_SIZE, type MissionListQuery, type MissionSortColumn } from '@/lib/validation/mission-list-query';

// The missions of an establishment account (SPEC §6.2, §6.3): those of every establishment (FINESS) it is
// attached to, so that all accounts of one FINESS see and add to the same list. Establishments never
// delete or archive missions (2021 rule): only ARS/CCS archive them.

export interface MissionRow {
  id: string;
  establishmentName: string;
  professionCode: string;
  speciality: string | null;
  startDate: Date;
  endDate: Date;
  requestedCount: number;
  /** Validated volunteers (POURVUE x/n), not candidates. */
  filledCount: number;
  needsEhpadExperience: boolean;
  needsIcuExperience: boolean;
  vaccinationSupport: boolean;
  needsVehicle: boolean;
  needsWeekend: boolean;
  details: string | null;
  status: 'OPEN' | 'ARCHIVED';
}

export interface MissionList {
  rows: MissionRow[];
  total: number;
  page: number;
  pageSize: number;
}

const ROW_SELECT = {
  id: true,
  professionCode: true,
  speciality: true,
  startDate: true,
  endDate: true,
  requestedCount: true,
  filledCount: true,
  needsEhpadExperience: true,
  needsIcuExperience: true,
  vaccinationSupport: true,
  needsVehicle: true,
  needsWeekend: true,
  details: true,
  status: true,
  establishment: { select: { name: true } },
} satisfies Prisma.MissionSelect;

function day(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

function filtersOf(query: MissionListQuery): Prisma.MissionWhereInput[] {
  const where: Prisma.MissionWhereInput[] = [];
  if (query.status !== 'ALL') where.push({ status: query.status });
  if (query.establishment) where.push({ establishmentId: query.establishment });
  if (query.count !== undefined) where.push({ requestedCount: query.count });
  if (query.profession) where.push({ professionCode: query.profession });
  if (query.start) where.push({ startDate: { gte: day(query.start) } });
  if (query.end) where.push({ endDate: { lte: day(query.end) } });
  if (query.ehpad !== undefined) where.push({ needsEhpadExperience: query.ehpad });
  if (query.icu !== undefined) where.push({ needsIcuExperience: query.icu });
  if (query.vaccination !== undefined) where.push({ vaccinationSupport: query.vaccination });
  if (query.vehicle !== undefined) where.push({ needsVehicle: query.vehicle });
  if (query.weekend !== undefined) where.push({ needsWeekend: query.weekend });
  if (query.filled !== undefined) {
    // A column compared with another one of the same row (Prisma field reference).
    const requested = prisma.mission.fields.requestedCount;
    where.push(query.filled ? { filledCount: { gte: requested } } : { filledCount: { lt: requested } });
  }
  return where;
}

function orderOf(sort: MissionSortColumn, direction: 'asc' | 'desc'): Prisma.MissionOrderByWithRelationInput[] {
  const first: Prisma.MissionOrderByWithRelationInput =
    sort === 'profession' ? { profession: { label: direction } } : { [sort]: direction };
  // Ties keep a stable, useful order: soonest first, then creation.
  return [first, { startDate: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }];
}

/** The dashboard's table: one page of the account's missions, filtered and sorted on the server. */
export async function listMissionsForActor(actor: Actor, query: MissionListQuery): Promise<MissionList> {
  if (actor.role !== 'ESTABLISHMENT') return { rows: [], total: 0, page: 1, pageSize: MISSION_PAGE_SIZE };
  const where: Prisma.MissionWhereInput = { AND: [missionScope(actor), ...filtersOf(query)] };
  const [rows, total] = await Promise.all([
    prisma.mission.findMany({
      where,
      select: ROW_SELECT,
      orderBy: orderOf(query.sort, query.direction),
      skip: (query.page - 1) * MISSION_PAGE_SIZE,
      take: MISSION_PAGE_SIZE,
    }),
    prisma.mission.count({ where }),
  ]);
  return {
    rows: rows.map(({ establishment, ...row }) => ({ ...row, establishmentName: establishment.name })),
    total,
    page: query.page,
    pageSize: MISSION_PAGE_SIZE,
  };
}

export interface NewNeedEstablishment {
  id: string;
  name: string;
  category: string;
  finess: string | null;
  gid: string | null;
  address: string;
  postalCode: string;
  city: string;
}

export interface NewNeedContext {
  requester: { firstName: string; lastName: string; email: string; phone: string | null };
  establishments: NewNeedEstablishment[];
}

/** What « Nouveau besoin » shows read-only: the signed-in account and its establishments. */
export async function getNewNeedContext(actor: Actor): Promise<NewNeedContext | null> {
  if (actor.role !== 'ESTABLISHMENT') return null;
  const [requester, establishments] = await Promise.all([
    prisma.user.findUnique({ where: { id: actor.id }, select: { firstName: true, lastName: true, email: true, phone: true } }),
    prisma.establishment.findMany({
      where: establishmentScope(actor),
      select: { id: true, name: true, category: true, finess: true, gid: true, address: true, postalCode: true, city: true },
      orderBy: { name: 'asc' },
    }),
  ]);
  if (!requester || establishments.length === 0) return null;
  return { requester, establishments };
}

export interface NewNeedInputData {
  establishmentId: string;
  missions: MissionData[];
}

/**
 * « Nouveau besoin » (SPEC §6.3): every mission of the form in one transaction, with one audit row per
 * mission — all or nothing. The establishment is checked against the account's scope inside the
 * transaction; another FINESS is "not found".
 */
export async function createMissionsForActor(actor: Actor, input: NewNeedInputData, now = new Date()): Promise<{ missionIds: string[] }> {
  if (actor.role !== 'ESTABLISHMENT') throw new NotFoundError('establishment');
  // A mission already over would be archived at once by the nightly job: surely a typing mistake.
  const today = startOfUtcDay(now);
  input.missions.forEach((mission, index) => {
    if (day(mission.endDate) < today) {
      throw new DomainError('Cette date est passée : la mission doit se terminer aujourd’hui ou plus tard.', `missions.${index}.endDate`);
    }
  });

  return prisma.$transaction(async (tx) => {
    const establishment = await tx.establishment.findFirst({
      where: { AND: [establishmentScope(actor), { id: input.establishmentId }] },
      select: { id: true },
    });
    if (!establishment) throw new NotFoundError('establishment');

    const created = await tx.mission.createManyAndReturn({
      data: input.missions.map((mission) => ({
        establishmentId: establishment.id,
        createdById: actor.id,
        professionCode: mission.professionCode,
        // Only doctors have specialities; a value left by a previous choice of profession is dropped.
        speciality: getProfession(mission.professionCode)?.hasSpecialities ? mission.speciality : null,
        startDate: day(mission.startDate),
        endDate: day(mission.endDate),
        requestedCount: mission.requestedCount,
        details: mission.details,
        needsVehicle: mission.needsVehicle,
        needsWeekend: mission.needsWeekend,
        needsEhpadExperience: mission.needsEhpadExperience,
        needsIcuExperience: mission.needsIcuExperience,
        vaccinationSupport: mission.vaccinationSupport,
      })),
      select: { id: true },
    });
    const missionIds = created.map((mission) => mission.id);
    await tx.auditLog.createMany({
      data: missionIds.map((missionId) => ({
        actorId: actor.id,
        action: 'mission.create',
        entityType: 'Mission',
        entityId: missionId,
        details: { establishmentId: establishment.id, batchSize: missionIds.length },
      })),
    });
    return { missionIds };
  });
}
