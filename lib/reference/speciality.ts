import { isMedicalSpecialityCode } from '@/lib/reference/medical-specialities';
import { getProfession } from '@/lib/reference/professions';

// A doctor's « Spécialité » (SPEC §5.1, §6.3), one rule for the volunteer's sign-up and « Ma fiche » and for
// the missions of an account request: the forms offer a list, but the server receives any text, so each
// checks it here before saving.

export const UNKNOWN_SPECIALITY = 'Choisissez une spécialité de la liste.';

/**
 * « Spécialité » is a doctor's (SPEC §5.1): dropped for other professions (the field is hidden, but its
 * last value may still be in the form), checked against the list otherwise. Undefined when refused.
 */
export function normaliseSpeciality(professionCode: string, speciality: string | null): string | null | undefined {
  if (!getProfession(professionCode)?.hasSpecialities || !speciality) return null;
  return isMedicalSpecialityCode(speciality) ? speciality : undefined;
}
