import { isMedicalSpecialityCode, MEDICAL_SPECIALITY_LABELS } from '@/lib/reference/medical-specialities';
import { getProfession } from '@/lib/reference/professions';
import { getRegion } from '@/lib/reference/regions';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';

// How the ARS/CCS pages show stored values. Calendar days (missions, periods) are stored at UTC midnight
// and formatted in UTC, so no time zone shows the day before; instants (actions) in Paris time.

const DAY = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

export function formatDay(date: Date): string {
  return DAY.format(date);
}

export function formatInstant(date: Date): string {
  return INSTANT.format(date);
}

export function yesNo(value: boolean): string {
  return value ? 'Oui' : 'Non';
}

export function professionLabel(code: string): string {
  return getProfession(code)?.label ?? code;
}

export function specialityLabel(code: string | null): string {
  if (!code) return '';
  return isMedicalSpecialityCode(code) ? MEDICAL_SPECIALITY_LABELS[code] : code;
}

export function regionName(code: string): string {
  return getRegion(code)?.name ?? code;
}

/** A candidacy as the regulator follows it (SPEC §10: statuses as shown everywhere). */
export const CANDIDACY_STATUS_LABELS: Record<CandidacyStatus, string> = {
  PROPOSED: 'En cours',
  CONTACTED: 'Contacté',
  ASSIGNED: 'Affecté',
  REFUSED: 'Refusé',
  WITHDRAWN: 'Retiré',
  EXPIRED: 'Réservation expirée',
};
