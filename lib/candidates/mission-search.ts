import 'server-only';
import { prisma, type PrismaClient, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { missionScope } from '@/lib/access/scope';
import { crisisManagement, type CrisisManagement } from '@/lib/regulation/crisis-active';
import { matchingCriteria, professionsMatching } from '@/lib/candidates/criteria';
import type { MissionContext, PoolOptions } from '@/lib/candidates/pool';
import { startOfUtcDay } from '@/lib/dates/days';
import type { MissionCriteria, MissionNeed } from '@/lib/missions/need';

// Whose candidates: the missions of the actor's scope (establishment accounts of its FINESS, the ARS of
// its region, the CCS). Out of scope → null, and the caller answers 404. Then the mission's pool as
// pool.ts (the one-volunteer predicate) and search.ts (the page search) take it.

export interface MissionForChoosing extends MissionNeed, MissionCriteria {
  id: string;
  establishmentId: string;
  establishmentName: string;
  regionCode: string;
  /** The establishment's department: « Départementale » volunteers of it only (SPEC §6.4). */
  departmentCode: string;
  details: string | null;
  longitude: number | null;
  latitude: number | null;
  nationalPoolOpen: boolean;
  /** Crisis management hides every direct match from this establishment (only pushed volunteers remain). */
  crisisModeActive: boolean;
  /** Otherwise, the matched professions whose direct matches crisis management hides (the others stay). */
  crisisProfessionCodes: string[];
}

const NO_CRISIS: CrisisManagement = { all: false, professionCodes: [] };

export async function getMissionForChoosing(
  actor: Actor,
  missionId: string,
  db: PrismaClient | TransactionClient = prisma,
): Promise<MissionForChoosing | null> {
  const mission = await db.mission.findFirst({
    where: { AND: [missionScope(actor), { id: missionId }] },
    include: { establishment: { select: { name: true, regionCode: true, departmentCode: true, longitude: true, latitude: true } } },
  });
  if (!mission) return null;
  // Crisis management restricts establishments only; the ARS and the CCS choose whom to push.
  const crisis =
    actor.role === 'ESTABLISHMENT'
      ? await crisisManagement(db, mission.establishment.regionCode, mission.professionCode, professionsMatching(mission.professionCode, mission.vaccinationSupport))
      : NO_CRISIS;
  return {
    id: mission.id,
    establishmentId: mission.establishmentId,
    establishmentName: mission.establishment.name,
    regionCode: mission.establishment.regionCode,
    departmentCode: mission.establishment.departmentCode,
    professionCode: mission.professionCode,
    speciality: mission.speciality,
    startDate: mission.startDate,
    endDate: mission.endDate,
    requestedCount: mission.requestedCount,
    filledCount: mission.filledCount,
    status: mission.status,
    needsVehicle: mission.needsVehicle,
    needsWeekend: mission.needsWeekend,
    needsEhpadExperience: mission.needsEhpadExperience,
    needsIcuExperience: mission.needsIcuExperience,
    vaccinationSupport: mission.vaccinationSupport,
    details: mission.details,
    longitude: mission.establishment.longitude,
    latitude: mission.establishment.latitude,
    nationalPoolOpen: mission.nationalPoolOpenedAt !== null,
    crisisModeActive: crisis.all,
    crisisProfessionCodes: crisis.professionCodes,
  };
}

/** The mission's pool as pool.ts and search.ts take it: its dates and place, and who matches it today. */
export function searchContext(mission: MissionForChoosing, now = new Date()): { context: MissionContext; options: PoolOptions } {
  const criteria = matchingCriteria(mission);
  // The professions crisis management keeps for the ARS leave the direct matches; their pushed volunteers stay.
  const directProfessions = criteria.professionCodes.filter((code) => !mission.crisisProfessionCodes.includes(code));
  return {
    context: { id: mission.id, startDate: mission.startDate, endDate: mission.endDate, longitude: mission.longitude, latitude: mission.latitude },
    options: {
      criteria: { ...criteria, professionCodes: directProfessions },
      includeDirectMatches: !mission.crisisModeActive,
      today: startOfUtcDay(now),
    },
  };
}

/**
 * The pool « Proposer » lists and pushes from: an ARS's region and the national pool; every region for
 * the CCS (SPEC §7.2). Regulators may push beyond a volunteer's « Mobilisation » (SPEC §6.4): their
 * table shows it, with the distance, instead of hiding the volunteer.
 */
export function proposerContext(actor: Actor, mission: MissionForChoosing, now = new Date()): { context: MissionContext; options: PoolOptions } {
  const { context, options } = searchContext(mission, now);
  return { context, options: { ...options, criteria: { ...options.criteria, anyRegion: actor.role === 'CCS', honourMobilisation: false } } };
}
