import type { CandidateStatus } from '@/lib/candidates/query';
import { formatDay } from '@/lib/dates/format';

// French words of the « Choisir » page (SPEC §10: statuses are shown as in brackets there).

export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = {
  DISPONIBLE: 'Disponible',
  PROPOSED: 'En cours',
  CONTACTED: 'Contacté',
  ASSIGNED: 'Affecté',
};

/** A volunteer assigned elsewhere, free for a mission starting after that (SPEC §6.4). */
export function assignedUntilLabel(day: Date | string): string {
  return `Affecté jusqu’au ${formatDay(day)}`;
}

/** Only a volunteer « Disponible » or pushed to this mission (« En cours ») can be contacted. */
export function isContactable(status: CandidateStatus): boolean {
  return status === 'DISPONIBLE' || status === 'PROPOSED';
}

/** `0611223344` → `06 11 22 33 44`, anything else as typed. */
export function formatPhone(phone: string): string {
  return /^\d{10}$/.test(phone) ? phone.replace(/(\d{2})(?=\d)/g, '$1 ') : phone;
}

export function fullName(candidate: { firstName: string; lastName: string }): string {
  return `${candidate.firstName} ${candidate.lastName}`;
}
