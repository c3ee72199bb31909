import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { missionScope } from '@/lib/access/scope';
import { getRegion } from '@/lib/reference/regions';
import { isRegulator } from '@/lib/access/checks';
import { fromIsoDay } from '@/lib/dates/days';
import { REGULATOR_MISSIONS_PAGE_SIZE, type RegulatorMissionQuery, type RegulatorMissionSort } from '@/lib/missions/regulator-query';
import type { MissionCriteria, MissionNeed } from '@/lib/missions/need';

// The missions table of an ARS (its region) or of the CCS (the country), SPEC §7.2. Missions number in
// the thousands at most: Prisma's where/orderBy/skip/take over the scope, and a count with the same
// filters, are enough (filters and sort run in PostgreSQL, only the page comes back).

export interface RegulatorMissionRow extends MissionNeed, MissionCriteria {
  id: string;
  regionCode: string;
  arsName: string;
  establishmentName: string;
  postalCode: string;
  details: string | null;
  ccsAlertAt: Date | null;
  nationalPoolOpen: boolean;
}

export interface RegulatorMissionList {
  rows: RegulatorMissionRow[];
  total: number;
  page: number;
  pageSize: number;
}

function filtersOf(query: RegulatorMissionQuery): Prisma.MissionWhereInput[] {
  const where: Prisma.MissionWhereInput[] = [];
  if (query.status !== 'ALL') where.push({ status: query.status });
  if (query.region) where.push({ establishment: { regionCode: query.region } });
  if (query.establishment) where.push({ establishment: { name: { contains: query.establishment, mode: 'insensitive' } } });
  if (query.postalCode) where.push({ establishment: { postalCode: { startsWith: query.postalCode } } });
  if (query.count !== undefined) where.push({ requestedCount: query.count });
  if (query.profession) where.push({ professionCode: query.profession });
  if (query.speciality) where.push({ speciality: query.speciality });
  if (query.start) where.push({ startDate: { gte: fromIsoDay(query.start) } });
  if (query.end) where.push({ endDate: { lte: fromIsoDay(query.end) } });
  if (query.ehpad !== undefined) where.push({ needsEhpadExperience: query.ehpad });
  if (query.icu !== undefined) where.push({ needsIcuExperience: query.icu });
  if (query.vaccination !== undefined) where.push({ vaccinationSupport: query.vaccination });
  if (query.vehicle !== undefined) where.push({ needsVehicle: query.vehicle });
  if (query.weekend !== undefined) where.push({ needsWeekend: query.weekend });
  if (query.alert !== undefined) where.push({ ccsAlertAt: query.alert ? { not: null } : null });
  if (query.filled !== undefined) {
    // A column compared with another one of the same row (Prisma field reference).
    const requested = prisma.mission.fields.requestedCount;
    where.push(query.filled ? { filledCount: { gte: requested } } : { filledCount: { lt: requested } });
  }
  return where;
}

function orderOf(sort: RegulatorMissionSort, direction: 'asc' | 'desc'): Prisma.MissionOrderByWithRelationInput[] {
  const nullsLast = { sort: direction, nulls: 'last' } as const;
  const first: Record<RegulatorMissionSort, Prisma.MissionOrderByWithRelationInput> = {
    region: { establishment: { region: { name: direction } } },
    establishment: { establishment: { name: direction } },
    postalCode: { establishment: { postalCode: direction } },
    requestedCount: { requestedCount: direction },
    profession: { profession: { label: direction } },
    speciality: { speciality: nullsLast },
    startDate: { startDate: direction },
    endDate: { endDate: direction },
    ehpad: { needsEhpadExperience: direction },
    icu: { needsIcuExperience: direction },
    vaccination: { vaccinationSupport: direction },
    vehicle: { needsVehicle: direction },
    weekend: { needsWeekend: direction },
    alert: { ccsAlertAt: nullsLast },
    filled: { filledCount: direction },
  };
  // Ties keep a stable, useful order: soonest first, then creation, then id (pages never overlap).
  return [first[sort], { startDate: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }];
}

const ROW_INCLUDE = { establishment: { select: { name: true, postalCode: true, regionCode: true } } } satisfies Prisma.MissionInclude;

/** One page of the actor's missions; any role but ARS/CCS gets an empty table (fails closed). */
export async function listRegulatorMissions(actor: Actor, query: RegulatorMissionQuery): Promise<RegulatorMissionList> {
  const empty = { rows: [], total: 0, page: query.page, pageSize: REGULATOR_MISSIONS_PAGE_SIZE };
  if (!isRegulator(actor)) return empty;
  const where: Prisma.MissionWhereInput = { AND: [missionScope(actor), ...filtersOf(query)] };
  const [missions, total] = await Promise.all([
    prisma.mission.findMany({
      where,
      include: ROW_INCLUDE,
      orderBy: orderOf(query.sort, query.direction),
      skip: (query.page - 1) * REGULATOR_MISSIONS_PAGE_SIZE,
      take: REGULATOR_MISSIONS_PAGE_SIZE,
    }),
    prisma.mission.count({ where }),
  ]);
  const rows = missions.map((m): RegulatorMissionRow => ({
    id: m.id,
    regionCode: m.establishment.regionCode,
    arsName: getRegion(m.establishment.regionCode)?.arsName ?? m.establishment.regionCode,
    establishmentName: m.establishment.name,
    postalCode: m.establishment.postalCode,
    requestedCount: m.requestedCount,
    filledCount: m.filledCount,
    professionCode: m.professionCode,
    speciality: m.speciality,
    startDate: m.startDate,
    endDate: m.endDate,
    needsEhpadExperience: m.needsEhpadExperience,
    needsIcuExperience: m.needsIcuExperience,
    vaccinationSupport: m.vaccinationSupport,
    needsVehicle: m.needsVehicle,
    needsWeekend: m.needsWeekend,
    details: m.details,
    ccsAlertAt: m.ccsAlertAt,
    nationalPoolOpen: m.nationalPoolOpenedAt !== null,
    status: m.status,
  }));
  return { rows, total, page: query.page, pageSize: REGULATOR_MISSIONS_PAGE_SIZE };
}
