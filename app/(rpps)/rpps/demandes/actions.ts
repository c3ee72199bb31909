'use server';

import { action } from '@/lib/actions/action';
import { runAfterResponse } from '@/lib/rpps/after-response';
import { correctPreRegistration } from '@/lib/rpps/correction';
import { refusePreRegistration, validatePreRegistration } from '@/lib/rpps/pre-registration';
import { sendToDirectory } from '@/lib/rpps/send';
import { refusePreRegistrationSchema, validatePreRegistrationSchema } from '@/lib/validation/rpps';
import { correctPreRegistrationSchema } from '@/lib/validation/rpps-procedures';

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

/**
 * « Corriger » before deciding (decision 033): contact and practice data; the état civil is refused by the
 * schema. The form then opens the request, rendered afresh: no revalidation of the correction page.
 */
export const correctPreRegistrationAction = action({ schema: correctPreRegistrationSchema, ...MANAGER, revalidate: false }, (input, actor) =>
  correctPreRegistration(actor, input),
);
