'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { archiveMission } from '@/lib/missions/archive';
import { missionActionSchema } from '@/lib/regulation/schemas';

// Thin on purpose (SPEC §12): zod → the wrapper (ARS and CCS accounts) → the domain function, which
// scopes the mission to the actor — an ARS of another region gets « Élément introuvable. ».

export const archiveMissionAction = action({ schema: missionActionSchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const outcome = await archiveMission(actor, input);
  revalidatePath('/ars', 'layout');
  return outcome;
});
