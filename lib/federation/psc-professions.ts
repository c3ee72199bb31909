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

/**
 * Professions of our list that one RPPS profession covers. The RPPS registers every nurse under « 60 —
 * Infirmier »; anaesthesia, operating room, paediatrics and advanced practice are specialisations within
 * it, which our list tells apart because missions ask for them (SPEC §11). So PSC certifies « a nurse »,
 * and the nurse says which one.
 */
const NURSES: readonly ProfessionCode[] = ['NURSE', 'NURSE_ANAESTHETIST', 'OPERATING_ROOM_NURSE', 'PAEDIATRIC_NURSE', 'ADVANCED_PRACTICE_NURSE'];
const FAMILIES: readonly (readonly ProfessionCode[])[] = [NURSES];

export function professionFromPscCode(code: string | undefined): ProfessionCode | null {
  return code && Object.hasOwn(PSC_PROFESSIONS, code) ? PSC_PROFESSIONS[code]! : null;
}

/**
 * The professions a volunteer may hold when PSC certified `certified` (or when the saved profession of a
 * certified record is `certified`): its family, else itself alone; none when nothing is certified.
 */
export function certifiedProfessions(certified: string | null | undefined): readonly ProfessionCode[] {
  if (!certified) return [];
  return FAMILIES.find((family) => family.includes(certified as ProfessionCode)) ?? [certified as ProfessionCode];
}

/** The profession to save: the one chosen if the certification allows it, else the certified one. */
export function keepCertifiedProfession<Code extends string>(certified: Code, chosen: Code): Code {
  return certifiedProfessions(certified).includes(chosen as unknown as ProfessionCode) ? chosen : certified;
}
