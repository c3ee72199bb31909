import { z } from '@/lib/validation/zod';
import { emailSchema } from '@/lib/validation/sign-in';
import {
  civilStatusShape,
  contactShape,
  linkTokenSchema,
  preRegistrationShape,
  preRegistrationSituationShape,
  refineContact,
  refinePreRegistration,
  refineSituation,
  requestIdSchema,
  rppsNumberSchema,
} from './rpps';

// The forms of the RPPS+ procedures of docs/decisions/033: the manager's correction of a pre-registration
// before validating it, the professional's saved draft (« Saisie par le professionnel ») and the
// « Annulation de situation d'exercice et modifications d'informations ». Each is used by its client form
// and parsed again by its server action.

// ───── Correction of a pre-registration by the manager ─────

export const CIVIL_STATUS_LOCKED = "L'état civil ne peut pas être modifié par le gestionnaire : s'il est inexact, refusez la demande en indiquant le motif.";

/** Every état civil field, refused if sent: the server never takes it from this form (guide §4, step 3). */
const lockedField = z.never({ error: CIVIL_STATUS_LOCKED }).optional();
const lockedCivilStatusShape = Object.fromEntries(Object.keys(civilStatusShape).map((key) => [key, lockedField])) as Record<
  keyof typeof civilStatusShape,
  typeof lockedField
>;

/** Contact data and practice data of the request; the role is still chosen when validating. */
export const correctPreRegistrationSchema = refineSituation(
  refineContact(z.object({ requestId: requestIdSchema, ...lockedCivilStatusShape, ...contactShape, ...preRegistrationSituationShape })),
);
export type CorrectPreRegistrationInput = z.input<typeof correctPreRegistrationSchema>;
export type PreRegistrationCorrection = Omit<z.output<typeof correctPreRegistrationSchema>, keyof typeof civilStatusShape>;

// ───── The professional's draft (« Saisie par le professionnel ») ─────

export const DRAFT_ESTABLISHMENT_REQUIRED = 'Choisissez votre établissement dans la liste : votre demande est adressée à ses gestionnaires RPPS+.';
export const DRAFT_NEEDS = 'Pour enregistrer votre demande et la terminer plus tard, indiquez au moins votre adresse email et votre établissement.';
const DRAFT_MAX_FIELDS = 40;

/** A value as typed in the form: kept as it is until « Envoyer ma demande » checks everything. */
const typedValue = z.union([z.string().max(300, 'Cette valeur est trop longue.'), z.boolean(), z.null(), z.undefined()]);

/**
 * « Enregistrer et terminer plus tard »: the email receives the link to come back, the establishment
 * decides whose managers see the draft; everything else is kept as typed. `token` is the emailed link's,
 * when the draft already exists.
 */
export const preRegistrationDraftSchema = z
  .object({
    token: linkTokenSchema.optional(),
    email: emailSchema,
    establishmentId: z.string({ error: DRAFT_ESTABLISHMENT_REQUIRED }).uuid(DRAFT_ESTABLISHMENT_REQUIRED),
  })
  .catchall(typedValue)
  .refine((values) => Object.keys(values).length <= DRAFT_MAX_FIELDS, 'Trop de champs.');
export type PreRegistrationDraftInput = z.input<typeof preRegistrationDraftSchema>;
export type PreRegistrationDraft = z.output<typeof preRegistrationDraftSchema>;

/** « Envoyer ma demande »: the whole form, and the emailed link's token when it was saved as a draft. */
export const sendPreRegistrationSchema = refinePreRegistration(z.object({ ...preRegistrationShape, token: linkTokenSchema.optional() }));
export type SendPreRegistrationInput = z.input<typeof sendPreRegistrationSchema>;

// ───── « Annulation de situation d'exercice et modifications d'informations » ─────

export const CANCELLATION_REASON_MAX = 500;
const REASON_REQUIRED = "Indiquez le motif de l'annulation.";

/** The situation entered in error, why, and the contact data (changed only if they differ). */
export const cancelSituationSchema = refineContact(
  z.object({
    rppsNumber: rppsNumberSchema,
    situationId: requestIdSchema,
    reason: z
      .string({ error: REASON_REQUIRED })
      .trim()
      .min(1, REASON_REQUIRED)
      .max(CANCELLATION_REASON_MAX, `Le motif est limité à ${CANCELLATION_REASON_MAX} caractères.`),
    ...contactShape,
  }),
);
export type CancelSituationInput = z.input<typeof cancelSituationSchema>;
export type CancelSituation = z.output<typeof cancelSituationSchema>;
