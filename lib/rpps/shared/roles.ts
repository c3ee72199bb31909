/**
 * « Rôle* » of a practice situation: what the professional does in the structure, which decides their
 * access rights to documents (manager guide, step 4 — « Le rôle se distingue de la profession »). The
 * guide's own example is « Activité de coordination et d'orientation ». The list is kept by hand, after
 * the roles of care the ANS describes for the social and medico-social sector; the stored value is the
 * code, so a label can be reworded without touching the records.
 */
export const RPPS_ROLES = [
  { code: 'COORDINATION', label: "Activité de coordination et d'orientation" },
  { code: 'DAILY_SUPPORT', label: 'Accompagnement dans les actes de la vie quotidienne' },
  { code: 'EDUCATIONAL_SUPPORT', label: 'Accompagnement éducatif et social' },
  { code: 'CARE', label: 'Aide et soins à la personne' },
  { code: 'SOCIAL_SUPPORT', label: 'Accompagnement social et insertion' },
  { code: 'PSYCHOLOGICAL_SUPPORT', label: 'Soutien psychologique' },
  { code: 'REHABILITATION', label: 'Rééducation et réadaptation' },
  { code: 'LEGAL_PROTECTION', label: 'Protection juridique des personnes' },
  { code: 'ADMINISTRATIVE', label: 'Accueil et gestion administrative de la prise en charge' },
  { code: 'MANAGEMENT', label: "Direction et encadrement de l'établissement" },
] as const;

export type RppsRoleCode = (typeof RPPS_ROLES)[number]['code'];

export const RPPS_ROLE_CODES = RPPS_ROLES.map((role) => role.code) as [RppsRoleCode, ...RppsRoleCode[]];

const LABELS = new Map<string, string>(RPPS_ROLES.map((role) => [role.code, role.label]));

/** The label of a stored role; rows written before the list (the demo seed) keep their free text. */
export function rppsRoleLabel(code: string): string {
  return LABELS.get(code) ?? code;
}
