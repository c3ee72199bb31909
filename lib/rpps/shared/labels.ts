import type { Civility, PracticeMode, RppsProcedure, RppsRequestStatus, Sex } from '@/lib/generated/prisma/enums';

// French labels of the RPPS+ portal, word for word from SPEC §8 and the RPPS+ manager guide. Enum values
// stay English in code (decision 001); these maps are the only place their French names live. Pure
// data, safe in client components.

export const RPPS_STATUS_LABELS: Record<RppsRequestStatus, string> = {
  ENTERED_BY_PROFESSIONAL: 'Saisie par le professionnel',
  REGISTRATION_IN_PROGRESS: "En cours d'enregistrement",
  ABANDONED_BY_PROFESSIONAL: 'Abandonnée par le professionnel',
  SENT_TO_RPPS: 'Envoyée au RPPS',
  REFUSED_BY_AUTHORITY: "Refusée par l'autorité d'enregistrement",
  RPPS_VALIDATED: 'Enregistrement RPPS validé',
  REFUSED_BY_RPPS: 'Refusé par le RPPS',
  UNDER_REVIEW: "En cours d'instruction",
  SENT_TO_RPPS_BY_PROFESSIONAL: 'Envoyée au RPPS par le professionnel',
  TECHNICAL_REJECTION: 'Rejet technique',
};

/** What each status means, as the guide explains it next to the filter. */
export const RPPS_STATUS_HINTS: Record<RppsRequestStatus, string> = {
  ENTERED_BY_PROFESSIONAL: 'la demande a été saisie par le professionnel',
  REGISTRATION_IN_PROGRESS: 'la demande a été saisie par le gestionnaire RPPS+',
  ABANDONED_BY_PROFESSIONAL: 'le professionnel a initié puis annulé sa demande',
  SENT_TO_RPPS: 'la demande a été validée par le gestionnaire RPPS+',
  REFUSED_BY_AUTHORITY: 'la demande saisie par le professionnel a été refusée par le gestionnaire RPPS+',
  RPPS_VALIDATED: 'la demande a été validée par le RPPS',
  REFUSED_BY_RPPS: 'la demande a été refusée par le RPPS',
  UNDER_REVIEW: 'la demande a été envoyée par le professionnel et est à traiter par le gestionnaire RPPS+',
  SENT_TO_RPPS_BY_PROFESSIONAL: 'le professionnel déjà enregistré a modifié ses données de contact et/ou nom/prénom d’exercice',
  TECHNICAL_REJECTION: 'la demande a été rejetée techniquement',
};

export const RPPS_PROCEDURE_LABELS: Record<RppsProcedure, string> = {
  INITIAL_REGISTRATION: 'Primo enregistrement',
  ADD_SITUATION: "Ajout de situation d'exercice et modifications d'informations",
  CANCEL_SITUATION: "Annulation de situation d'exercice et modifications d'informations",
  UPDATE_INFORMATION: "Modification d'informations",
  CLOSE_SITUATION: "Fermeture de situation d'exercice",
  CHANGE_PRACTICE_NAME: "Modification du nom et prénom d'exercice",
};

export const CIVILITY_LABELS: Record<Civility, string> = { MRS: 'Madame', MR: 'Monsieur' };
export const SEX_LABELS: Record<Sex, string> = { FEMALE: 'Féminin', MALE: 'Masculin' };
export const PRACTICE_MODE_LABELS: Record<PracticeMode, string> = { EMPLOYEE: 'Salarié', LIBERAL: 'Libéral', VOLUNTEER: 'Bénévole' };

/** What every view of a request shows first: its number, status and procedure, with their labels. */
export function requestHeading(row: { id: string; number: string; status: RppsRequestStatus; procedure: RppsProcedure }) {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    statusLabel: RPPS_STATUS_LABELS[row.status],
    procedure: row.procedure,
    procedureLabel: RPPS_PROCEDURE_LABELS[row.procedure],
  };
}

/** In the guide's order (the order of the filters of the requests list). */
export const RPPS_STATUSES = Object.keys(RPPS_STATUS_LABELS) as RppsRequestStatus[];
export const RPPS_PROCEDURES = Object.keys(RPPS_PROCEDURE_LABELS) as RppsProcedure[];

export const NOT_PROVIDED = 'Non renseigné';
export const NOT_ASSIGNED = 'Non attribué';
