import type { Prisma } from '@/lib/generated/prisma/client';
import type { CandidacyStatus, UserStatus } from '@/lib/generated/prisma/enums';
import { startOfUtcDay } from '@/lib/dates/days';

// Volunteer status of SPEC §10, derived from the record and its candidacies (never stored, so it can
// never disagree with them).

export type VolunteerStatus = 'DISPONIBLE' | 'INDISPONIBLE' | 'PROPOSED' | 'CONTACTED' | 'ASSIGNED';

export const VOLUNTEER_STATUS_LABELS: Record<VolunteerStatus, string> = {
  DISPONIBLE: 'Disponible',
  INDISPONIBLE: 'Indisponible',
  PROPOSED: 'En cours',
  CONTACTED: 'Contacté',
  ASSIGNED: 'Affecté',
};

export const VOLUNTEER_STATUS_EXPLANATIONS: Record<VolunteerStatus, string> = {
  DISPONIBLE: 'Votre profil est proposé aux établissements qui ont besoin de renfort dans votre région.',
  INDISPONIBLE: 'Vous n’apparaissez dans aucune recherche tant que vous ne vous déclarez pas disponible avec une période de disponibilité à venir.',
  PROPOSED: 'Une ARS ou le CCS a proposé votre candidature à un établissement, qui va vous contacter.',
  CONTACTED: 'Un établissement vous a contacté pour une mission : il doit maintenant valider ou refuser votre candidature.',
  ASSIGNED: 'Vous êtes affecté à une mission de renfort jusqu’à sa date de fin.',
};

export interface StatusInputs {
  available: boolean;
  /** A disabled (or not yet activated) account is out of every search, whatever its switch says. */
  accountActive: boolean;
  periods: { endDate: Date | null }[];
  candidacies: { status: CandidacyStatus; missionEndDate: Date }[];
}

/** Pure rule: reservation first, then a current assignment, then the switch and the periods. */
export function volunteerStatus(inputs: StatusInputs, now = new Date()): VolunteerStatus {
  const today = startOfUtcDay(now);
  if (inputs.candidacies.some((c) => c.status === 'CONTACTED')) return 'CONTACTED';
  if (inputs.candidacies.some((c) => c.status === 'PROPOSED')) return 'PROPOSED';
  if (inputs.candidacies.some((c) => c.status === 'ASSIGNED' && c.missionEndDate >= today)) return 'ASSIGNED';
  if (!inputs.available || !inputs.accountActive) return 'INDISPONIBLE';
  const hasFuturePeriod = inputs.periods.some((period) => period.endDate === null || period.endDate >= today);
  return hasFuturePeriod ? 'DISPONIBLE' : 'INDISPONIBLE';
}

/**
 * The last day of the volunteer's current assignments (the latest end date of their ASSIGNED candidacies
 * not over yet), null when they have none: « Affecté jusqu'au … » (SPEC §6.4). The same day the search
 * column `assigned_until` holds while it is not past.
 */
export function assignedUntil(candidacies: StatusInputs['candidacies'], now = new Date()): Date | null {
  const today = startOfUtcDay(now);
  let last: Date | null = null;
  for (const c of candidacies) {
    if (c.status === 'ASSIGNED' && c.missionEndDate >= today && (last === null || c.missionEndDate > last)) last = c.missionEndDate;
  }
  return last;
}

/** What volunteerStatus() reads of a volunteer, for a Prisma select (periods in order, for display too). */
export const STATUS_INPUTS_SELECT = {
  available: true,
  user: { select: { status: true } },
  periods: { select: { startDate: true, endDate: true }, orderBy: { startDate: 'asc' } },
  // Only the candidacies the status reads: the reservation, and assignments.
  candidacies: { where: { status: { in: ['PROPOSED', 'CONTACTED', 'ASSIGNED'] } }, select: { status: true, mission: { select: { endDate: true } } } },
} satisfies Prisma.ProfessionalSelect;

/** The status of a row read with STATUS_INPUTS_SELECT (or any row holding the same fields). */
export function statusOfRow(
  row: {
    available: boolean;
    user: { status: UserStatus };
    periods: { endDate: Date | null }[];
    candidacies: { status: CandidacyStatus; mission: { endDate: Date } }[];
  },
  now = new Date(),
): VolunteerStatus {
  const candidacies = row.candidacies.map((c) => ({ status: c.status, missionEndDate: c.mission.endDate }));
  return volunteerStatus({ available: row.available, accountActive: row.user.status === 'ACTIVE', periods: row.periods, candidacies }, now);
}

/** The same rule for DISPONIBLE, as a where-clause for searches and counts. */
export function availableProfessionalWhere(now = new Date()): Prisma.ProfessionalWhereInput {
  const today = startOfUtcDay(now);
  return {
    available: true,
    user: { status: 'ACTIVE' },
    periods: { some: { OR: [{ endDate: null }, { endDate: { gte: today } }] } },
    candidacies: {
      none: {
        OR: [
          { status: { in: ['PROPOSED', 'CONTACTED'] } },
          { status: 'ASSIGNED', mission: { endDate: { gte: today } } },
        ],
      },
    },
  };
}
