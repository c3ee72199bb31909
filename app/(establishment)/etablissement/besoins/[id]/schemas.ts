import { z } from '@/lib/validation/zod';
import { CANDIDATE_PAGE_SIZE } from '@/lib/candidates/query';

// The inputs of the « Choisir » page's actions, shared by the client (types) and the actions (parse).
// Ids are re-authorized by the domain functions; these only reject what cannot be an id.

const id = z.string().uuid('Élément introuvable.');

export const contactCandidateSchema = z.object({ missionId: id, professionalId: id });

export const decideCandidaciesSchema = z.object({
  missionId: id,
  // One page of the table at most: the check boxes live on one page.
  professionalIds: z.array(id).min(1, 'Sélectionnez au moins un candidat.').max(CANDIDATE_PAGE_SIZE, 'Sélectionnez moins de candidats.'),
});

/** « Refuser les autres contactés » (a filled mission): the mission says whom. */
export const refuseRemainingSchema = z.object({ missionId: id });

export type ContactCandidateInput = z.input<typeof contactCandidateSchema>;
export type DecideCandidaciesInput = z.input<typeof decideCandidaciesSchema>;
export type RefuseRemainingInput = z.input<typeof refuseRemainingSchema>;
