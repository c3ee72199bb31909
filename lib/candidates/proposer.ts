import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';
import { getMissionForChoosing, proposerContext, type MissionForChoosing } from '@/lib/candidates/mission-search';
import { searchCandidatePage, type CandidatePage } from '@/lib/candidates/search';
import type { CandidateQuery } from '@/lib/candidates/query';
import { isRegulator } from '@/lib/access/checks';

// The « Proposer » page of a mission (SPEC §7.2): the volunteers matching it, for the ARS of its region
// (the region, plus the national pool once the CCS opened it) or for the CCS (every region: it "can push
// volunteers from any region"); and what has already been done on the mission. The search is the one of
// « Choisir » (lib/candidates/search.ts) over the pool of proposerContext, the one lib/candidacies/propose.ts
// checks each volunteer against again, so the list never offers someone the push would refuse.

export interface MissionCandidacyRow {
  id: string;
  professionalId: string;
  lastName: string;
  firstName: string;
  professionCode: string;
  status: CandidacyStatus;
  proposedBy: string | null;
  proposedAt: Date | null;
  updatedAt: Date;
}

export interface ProposerView {
  mission: MissionForChoosing;
  ccsAlertAt: Date | null;
  result: CandidatePage;
  /** Every candidacy of the mission, newest first (proposals, contacts, assignments, withdrawals…). */
  candidacies: MissionCandidacyRow[];
  /** The CCS searches every region (proposerContext). */
  anyRegion: boolean;
}

const CANDIDACY_LIMIT = 200;

async function missionCandidacies(missionId: string): Promise<MissionCandidacyRow[]> {
  const rows = await prisma.candidacy.findMany({
    where: { missionId },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: CANDIDACY_LIMIT,
    include: {
      professional: { select: { professionCode: true, user: { select: { firstName: true, lastName: true } } } },
      proposedBy: { select: { email: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    professionalId: c.professionalId,
    lastName: c.professional.user.lastName,
    firstName: c.professional.user.firstName,
    professionCode: c.professional.professionCode,
    status: c.status,
    proposedBy: c.proposedBy?.email ?? (c.proposedAt ? 'compte supprimé' : null),
    proposedAt: c.proposedAt,
    updatedAt: c.updatedAt,
  }));
}

/** Null when the mission is not in the actor's scope (or the actor is no regulator): the page is a 404. */
export async function getProposerView(actor: Actor, missionId: string, query: CandidateQuery, now = new Date()): Promise<ProposerView | null> {
  if (!isRegulator(actor)) return null;
  const mission = await getMissionForChoosing(actor, missionId);
  if (!mission) return null;
  const { context, options } = proposerContext(actor, mission, now);
  const [result, candidacies, alert] = await Promise.all([
    searchCandidatePage(prisma, context, query, options),
    missionCandidacies(mission.id),
    prisma.mission.findUniqueOrThrow({ where: { id: mission.id }, select: { ccsAlertAt: true } }),
  ]);
  return { mission, ccsAlertAt: alert.ccsAlertAt, result, candidacies, anyRegion: options.criteria.anyRegion === true };
}
