'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { refuseAccountRequest } from '@/lib/account-requests/refuse-account-request';
import { validateAccountRequest } from '@/lib/account-requests/validate-account-request';
import { accountRequestDecisionSchema, accountRequestRefusalSchema } from '@/lib/validation/account-request';

// Thin on purpose: both regulator roles are accepted and the domain functions scope by the actor — an
// ARS acting on another region's request gets « Élément introuvable. », the CCS may act on any region.

export const validateAccountRequestAction = action({ schema: accountRequestDecisionSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const outcome = await validateAccountRequest(actor, input);
  revalidatePath('/ars', 'layout');
  return outcome;
});

export const refuseAccountRequestAction = action({ schema: accountRequestRefusalSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const outcome = await refuseAccountRequest(actor, input);
  revalidatePath('/ars', 'layout');
  return outcome;
});
