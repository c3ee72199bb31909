import { getProfession } from '@/lib/reference/professions';
import { isMedicalSpecialityCode, MEDICAL_SPECIALITY_LABELS } from '@/lib/reference/medical-specialities';

// How the establishment, ARS and CCS pages show stored values. Calendar days (missions, periods) are
// stored at UTC midnight and formatted in UTC, so that no browser or server shows the day before;
// instants (dates of actions) in Paris time.

const DAY = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** A stored day → `01/12/2026`. */
export function formatDay(date: Date): string {
  return DAY.format(date);
}

/** An instant → `21/11/2026 14:05` (Paris). */
export function formatInstant(date: Date): string {
  return INSTANT.format(date);
}

export function yesNo(value: boolean): string {
  return value ? 'Oui' : 'Non';
}

export function professionLabel(code: string): string {
  return getProfession(code)?.label ?? code;
}

/** Null without a speciality, so that each page says it its own way (an empty cell, « Non précisée »). */
export function specialityLabel(code: string | null): string | null {
  if (!code) return null;
  return isMedicalSpecialityCode(code) ? MEDICAL_SPECIALITY_LABELS[code] : code;
}
