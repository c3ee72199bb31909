import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/actions/domain-error';
import { professionalScope } from '@/lib/dal/scope';
import { volunteerStatus, type VolunteerStatus } from '@/lib/dal/professional-status';

export interface OwnStatusSummary {
  status: VolunteerStatus;
  professionLabel: string;
  regionName: string;
  upcomingPeriods: number;
  assignments: number;
}

/** The volunteer's own status and counts (their dashboard). */
export async function getOwnStatusSummary(actor: Actor, now = new Date()): Promise<OwnStatusSummary> {
  const professional = await prisma.professional.findFirst({
    where: { AND: [professionalScope(actor), { userId: actor.id }] },
    select: {
      available: true,
      profession: { select: { label: true } },
      region: { select: { name: true } },
      periods: { select: { endDate: true } },
      candidacies: {
        where: { status: { in: ['PROPOSED', 'CONTACTED', 'ASSIGNED'] } },
        select: { status: true, mission: { select: { endDate: true } } },
      },
    },
  });
  if (!professional) throw new NotFoundError('professional');
  const status = volunteerStatus(
    {
      available: professional.available,
      periods: professional.periods,
      candidacies: professional.candidacies.map((c) => ({ status: c.status, missionEndDate: c.mission.endDate })),
    },
    now,
  );
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return {
    status,
    professionLabel: professional.profession.label,
    regionName: professional.region.name,
    upcomingPeriods: professional.periods.filter((p) => p.endDate === null || p.endDate >= today).length,
    assignments: professional.candidacies.filter((c) => c.status === 'ASSIGNED').length,
  };
}
