import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { prisma } from '@/lib/db';
import { volunteerStatus, type VolunteerStatus } from '@/lib/professionals/status';
import { startOfUtcDay, toIsoDay } from '@/lib/dates/days';
import { ownProfessionalId } from './owner';
import { readOwnCandidacy, type OwnCandidacy } from './candidacy';

/** Whether the volunteer has a period that is not over (SPEC §10: none → they count as Indisponible). */
export type PeriodsState = 'CURRENT' | 'ALL_PAST' | 'NONE';

export interface OwnAssignment {
  candidacyId: string;
  /** Mission dates, `YYYY-MM-DD`. */
  startDate: string;
  endDate: string;
  establishmentName: string;
  professionLabel: string;
  /** The email of the account that validated (SPEC §5.2, the « nous joindre » address of the email). */
  validatedByEmail: string | null;
  /** The mission's end date is today or later. */
  current: boolean;
}

export interface OwnDashboard {
  status: VolunteerStatus;
  /** The « Disponible / Indisponible » switch itself, which the status may override. */
  available: boolean;
  periodsState: PeriodsState;
  professionLabel: string;
  regionName: string;
  upcomingPeriods: number;
  assignments: OwnAssignment[];
  /** « Ma candidature »: the pending one (En cours or Contacté), if any. */
  candidacy: OwnCandidacy | null;
  /** The last time they stated their availability (SPEC §5.2 check-ins, docs/decisions/031). */
  availabilityConfirmedAt: Date;
}

/** Everything the volunteer's dashboard shows, for their own record only. */
export async function getOwnDashboard(actor: Actor, now = new Date()): Promise<OwnDashboard> {
  const id = await ownProfessionalId(actor);
  const professional = await prisma.professional.findUniqueOrThrow({
    where: { id },
    select: {
      available: true,
      availabilityConfirmedAt: true,
      profession: { select: { label: true } },
      region: { select: { name: true } },
      periods: { select: { endDate: true } },
      candidacies: {
        where: { status: { in: ['PROPOSED', 'CONTACTED', 'ASSIGNED'] } },
        select: {
          id: true,
          status: true,
          decidedBy: { select: { email: true } },
          mission: {
            select: { startDate: true, endDate: true, profession: { select: { label: true } }, establishment: { select: { name: true } } },
          },
        },
        orderBy: { mission: { startDate: 'desc' } },
      },
    },
  });
  const candidacy = await readOwnCandidacy(id);
  const today = startOfUtcDay(now);
  const upcomingPeriods = professional.periods.filter((p) => p.endDate === null || p.endDate >= today).length;
  return {
    status: volunteerStatus(
      {
        available: professional.available,
        // The volunteer is signed in, so their account is active.
        accountActive: true,
        periods: professional.periods,
        candidacies: professional.candidacies.map((c) => ({ status: c.status, missionEndDate: c.mission.endDate })),
      },
      now,
    ),
    available: professional.available,
    availabilityConfirmedAt: professional.availabilityConfirmedAt,
    periodsState: professional.periods.length === 0 ? 'NONE' : upcomingPeriods === 0 ? 'ALL_PAST' : 'CURRENT',
    professionLabel: professional.profession.label,
    regionName: professional.region.name,
    upcomingPeriods,
    assignments: professional.candidacies
      .filter((c) => c.status === 'ASSIGNED')
      .map((c) => ({
        candidacyId: c.id,
        startDate: toIsoDay(c.mission.startDate),
        endDate: toIsoDay(c.mission.endDate),
        establishmentName: c.mission.establishment.name,
        professionLabel: c.mission.profession.label,
        validatedByEmail: c.decidedBy?.email ?? null,
        current: c.mission.endDate >= today,
      })),
    candidacy,
  };
}
