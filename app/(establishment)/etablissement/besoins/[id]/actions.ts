'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { contactCandidate } from '@/lib/candidacies/contact';
import { refuseCandidacies, validateCandidacies } from '@/lib/candidacies/decide';
import { contactCandidateSchema, decideCandidaciesSchema } from './schemas';

// Thin on purpose (SPEC §12): zod → the wrapper (establishment accounts only) → the domain function,
// which scopes the mission to the actor's FINESS and answers « Élément introuvable. » otherwise.
// The whole area is revalidated: the dashboard's counts change with every decision.

export const contactCandidateAction = action({ schema: contactCandidateSchema, roles: ['ESTABLISHMENT'] }, async (input, actor) => {
  const outcome = await contactCandidate(actor, input);
  revalidatePath('/etablissement', 'layout');
  return outcome;
});

export const validateCandidaciesAction = action({ schema: decideCandidaciesSchema, roles: ['ESTABLISHMENT'] }, async (input, actor) => {
  const outcome = await validateCandidacies(actor, input);
  revalidatePath('/etablissement', 'layout');
  return outcome;
});

export const refuseCandidaciesAction = action({ schema: decideCandidaciesSchema, roles: ['ESTABLISHMENT'] }, async (input, actor) => {
  const outcome = await refuseCandidacies(actor, input);
  revalidatePath('/etablissement', 'layout');
  return outcome;
});
