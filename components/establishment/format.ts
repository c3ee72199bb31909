import { getProfession } from '@/lib/reference/professions';
import { isMedicalSpecialityCode, MEDICAL_SPECIALITY_LABELS } from '@/lib/reference/medical-specialities';

// How the establishment, ARS and CCS pages show stored values (dates: lib/dates/format.ts).

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
