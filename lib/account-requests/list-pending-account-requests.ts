import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { accountRequestScope, establishmentScope } from '@/lib/access/scope';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getFinessCategory } from '@/lib/reference/finess-categories';
import { MEDICAL_SPECIALITY_LABELS, isMedicalSpecialityCode } from '@/lib/reference/medical-specialities';
import { getProfession } from '@/lib/reference/professions';
import { REGIONS } from '@/lib/reference/regions';
import type { MissionData } from '@/lib/validation/mission';
import { readStoredMissions } from '@/lib/account-requests/stored-missions';

/** The queue shows the oldest requests first; beyond this, the count says how many more wait. */
export const QUEUE_PAGE_SIZE = 100;

export interface PendingMission {
  professionLabel: string;
  specialityLabel: string | null;
  /** `YYYY-MM-DD` */
  startDate: string;
  endDate: string;
  requestedCount: number;
  details: string | null;
  /** « Véhicule personnel », « Disponible week-end »…: the criteria ticked, in the form's order. */
  criteria: string[];
}

export interface PendingAccountRequest {
  id: string;
  /** ISO instant: the DTO crosses to client components as it is. */
  createdAt: string;
  requester: { firstName: string; lastName: string; email: string; phone: string };
  establishment: {
    name: string;
    categoryLabel: string;
    identifierKind: 'FINESS' | 'GID';
    identifier: string;
    address: string;
    postalCode: string;
    city: string;
    regionName: string;
  };
  /**
   * The FINESS/GID is already known: `{ name }` when the actor may attach accounts to it (validation
   * joins it), `'OTHER_REGION'` when it belongs to a region out of the actor's scope.
   */
  existingEstablishment: { name: string } | 'OTHER_REGION' | null;
  noImmediateNeed: boolean;
  /** Null when the stored missions cannot be read (the request can then only be refused). */
  missions: PendingMission[] | null;
}

export interface PendingQueue {
  total: number;
  requests: PendingAccountRequest[];
}

const CRITERIA = [
  ['needsVehicle', 'Véhicule personnel'],
  ['needsWeekend', 'Disponible week-end'],
  ['needsEhpadExperience', 'Expérience en EHPAD'],
  ['needsIcuExperience', 'Expérience en réanimation'],
  ['vaccinationSupport', 'Aide pour la vaccination'],
] as const;

const REGION_NAMES = new Map<string, string>(REGIONS.map((region) => [region.code, region.name]));

/** Pending requests of the actor's scope (ARS: its region; CCS: all), oldest first, with their missions. */
export async function listPendingAccountRequests(actor: Actor): Promise<PendingQueue> {
  const where: Prisma.AccountRequestWhereInput = { AND: [accountRequestScope(actor), { status: 'PENDING' }] };
  const [total, rows] = await Promise.all([
    prisma.accountRequest.count({ where }),
    prisma.accountRequest.findMany({ where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: QUEUE_PAGE_SIZE }),
  ]);
  const known = await knownEstablishments(actor, rows);
  return {
    total,
    requests: rows.map((row) => {
      const category = getFinessCategory(row.category);
      const identifierKind = row.finess ? 'FINESS' : 'GID';
      const identifier = row.finess ?? row.gid ?? '';
      return {
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        requester: { firstName: row.firstName, lastName: row.lastName, email: row.email, phone: row.phone },
        establishment: {
          name: row.establishmentName,
          categoryLabel: category?.label ?? row.category,
          identifierKind,
          identifier,
          address: row.address,
          postalCode: row.postalCode,
          city: row.city,
          regionName: REGION_NAMES.get(row.regionCode) ?? row.regionCode,
        },
        existingEstablishment: known.get(`${identifierKind}:${identifier}`) ?? null,
        noImmediateNeed: row.noImmediateNeed,
        missions: readStoredMissions(row.missions)?.map(toPendingMission) ?? null,
      };
    }),
  };
}

/** Establishments already registered with the requests' FINESS/GID, and whether the actor may join them. */
async function knownEstablishments(actor: Actor, rows: { finess: string | null; gid: string | null }[]) {
  const finess = rows.flatMap((row) => (row.finess ? [row.finess] : []));
  const gid = rows.flatMap((row) => (row.gid && !row.finess ? [row.gid] : []));
  const known = new Map<string, { name: string } | 'OTHER_REGION'>();
  if (finess.length === 0 && gid.length === 0) return known;
  const matching: Prisma.EstablishmentWhereInput = { OR: [{ finess: { in: finess } }, { gid: { in: gid } }] };
  const select = { finess: true, gid: true, name: true } as const;
  const [all, visible] = await Promise.all([
    // Only the identifiers leave this query: another region's establishment is not the actor's to read.
    prisma.establishment.findMany({ where: matching, select: { finess: true, gid: true } }),
    prisma.establishment.findMany({ where: { AND: [establishmentScope(actor), matching] }, select }),
  ]);
  for (const row of all) for (const key of keysOf(row)) known.set(key, 'OTHER_REGION');
  for (const row of visible) for (const key of keysOf(row)) known.set(key, { name: row.name });
  return known;
}

function keysOf(row: { finess: string | null; gid: string | null }): string[] {
  return [row.finess ? `FINESS:${row.finess}` : null, row.gid ? `GID:${row.gid}` : null].filter((key) => key !== null);
}

function toPendingMission(mission: MissionData): PendingMission {
  const speciality = mission.speciality;
  return {
    professionLabel: getProfession(mission.professionCode)?.label ?? mission.professionCode,
    specialityLabel: speciality ? (isMedicalSpecialityCode(speciality) ? MEDICAL_SPECIALITY_LABELS[speciality] : speciality) : null,
    startDate: mission.startDate,
    endDate: mission.endDate,
    requestedCount: mission.requestedCount,
    details: mission.details,
    criteria: CRITERIA.filter(([field]) => mission[field]).map(([, label]) => label),
  };
}
