import { getProfession } from '@/lib/reference/professions';

/**
 * Professions offered by the RPPS+ portal. RPPS+ registers the social and medico-social professionals
 * who are in neither the RPPS nor ADELI (manager guide, introduction), so this is not the volunteers'
 * list. No nomenclature package exists offline: the list follows the professions the guide names
 * (« Educateur spécialisé », « Aide médico-psychologique (AMP) », aide-soignant…) and the usual
 * diplomas of the Code de l'action sociale et des familles. Codes shared with lib/reference/professions
 * keep the same name, so a record can be read by either list. The profession is indicative: access
 * rights follow the role (roles.ts).
 */
export const RPPS_PROFESSIONS = [
  { code: 'SOCIAL_CARE_ASSISTANT', label: 'Accompagnant éducatif et social (AES)' },
  { code: 'MEDICO_PSYCHOLOGICAL_ASSISTANT', label: 'Aide médico-psychologique (AMP)' },
  { code: 'CARE_ASSISTANT', label: 'Aide-soignant' },
  { code: 'HOME_HELP', label: 'Aide à domicile' },
  { code: 'HOSPITAL_SERVICE_AGENT', label: 'Agent de service hospitalier (ASH)' },
  { code: 'SOCIAL_WORKER', label: 'Assistant de service social' },
  { code: 'FOSTER_CARER', label: 'Assistant familial' },
  { code: 'CHILDCARE_ASSISTANT', label: 'Auxiliaire de puériculture' },
  { code: 'SOCIAL_LIFE_ASSISTANT', label: 'Auxiliaire de vie sociale' },
  { code: 'FAMILY_ECONOMICS_ADVISER', label: 'Conseiller en économie sociale et familiale' },
  { code: 'SOCIAL_ESTABLISHMENT_DIRECTOR', label: "Directeur d'établissement social ou médico-social" },
  { code: 'EARLY_CHILDHOOD_EDUCATOR', label: 'Éducateur de jeunes enfants' },
  { code: 'SPECIALISED_EDUCATOR', label: 'Éducateur spécialisé' },
  { code: 'TECHNICAL_EDUCATOR', label: 'Éducateur technique spécialisé' },
  { code: 'PROTECTION_AGENT', label: 'Mandataire judiciaire à la protection des majeurs' },
  { code: 'FAMILY_MEDIATOR', label: 'Médiateur familial' },
  { code: 'ASSISTANT_EDUCATOR', label: 'Moniteur-éducateur' },
  { code: 'MEDICAL_SECRETARY', label: 'Secrétaire médical' },
  { code: 'FAMILY_INTERVENTION_TECHNICIAN', label: "Technicien de l'intervention sociale et familiale" },
  { code: 'OTHER_SOCIAL', label: 'Autre professionnel du secteur social et médico-social' },
] as const;

export type RppsProfessionCode = (typeof RPPS_PROFESSIONS)[number]['code'];

export const RPPS_PROFESSION_CODES = RPPS_PROFESSIONS.map((profession) => profession.code) as [RppsProfessionCode, ...RppsProfessionCode[]];

const LABELS = new Map<string, string>(RPPS_PROFESSIONS.map((profession) => [profession.code, profession.label]));

/** The label of a stored profession code, from this list or the volunteers' one (older rows). */
export function rppsProfessionLabel(code: string): string {
  return LABELS.get(code) ?? getProfession(code)?.label ?? code;
}
