'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { endCrisisMode, startCrisisMode } from '@/lib/regulation/crisis';
import { crisisEndSchema, crisisStartSchema } from '@/lib/regulation/schemas';

// Thin on purpose: the domain function checks the region against the actor (an ARS its own, the CCS
// any) and logs the switch; « Élément introuvable. » otherwise.

export const startCrisisModeAction = action({ schema: crisisStartSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const outcome = await startCrisisMode(actor, input);
  revalidatePath('/ars', 'layout');
  return outcome;
});

export const endCrisisModeAction = action({ schema: crisisEndSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  await endCrisisMode(actor, input);
  revalidatePath('/ars', 'layout');
  return undefined;
});
