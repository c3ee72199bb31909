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
