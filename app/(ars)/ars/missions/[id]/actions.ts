'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { assignOnBehalf, proposeCandidates, withdrawProposal } from '@/lib/candidacies/propose';
import { alertCcs } from '@/lib/regulation/alerts';
import { archiveMission } from '@/lib/missions/archive';
import { assignOnBehalfSchema, missionActionSchema, proposeSchema, withdrawSchema } from '@/lib/regulation/schemas';

// The « Proposer » page's actions (SPEC §7.2), thin on purpose: zod → the wrapper → the domain
// function, which scopes the mission to the actor (another region → « Élément introuvable. »).

export const proposeAction = action({ schema: proposeSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const outcome = await proposeCandidates(actor, input);
  revalidatePath('/ars', 'layout');
  return outcome;
});

export const withdrawAction = action({ schema: withdrawSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  await withdrawProposal(actor, input);
  revalidatePath('/ars', 'layout');
  return undefined;
});

export const assignOnBehalfAction = action({ schema: assignOnBehalfSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const outcome = await assignOnBehalf(actor, input);
  revalidatePath('/ars', 'layout');
  return outcome;
});

export const alertCcsAction = action({ schema: missionActionSchema, roles: ['ARS'] }, async (input, actor) => {
  const outcome = await alertCcs(actor, input);
  revalidatePath('/ars', 'layout');
  return outcome;
});

export const archiveMissionAction = action({ schema: missionActionSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const outcome = await archiveMission(actor, input);
  revalidatePath('/ars', 'layout');
  return outcome;
});
