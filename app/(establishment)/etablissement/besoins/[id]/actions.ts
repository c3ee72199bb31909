'use server';

import { action } from '@/lib/actions/action';
import { contactCandidate } from '@/lib/candidacies/contact';
import { refuseCandidacies, validateCandidacies } from '@/lib/candidacies/decide';
import { refuseRemainingContacted } from '@/lib/candidacies/refuse-remaining';
import { contactCandidateSchema, decideCandidaciesSchema, refuseRemainingSchema } from './schemas';

// Thin on purpose (SPEC §12): zod → the wrapper (establishment accounts only) → the domain function,
// which scopes the mission to the actor's FINESS and answers « Élément introuvable. » otherwise.
// The wrapper revalidates the whole area: the dashboard's counts change with every decision.

export const contactCandidateAction = action({ schema: contactCandidateSchema, roles: ['ESTABLISHMENT'] }, (input, actor) => contactCandidate(actor, input));

export const validateCandidaciesAction = action({ schema: decideCandidaciesSchema, roles: ['ESTABLISHMENT'] }, (input, actor) => validateCandidacies(actor, input));

export const refuseCandidaciesAction = action({ schema: decideCandidaciesSchema, roles: ['ESTABLISHMENT'] }, (input, actor) => refuseCandidacies(actor, input));

export const refuseRemainingContactedAction = action({ schema: refuseRemainingSchema, roles: ['ESTABLISHMENT'] }, (input, actor) => refuseRemainingContacted(actor, input));
