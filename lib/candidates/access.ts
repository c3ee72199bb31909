import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { prisma } from '@/lib/db';
import { getMissionForChoosing, proposerContext, searchContext } from '@/lib/candidates/mission-search';
import { missionScope, volunteerSheetScope } from '@/lib/access/scope';
import { isRegulator } from '@/lib/access/checks';
import { findInPool } from '@/lib/candidates/pool';
import { matchingCriteria } from '@/lib/candidates/criteria';
import { isUuid } from '@/lib/identifiers/uuid';

// Which volunteers an actor may see in full: an establishment account its candidates (SPEC §6.5), a
// regulator the volunteers of its scope and of the « Proposer » pools it acts on (SPEC §7.2). Each sheet
// and the downloads of its documents share one rule, so that a sheet never links to a file it cannot
// serve and a file is never served to someone who could not open the sheet.

/**
 * True when the volunteer has a candidacy (any status, past ones included) on a mission of one of the
 * account's establishments, or is in the pool of one of their open missions right now — the pool
 * « Choisir » lists (findInPool), so crisis management, reservations, availability and the national pool
 * apply exactly as there. Every account of the same FINESS gets the same answer.
 */
export async function establishmentMaySeeCandidate(actor: Actor, professionalId: string, now = new Date()): Promise<boolean> {
  if (actor.role !== 'ESTABLISHMENT' || actor.establishmentIds.length === 0 || !isUuid(professionalId)) return false;
  if (await hasCandidacyWith(actor, professionalId)) return true;
  return matchesOpenMission(actor, professionalId, now);
}

async function hasCandidacyWith(actor: Actor, professionalId: string): Promise<boolean> {
  const candidacy = await prisma.candidacy.findFirst({
    where: { professionalId, mission: missionScope(actor) },
    select: { id: true },
  });
  return candidacy !== null;
}

async function matchesOpenMission(actor: Actor, professionalId: string, now: Date): Promise<boolean> {
  const professional = await prisma.professional.findUnique({ where: { id: professionalId }, select: { professionCode: true } });
  if (!professional) return false;
  const missions = await prisma.mission.findMany({
    where: { AND: [missionScope(actor), { status: 'OPEN' }] },
    select: {
      id: true,
      professionCode: true,
      vaccinationSupport: true,
      needsVehicle: true,
      needsWeekend: true,
      needsEhpadExperience: true,
      needsIcuExperience: true,
      nationalPoolOpenedAt: true,
      establishment: { select: { regionCode: true, departmentCode: true, longitude: true, latitude: true } },
    },
    orderBy: { startDate: 'asc' },
  });
  // Whether one volunteer is in a mission's pool depends on its criteria (region, the establishment's place
  // for « Mobilisation ») and crisis mode, and on its start date only through an assignment's end (an
  // « Affecté » volunteer matches the missions starting after it): the latest-starting mission of each
  // distinct set of criteria answers for all of them. One look-up per set, and only for missions asking for
  // this volunteer's profession — a handful at most, each on one volunteer's row.
  const distinct = new Map<string, string>();
  for (const mission of missions) {
    const criteria = matchingCriteria({ ...mission, ...mission.establishment, nationalPoolOpen: mission.nationalPoolOpenedAt !== null });
    if (!criteria.professionCodes.includes(professional.professionCode)) continue;
    // Ordered by start date: the last one kept is the latest-starting.
    distinct.set(JSON.stringify([mission.professionCode, criteria]), mission.id);
  }
  for (const id of distinct.values()) {
    const mission = await getMissionForChoosing(actor, id);
    if (!mission) continue;
    const { context, options } = searchContext(mission, now);
    if (await findInPool(prisma, context, professionalId, options)) return true;
  }
  return false;
}

/** How a volunteer's sheet (`/ars|ccs/benevoles/[id]`) was let in: by the actor's scope, or through a mission. */
export type VolunteerSheetAccess = { via: 'scope' } | { via: 'mission'; missionId: string };

/**
 * The rule of the regulators' volunteer sheet and of its documents (docs/decisions/022, 2026-12-07):
 * volunteerSheetScope (the CCS everyone, an ARS its region's volunteers and those holding a candidacy
 * on one of its missions, a volunteer their own record); or, given `missionId` (the « Fiche » links of
 * « Proposer » carry it), a regulator may open anyone in the « Proposer » pool of that mission, if the
 * mission is one it may act on (missionScope). That pool is the page's own (proposerContext, findInPool):
 * for an ARS, the national pool's volunteers of other regions once the CCS opened it. Null otherwise,
 * whether the ids exist or not.
 */
export async function volunteerSheetAccess(
  actor: Actor,
  professionalId: string,
  missionId: string | null = null,
  now = new Date(),
): Promise<VolunteerSheetAccess | null> {
  if (!isUuid(professionalId)) return null;
  const inScope = await prisma.professional.findFirst({ where: { AND: [{ id: professionalId }, volunteerSheetScope(actor)] }, select: { id: true } });
  if (inScope) return { via: 'scope' };
  if (missionId === null || !isRegulator(actor) || !isUuid(missionId)) return null;
  const mission = await getMissionForChoosing(actor, missionId);
  if (!mission) return null;
  const { context, options } = proposerContext(actor, mission, now);
  return (await findInPool(prisma, context, professionalId, options)) ? { via: 'mission', missionId: mission.id } : null;
}
