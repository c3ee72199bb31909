import type { CandidateStatus } from '@/lib/matching/candidate-query';

// French words of the « Choisir » page (SPEC §10: statuses are shown as in brackets there).

export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = {
  DISPONIBLE: 'Disponible',
  PROPOSED: 'En cours',
  CONTACTED: 'Contacté',
  ASSIGNED: 'Affecté',
};

/** Only a volunteer « Disponible » or pushed to this mission (« En cours ») can be contacted. */
export function isContactable(status: CandidateStatus): boolean {
  return status === 'DISPONIBLE' || status === 'PROPOSED';
}

export function yesNo(value: boolean): string {
  return value ? 'Oui' : 'Non';
}

/** Stored days (`YYYY-MM-DD`) are calendar days: formatted in UTC so no time zone shows the day before. */
const DAY = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

export function formatDay(isoDay: string): string {
  return DAY.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`));
}

/** `0611223344` → `06 11 22 33 44`, anything else as typed. */
export function formatPhone(phone: string): string {
  return /^\d{10}$/.test(phone) ? phone.replace(/(\d{2})(?=\d)/g, '$1 ') : phone;
}

export function fullName(candidate: { firstName: string; lastName: string }): string {
  return `${candidate.firstName} ${candidate.lastName}`;
}
