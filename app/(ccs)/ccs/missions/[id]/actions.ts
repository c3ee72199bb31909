'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { assignOnBehalf, proposeCandidates, withdrawProposal } from '@/lib/candidacies/propose';
import { openNationalPool } from '@/lib/regulation/alerts';
import { archiveMission } from '@/lib/missions/archive';
import { assignOnBehalfSchema, missionActionSchema, proposeSchema, withdrawSchema } from '@/lib/regulation/schemas';

// The CCS's « Proposer » page (SPEC §7.2): the same actions as the ARS's, and « Ouvrir le vivier
// national » instead of the alert. Thin on purpose: the domain functions scope and decide.

export const proposeAction = action({ schema: proposeSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const outcome = await proposeCandidates(actor, input);
  revalidatePath('/ccs', 'layout');
  return outcome;
});

export const withdrawAction = action({ schema: withdrawSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  await withdrawProposal(actor, input);
  revalidatePath('/ccs', 'layout');
  return undefined;
});

export const assignOnBehalfAction = action({ schema: assignOnBehalfSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const outcome = await assignOnBehalf(actor, input);
  revalidatePath('/ccs', 'layout');
  return outcome;
});

export const openNationalPoolAction = action({ schema: missionActionSchema, roles: ['CCS'] }, async (input, actor) => {
  const outcome = await openNationalPool(actor, input);
  revalidatePath('/ccs', 'layout');
  return outcome;
});

export const archiveMissionAction = action({ schema: missionActionSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const outcome = await archiveMission(actor, input);
  revalidatePath('/ccs', 'layout');
  return outcome;
});
