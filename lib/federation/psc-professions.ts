import type { ProfessionCode } from '@/lib/reference/professions';

// Pro Santé Connect's `codeProfession` (the RPPS nomenclature TRE_G15 « Profession ») → our professions
// (lib/reference/professions.ts), for the professions the RPPS registers under a code we are sure of. A code
// missing here certifies no profession: the volunteer chooses it.
const PSC_PROFESSIONS: Record<string, ProfessionCode> = {
  '10': 'DOCTOR',
  '21': 'PHARMACIST',
  '40': 'DENTIST',
  '50': 'MIDWIFE',
  '60': 'NURSE',
  '70': 'PHYSIOTHERAPIST',
};

export function professionFromPscCode(code: string | undefined): ProfessionCode | null {
  return code && Object.hasOwn(PSC_PROFESSIONS, code) ? PSC_PROFESSIONS[code]! : null;
}
