import * as z from '@/lib/validation/zod-mini';

// The small forms of the volunteer's area (SPEC §5.2) and of the check-in link: one schema each, shared by
// the client and the action. Apart from professional.ts (the record, its periods and the sign-up), so that
// a page with one of these forms — « Mes données » checks its confirmation word in the browser — does not
// build the record's schemas while it hydrates. zod/mini, as every schema a volunteer page runs in the
// browser (lib/validation/zod-mini.ts).

/** The one-tap « Disponible / Indisponible » switch: the value wanted, not a toggle (replays are harmless). */
export const availabilitySwitchSchema = z.object({ available: z.boolean() });
export type AvailabilitySwitchInput = z.input<typeof availabilitySwitchSchema>;

/** « Je ne suis pas disponible pour cette mission » (SPEC §5.2): the volunteer's own pending candidacy. */
export const declineCandidacySchema = z.object({ candidacyId: z.string().check(z.uuid('Élément introuvable.')) });
export type DeclineCandidacyInput = z.input<typeof declineCandidacySchema>;
/** « Je suis toujours disponible » in their area: nothing to send, the account is the caller's. */
export const confirmAvailabilitySchema = z.object({});
export type ConfirmAvailabilityInput = z.input<typeof confirmAvailabilitySchema>;

/** The confirmation button of a check-in link (SPEC §5.2): the token and the answer the link carried. */
export const checkinAnswerSchema = z.object({
  token: z.string().check(z.minLength(20, 'Lien invalide.'), z.maxLength(200, 'Lien invalide.')),
  answer: z.enum(['oui', 'non'], 'Réponse invalide.'),
});
export type CheckinAnswerInput = z.input<typeof checkinAnswerSchema>;

export const DOCUMENT_KINDS = ['IDENTITY', 'DIPLOMA'] as const;
export const documentKindSchema = z.enum(DOCUMENT_KINDS);

/** « Mes documents »: one file of one kind, sent as FormData (`kind`, `file`); its content is checked on the server. */
export const documentUploadSchema = z.pipe(
  z.pipe(
    z.instanceof(FormData),
    z.transform((form: FormData) => ({ kind: form.get('kind'), file: form.get('file') })),
  ),
  z.object({
    kind: documentKindSchema,
    file: z.instanceof(File, { error: 'Choisissez un fichier.' }).check(z.refine((file) => file.size > 0, 'Choisissez un fichier.')),
  }),
);

export const documentDeletionSchema = z.object({ documentId: z.string().check(z.uuid('Élément introuvable.')) });

/** The word to type to delete one's account: a deliberate gesture, not a mis-tap on a phone. */
export const ACCOUNT_DELETION_WORD = 'SUPPRIMER';
export const accountDeletionSchema = z.object({
  confirmation: z
    .string()
    .check(
      z.trim(),
      z.refine((value) => value.toUpperCase() === ACCOUNT_DELETION_WORD, `Saisissez ${ACCOUNT_DELETION_WORD} pour confirmer.`),
    ),
});
export type AccountDeletionInput = z.input<typeof accountDeletionSchema>;
