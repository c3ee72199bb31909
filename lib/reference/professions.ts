/**
 * Professions offered to volunteers and used by missions (SPEC §11, DATA.md). No nomenclature
 * package exists offline, so the list is maintained here and seeded into the `professions` table,
 * where an administrator may change `eligibleToVaccinate`. The defaults follow the 2021 COVID-19
 * vaccination rules: prescribing or injecting professions and their students under supervision.
 */
export const PROFESSION_CODES = [
  'DOCTOR',
  'MEDICAL_RESIDENT',
  'MEDICAL_STUDENT',
  'NURSE',
  'NURSE_ANAESTHETIST',
  'OPERATING_ROOM_NURSE',
  'PAEDIATRIC_NURSE',
  'ADVANCED_PRACTICE_NURSE',
  'NURSING_STUDENT',
  'CARE_ASSISTANT',
  'CARE_ASSISTANT_STUDENT',
  'CHILDCARE_ASSISTANT',
  'HOSPITAL_SERVICE_AGENT',
  'MIDWIFE',
  'MIDWIFERY_STUDENT',
  'PHARMACIST',
  'PHARMACY_STUDENT',
  'PHARMACY_TECHNICIAN',
  'DENTIST',
  'PHYSIOTHERAPIST',
  'RADIOGRAPHER',
  'LABORATORY_TECHNICIAN',
  'AMBULANCE_DRIVER',
  'MEDICAL_DISPATCH_ASSISTANT',
  'PSYCHOLOGIST',
  'OCCUPATIONAL_THERAPIST',
  'PSYCHOMOTOR_THERAPIST',
  'DIETITIAN',
  'MEDICAL_SECRETARY',
  'PORTER',
  'SOCIAL_CARE_ASSISTANT',
  'SPECIALISED_EDUCATOR',
  'ASSISTANT_EDUCATOR',
  'SOCIAL_WORKER',
  'VACCINATION_ELIGIBLE',
  'OTHER',
] as const;

export type ProfessionCode = (typeof PROFESSION_CODES)[number];

export interface Profession {
  code: ProfessionCode;
  label: string;
  eligibleToVaccinate: boolean;
  /** Only doctors choose a « Spécialité » (see medical-specialities.ts). */
  hasSpecialities: boolean;
  /** Position in lists; matches the `sort_order` column. */
  sortOrder: number;
}

type Details = [label: string, eligibleToVaccinate: boolean];

const DETAILS: Record<ProfessionCode, Details> = {
  DOCTOR: ['Médecin', true],
  MEDICAL_RESIDENT: ['Interne en médecine', true],
  MEDICAL_STUDENT: ['Étudiant en médecine (externe)', true],
  NURSE: ['Infirmier (IDE)', true],
  NURSE_ANAESTHETIST: ['Infirmier anesthésiste (IADE)', true],
  OPERATING_ROOM_NURSE: ['Infirmier de bloc opératoire (IBODE)', true],
  PAEDIATRIC_NURSE: ['Infirmier puériculteur / puéricultrice', true],
  ADVANCED_PRACTICE_NURSE: ['Infirmier en pratique avancée (IPA)', true],
  NURSING_STUDENT: ['Étudiant en soins infirmiers', true],
  CARE_ASSISTANT: ['Aide-soignant', false],
  CARE_ASSISTANT_STUDENT: ['Élève aide-soignant', false],
  CHILDCARE_ASSISTANT: ['Auxiliaire de puériculture', false],
  HOSPITAL_SERVICE_AGENT: ['Agent de service hospitalier (ASH)', false],
  MIDWIFE: ['Sage-femme', true],
  MIDWIFERY_STUDENT: ['Étudiant sage-femme', true],
  PHARMACIST: ['Pharmacien', true],
  PHARMACY_STUDENT: ['Étudiant en pharmacie', true],
  PHARMACY_TECHNICIAN: ['Préparateur en pharmacie', true],
  DENTIST: ['Chirurgien-dentiste', true],
  PHYSIOTHERAPIST: ['Masseur-kinésithérapeute', true],
  RADIOGRAPHER: ['Manipulateur en électroradiologie médicale', true],
  LABORATORY_TECHNICIAN: ['Technicien de laboratoire médical', true],
  AMBULANCE_DRIVER: ['Ambulancier', false],
  MEDICAL_DISPATCH_ASSISTANT: ['Assistant de régulation médicale', false],
  PSYCHOLOGIST: ['Psychologue', false],
  OCCUPATIONAL_THERAPIST: ['Ergothérapeute', false],
  PSYCHOMOTOR_THERAPIST: ['Psychomotricien', false],
  DIETITIAN: ['Diététicien', false],
  MEDICAL_SECRETARY: ['Secrétaire médical', false],
  PORTER: ['Brancardier', false],
  SOCIAL_CARE_ASSISTANT: ['Aide médico-psychologique / accompagnant éducatif et social (AES)', false],
  SPECIALISED_EDUCATOR: ['Éducateur spécialisé', false],
  ASSISTANT_EDUCATOR: ['Moniteur-éducateur', false],
  SOCIAL_WORKER: ['Assistant de service social', false],
  // For people outside this list who hold an exceptional authorisation to vaccinate (guide, step 3).
  VACCINATION_ELIGIBLE: ['Profession éligible pour vacciner', true],
  OTHER: ['Autre', false],
};

export const PROFESSIONS: readonly Profession[] = PROFESSION_CODES.map((code, index) => ({
  code,
  label: DETAILS[code][0],
  eligibleToVaccinate: DETAILS[code][1],
  hasSpecialities: code === 'DOCTOR',
  sortOrder: index,
}));

const PROFESSIONS_BY_CODE = new Map<string, Profession>(PROFESSIONS.map((p) => [p.code, p]));

export function isProfessionCode(code: string): code is ProfessionCode {
  return PROFESSIONS_BY_CODE.has(code);
}

export function getProfession(code: string): Profession | undefined {
  return PROFESSIONS_BY_CODE.get(code);
}
