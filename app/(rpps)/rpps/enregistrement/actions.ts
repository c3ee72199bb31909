'use server';

import { action } from '@/lib/actions/action';
import { runAfterResponse } from '@/lib/rpps/after-response';
import { cancelRegistration, saveRegistrationStep, startRegistration, submitRegistration } from '@/lib/rpps/register';
import { sendToDirectory } from '@/lib/rpps/send';
import {
  requestRefSchema,
  saveCivilStatusSchema,
  saveContactSchema,
  saveLegalSchema,
  saveSituationSchema,
  startRegistrationSchema,
} from '@/lib/validation/rpps';

// « Ajouter un enregistrement » (SPEC §8): one action per step, each parsed with its step's schema
// (« Valider ») or kept as typed (« Sauvegarder et revenir à l'étape précédente »); the domain checks
// the actor's scope again on every call. No revalidation (`revalidate: false`): every RPPS+ page is
// rendered per request (nothing to purge), and revalidating would re-render the step being left — a draft
// just sent or cancelled is no longer a step page — before the form moves on by itself.

const MANAGER = { roles: ['RPPS_MANAGER'], revalidate: false } as const;

export const startRegistrationAction = action({ schema: startRegistrationSchema, ...MANAGER }, async ({ values }, actor) => {
  const started = await startRegistration(actor, values);
  return { requestId: started.requestId, step: 2 };
});

export const saveCivilStatusAction = action({ schema: saveCivilStatusSchema, ...MANAGER }, (input, actor) =>
  saveRegistrationStep(actor, { ...input, step: 1 }),
);
export const saveContactAction = action({ schema: saveContactSchema, ...MANAGER }, (input, actor) => saveRegistrationStep(actor, { ...input, step: 2 }));
export const saveSituationAction = action({ schema: saveSituationSchema, ...MANAGER }, (input, actor) => saveRegistrationStep(actor, { ...input, step: 3 }));
export const saveLegalAction = action({ schema: saveLegalSchema, ...MANAGER }, (input, actor) => saveRegistrationStep(actor, { ...input, step: 4 }));

/** « Annuler la demande », at any step. */
export const cancelRegistrationAction = action({ schema: requestRefSchema, ...MANAGER }, async ({ requestId }, actor) => {
  await cancelRegistration(actor, requestId);
  return null;
});

/**
 * « Envoyer la demande au RPPS »: the page answers « Envoyée au RPPS » at once; the directory assigns the
 * number after the response, as the national one would answer later (the professional gets the email).
 */
export const submitRegistrationAction = action({ schema: requestRefSchema, ...MANAGER }, async ({ requestId }, actor) => {
  const sent = await submitRegistration(actor, requestId);
  await runAfterResponse(() => sendToDirectory(sent.requestId));
  return sent;
});
