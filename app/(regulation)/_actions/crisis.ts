'use server';

import { action } from '@/lib/actions/action';
import { REGULATORS } from '@/lib/access/roles';
import { endCrisisMode, startCrisisMode } from '@/lib/regulation/crisis';
import { crisisEndSchema, crisisStartSchema } from '@/lib/regulation/schemas';

// « Gestion de crise » of `/ars` and `/ccs`. Thin on purpose: the domain function checks the region
// against the actor (an ARS its own, the CCS any) and logs the switch; « Élément introuvable. » otherwise.

export const startCrisisModeAction = action({ schema: crisisStartSchema, roles: REGULATORS }, (input, actor) => startCrisisMode(actor, input));

export const endCrisisModeAction = action({ schema: crisisEndSchema, roles: REGULATORS }, async (input, actor) => {
  await endCrisisMode(actor, input);
  return undefined;
});
