/**
 * « Catégorie établissement » (SPEC §6.1): the six FINESS categories of the ministerial instruction
 * of July 2020, Annexe 2 (second sheet of the bulk account spreadsheet), plus « Centre de
 * vaccination », added in April 2021. A vaccination centre has no FINESS number and gives its GID.
 */
export const FINESS_CATEGORY_CODES = [
  'HOSPITAL_LAW',
  'OTHER_CARE_AND_PREVENTION',
  'OTHER_HEALTH',
  'SOCIAL_ACCOMMODATION_ASSISTANCE',
  'SOCIAL_FAMILY_SUPPORT',
  'HEALTH_AND_SOCIAL_TRAINING',
  'VACCINATION_CENTRE',
] as const;

export type FinessCategoryCode = (typeof FINESS_CATEGORY_CODES)[number];

export interface FinessCategory {
  code: FinessCategoryCode;
  label: string;
  /** Which number identifies the establishment. */
  identifier: 'FINESS' | 'GID';
  /** Value of the « Type établissement » column in the Annexe 2 spreadsheet, for imports. */
  annexValue: string | null;
}

const DETAILS: Record<FinessCategoryCode, Omit<FinessCategory, 'code'>> = {
  HOSPITAL_LAW: {
    label: 'Établissements relevant de la loi hospitalière',
    identifier: 'FINESS',
    annexValue: '1-Établissements relevant de la loi hospitalière',
  },
  OTHER_CARE_AND_PREVENTION: {
    label: 'Autres établissements de soins et de prévention',
    identifier: 'FINESS',
    annexValue: '2-autres-etablissements-de-soins-et-de-prevention',
  },
  OTHER_HEALTH: {
    label: 'Autres établissements à caractère sanitaire',
    identifier: 'FINESS',
    annexValue: '3-autres-etablissements-a-caractere-sanitaire',
  },
  SOCIAL_ACCOMMODATION_ASSISTANCE: {
    label: "Établissements et services sociaux d'accueil, hébergement, assistance, réadaptation",
    identifier: 'FINESS',
    annexValue: '4-etablissements-et-services-sociaux-daccueil-hebergement-assistance-readaptation',
  },
  SOCIAL_FAMILY_SUPPORT: {
    label: "Établissements et services sociaux d'aide à la famille",
    identifier: 'FINESS',
    annexValue: '5-etablissements-et-services-sociaux-daide-a-la-famille',
  },
  HEALTH_AND_SOCIAL_TRAINING: {
    label: 'Établissements de formation des personnels sanitaires et sociaux',
    identifier: 'FINESS',
    annexValue: '6-etablissements-de-formation-des-personnels-sanitaires-et-sociaux',
  },
  VACCINATION_CENTRE: { label: 'Centre de vaccination', identifier: 'GID', annexValue: null },
};

export const FINESS_CATEGORIES: readonly FinessCategory[] = FINESS_CATEGORY_CODES.map((code) => ({
  code,
  ...DETAILS[code],
}));

export function isFinessCategoryCode(code: string): code is FinessCategoryCode {
  return (FINESS_CATEGORY_CODES as readonly string[]).includes(code);
}

export function getFinessCategory(code: string): FinessCategory | undefined {
  return FINESS_CATEGORIES.find((category) => category.code === code);
}
