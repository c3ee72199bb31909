import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { accountRequestScope, decideScope, establishmentScope, missionScope, professionalScope } from '@/lib/access/scope';
import { availableProfessionalWhere } from '@/lib/professionals/status';

// Live counts of each role's dashboard, every one within the actor's scope.

export interface ScopeSummary {
  /** « Occitanie », or the establishments' names and FINESS. */
  label: string;
  establishments: { id: string; name: string; finess: string | null; gid: string | null }[];
}

export async function getScopeSummary(actor: Actor): Promise<ScopeSummary> {
  const scope = decideScope(actor, 'establishment');
  if (scope.kind === 'region') {
    const region = await prisma.region.findUnique({ where: { code: scope.regionCode }, select: { name: true } });
    return { label: `ARS ${region?.name ?? scope.regionCode}`, establishments: [] };
  }
  if (scope.kind === 'all') return { label: 'Niveau national', establishments: [] };
  if (scope.kind === 'establishments') {
    const establishments = await prisma.establishment.findMany({
      where: establishmentScope(actor),
      select: { id: true, name: true, finess: true, gid: true },
      orderBy: { name: 'asc' },
    });
    return { label: establishments.map((e) => e.name).join(', '), establishments };
  }
  return { label: '', establishments: [] };
}

export interface RegulatorCounts {
  pendingAccountRequests: number;
  openMissions: number;
  ccsAlerts: number;
  availableVolunteers: number;
  establishments: number;
}

/** ARS (its region) and CCS (the country). */
export async function getRegulatorCounts(actor: Actor, now = new Date()): Promise<RegulatorCounts> {
  const openMissions = { AND: [missionScope(actor), { status: 'OPEN' as const }] };
  const [pendingAccountRequests, openMissionCount, ccsAlerts, availableVolunteers, establishments] = await Promise.all([
    prisma.accountRequest.count({ where: { AND: [accountRequestScope(actor), { status: 'PENDING' }] } }),
    prisma.mission.count({ where: openMissions }),
    prisma.mission.count({ where: { AND: [openMissions, { ccsAlertAt: { not: null } }] } }),
    prisma.professional.count({ where: { AND: [professionalScope(actor), availableProfessionalWhere(now)] } }),
    prisma.establishment.count({ where: establishmentScope(actor) }),
  ]);
  return { pendingAccountRequests, openMissions: openMissionCount, ccsAlerts, availableVolunteers, establishments };
}

export interface EstablishmentCounts {
  openMissions: number;
  positionsRequested: number;
  positionsFilled: number;
  contactedCandidates: number;
}

export async function getEstablishmentCounts(actor: Actor): Promise<EstablishmentCounts> {
  const openMissions = { AND: [missionScope(actor), { status: 'OPEN' as const }] };
  const [missions, contactedCandidates] = await Promise.all([
    prisma.mission.aggregate({ where: openMissions, _count: true, _sum: { requestedCount: true, filledCount: true } }),
    prisma.candidacy.count({ where: { status: 'CONTACTED', mission: missionScope(actor) } }),
  ]);
  return {
    openMissions: missions._count,
    positionsRequested: missions._sum.requestedCount ?? 0,
    positionsFilled: missions._sum.filledCount ?? 0,
    contactedCandidates,
  };
}
