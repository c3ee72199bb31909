'use server';

import { action } from '@/lib/actions/action';
import { runAfterResponse } from '@/lib/rpps/after-response';
import { refusePreRegistration, validatePreRegistration } from '@/lib/rpps/pre-registration';
import { sendToDirectory } from '@/lib/rpps/send';
import { refusePreRegistrationSchema, validatePreRegistrationSchema } from '@/lib/validation/rpps';

// A professional's pre-registration, instructed by a manager of the establishment they chose (SPEC §8,
// guide §4). Out of the manager's scope, both answer « Élément introuvable. ».

const MANAGER = { roles: ['RPPS_MANAGER'] } as const;

/** « Valider » (the meeting tick is required by the schema): « Envoyée au RPPS », then the directory. */
export const validatePreRegistrationAction = action({ schema: validatePreRegistrationSchema, ...MANAGER }, async ({ requestId, role }, actor) => {
  const validated = await validatePreRegistration(actor, { requestId, role });
  await runAfterResponse(() => sendToDirectory(validated.requestId));
  return { number: validated.number };
});

/** « Refuser », with the reason the professional receives by email. */
export const refusePreRegistrationAction = action({ schema: refusePreRegistrationSchema, ...MANAGER }, (input, actor) => refusePreRegistration(actor, input));
