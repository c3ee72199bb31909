import type { ActionResult } from '@/lib/actions/result';
import { GENERIC_ERROR } from '@/lib/actions/result';

/** The server actions of `/etablissement/besoins/[id]`, handed to the client components as props. */
export interface ChoosingActions {
  contact: (input: { missionId: string; professionalId: string }) => Promise<ActionResult<{ candidacyId: string }>>;
  validate: (input: { missionId: string; professionalIds: string[] }) => Promise<ActionResult<{ validated: number }>>;
  refuse: (input: { missionId: string; professionalIds: string[] }) => Promise<ActionResult<{ refused: number }>>;
}

/** The French message of a failed action: the form's, else the first field's, else the generic one. */
export function failureMessage(result: { formError?: string; fieldErrors?: Record<string, string> }): string {
  return result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? GENERIC_ERROR;
}

/** What « Valider » / « Refuser » did, in French (the table of « Choisir » and the page of a filled mission). */
export function decisionMessage(kind: 'validate' | 'refuse', count: number): string {
  const plural = count > 1;
  if (kind === 'validate') {
    return plural
      ? `${count} candidatures validées : les professionnels sont affectés à la mission et reçoivent un courriel de confirmation.`
      : '1 candidature validée : le professionnel est affecté à la mission et reçoit un courriel de confirmation.';
  }
  return plural
    ? `${count} candidatures refusées : les professionnels sont de nouveau disponibles pour les autres établissements.`
    : '1 candidature refusée : le professionnel est de nouveau disponible pour les autres établissements.';
}

/** The actions of the page of a filled mission (SPEC §6.2): decide on the volunteers still « Contacté ». */
export interface FilledMissionActions extends Pick<ChoosingActions, 'validate' | 'refuse'> {
  refuseRemaining: (input: { missionId: string }) => Promise<ActionResult<{ refused: number }>>;
}
