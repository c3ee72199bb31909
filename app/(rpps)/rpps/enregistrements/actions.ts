'use server';

import { action } from '@/lib/actions/action';
import { addSituation, cancelSituation, changeContact, changePracticeName, closeSituation } from '@/lib/rpps/updates';
import { addSituationSchema, changeContactSchema, changePracticeNameSchema, closeSituationSchema } from '@/lib/validation/rpps';
import { cancelSituationSchema } from '@/lib/validation/rpps-procedures';

// « Modifier un enregistrement existant » (SPEC §8, guide §5): each action files a request with its
// procedure, which the directory applies; the answer is that request's number and status. The form then
// opens the record, rendered afresh (RPPS+ pages are dynamic): no revalidation (`revalidate: false`),
// which would re-render the form's own page — a situation just closed has no closing page any more.

const MANAGER = { roles: ['RPPS_MANAGER'], revalidate: false } as const;

export const changeContactAction = action({ schema: changeContactSchema, ...MANAGER }, ({ rppsNumber, ...contact }, actor) =>
  changeContact(actor, rppsNumber, contact),
);

export const changePracticeNameAction = action({ schema: changePracticeNameSchema, ...MANAGER }, ({ rppsNumber, ...names }, actor) =>
  changePracticeName(actor, rppsNumber, names),
);

export const closeSituationAction = action({ schema: closeSituationSchema, ...MANAGER }, ({ rppsNumber, ...input }, actor) =>
  closeSituation(actor, rppsNumber, input),
);

export const addSituationAction = action({ schema: addSituationSchema, ...MANAGER }, ({ rppsNumber, ...situation }, actor) =>
  addSituation(actor, rppsNumber, situation),
);

/** « Annuler la situation » entered in error, with the contact data changed if they differ (decision 033). */
export const cancelSituationAction = action({ schema: cancelSituationSchema, ...MANAGER }, ({ rppsNumber, situationId, reason, ...contact }, actor) =>
  cancelSituation(actor, rppsNumber, { situationId, reason, contact }),
);
