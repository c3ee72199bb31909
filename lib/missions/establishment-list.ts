import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { prisma } from '@/lib/db';
import { missionScope } from '@/lib/access/scope';
import { fromIsoDay } from '@/lib/dates/days';
import type { Prisma } from '@/lib/generated/prisma/client';
import { MISSION_PAGE_SIZE, type MissionListQuery, type MissionSortColumn } from '@/lib/missions/establishment-query';
import type { MissionCriteria, MissionNeed } from '@/lib/missions/need';

// The missions of an establishment account (SPEC §6.2, §6.3): those of every establishment (FINESS) it is
// attached to, so that all accounts of one FINESS see and add to the same list. Establishments never
// delete or archive missions (2021 rule): only ARS/CCS archive them.

export interface MissionRow extends MissionNeed, MissionCriteria {
  id: string;
  establishmentName: string;
  details: string | null;
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

function filtersOf(query: MissionListQuery): Prisma.MissionWhereInput[] {
  const where: Prisma.MissionWhereInput[] = [];
  if (query.status !== 'ALL') where.push({ status: query.status });
  if (query.establishment) where.push({ establishmentId: query.establishment });
  if (query.count !== undefined) where.push({ requestedCount: query.count });
  if (query.profession) where.push({ professionCode: query.profession });
  if (query.start) where.push({ startDate: { gte: fromIsoDay(query.start) } });
  if (query.end) where.push({ endDate: { lte: fromIsoDay(query.end) } });
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
