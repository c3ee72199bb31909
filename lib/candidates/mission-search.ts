import 'server-only';
import { prisma, type PrismaClient, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { missionScope } from '@/lib/access/scope';
import { isCrisisModeActive } from '@/lib/regulation/crisis-active';
import { matchingCriteria } from '@/lib/candidates/criteria';
import { searchCandidates, type CandidateSearchResult, type MissionContext, type SearchOptions } from '@/lib/candidates/search';
import type { CandidateQuery } from '@/lib/candidates/query';
import { startOfUtcDay } from '@/lib/dates/days';

// Whose candidates: the missions of the actor's scope (establishment accounts of its FINESS, the ARS of
// its region, the CCS). Out of scope → null, and the caller answers 404.

export interface MissionForChoosing {
  id: string;
  establishmentId: string;
  establishmentName: string;
  regionCode: string;
  professionCode: string;
  speciality: string | null;
  startDate: Date;
  endDate: Date;
  requestedCount: number;
  filledCount: number;
  status: 'OPEN' | 'ARCHIVED';
  needsVehicle: boolean;
  needsWeekend: boolean;
  needsEhpadExperience: boolean;
  needsIcuExperience: boolean;
  vaccinationSupport: boolean;
  details: string | null;
  longitude: number | null;
  latitude: number | null;
  nationalPoolOpen: boolean;
  /** Crisis management hides direct matches from this establishment (only pushed volunteers remain). */
  crisisModeActive: boolean;
}

export async function getMissionForChoosing(
  actor: Actor,
  missionId: string,
  db: PrismaClient | TransactionClient = prisma,
): Promise<MissionForChoosing | null> {
  const mission = await db.mission.findFirst({
    where: { AND: [missionScope(actor), { id: missionId }] },
    include: { establishment: { select: { name: true, regionCode: true, longitude: true, latitude: true } } },
  });
  if (!mission) return null;
  // Crisis management restricts establishments only; the ARS and the CCS choose whom to push.
  const crisisModeActive =
    actor.role === 'ESTABLISHMENT' && (await isCrisisModeActive(db, mission.establishment.regionCode, mission.professionCode));
  return {
    id: mission.id,
    establishmentId: mission.establishmentId,
    establishmentName: mission.establishment.name,
    regionCode: mission.establishment.regionCode,
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
    crisisModeActive,
  };
}

export function searchContext(mission: MissionForChoosing, now = new Date()): { context: MissionContext; options: SearchOptions } {
  return {
    context: { id: mission.id, startDate: mission.startDate, endDate: mission.endDate, longitude: mission.longitude, latitude: mission.latitude },
    options: {
      criteria: matchingCriteria(mission),
      includeDirectMatches: !mission.crisisModeActive,
      today: startOfUtcDay(now),
    },
  };
}

export interface CandidateSearchForActor {
  mission: MissionForChoosing;
  result: CandidateSearchResult;
}

/** « Choisir » (SPEC §6.4): the mission, one page of its candidates, the total and the map's points. */
export async function searchCandidatesForActor(
  actor: Actor,
  missionId: string,
  query: CandidateQuery,
  now = new Date(),
): Promise<CandidateSearchForActor | null> {
  const mission = await getMissionForChoosing(actor, missionId);
  if (!mission) return null;
  const { context, options } = searchContext(mission, now);
  return { mission, result: await searchCandidates(prisma, context, query, options) };
}
