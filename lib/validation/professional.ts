import * as z from '@/lib/validation/zod-mini';
import { ACTIVITY_TYPE_CODES } from '@/lib/reference/activity-types';
import { IDENTIFIER_TYPE_CODES } from '@/lib/reference/identifier-types';
import { MOBILISATION_CODES } from '@/lib/reference/mobilisation';
import { PROFESSION_CODES } from '@/lib/reference/professions';
import { REGION_CODES } from '@/lib/reference/regions';
import { isIsoDay } from '@/lib/dates/days';
import { validateProfessionalIdentifier } from '@/lib/identifiers/professional-identifier';
import { emailSchema } from '@/lib/validation/email';
import { phoneSchema } from '@/lib/validation/phone';
import { COMMENT_MAX_LENGTH } from '@/lib/validation/professional-limits';

// The volunteer's record (SPEC §5.1): one schema for the sign-up form, « Ma fiche » and their server
// actions. Dates are ISO strings (`YYYY-MM-DD`), as <input type="date"> gives them.
// Written with zod/mini (lib/validation/zod-mini.ts), because the forms of the volunteer pages run these
// schemas in the browser: `z.pipe(a, b)` is classic zod's `a.pipe(b)`, `x.check(z.trim(), z.maxLength(…))`
// its `x.trim().max(…)`, `z.pipe(x, z.transform(f))` its `x.transform(f)` — the same schema underneath.

const required = (label: string) =>
  z.string({ error: `${label} est obligatoire.` }).check(z.trim(), z.minLength(1, `${label} est obligatoire.`));

const optionalText = (max: number, message: string) =>
  z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(max, message))),
    z.transform((value: string | undefined) => (value ? value : null)),
  );

// A real calendar day: Date.parse would take 2026-02-31 and fromIsoDay would store 3 March.
const isoDate = z.string().check(z.refine(isIsoDay, 'Date invalide.'));

export const availabilityPeriodSchema = z
  .object({
    id: z.optional(z.string().check(z.uuid())),
    startDate: z.pipe(z.string({ error: 'La date de début est obligatoire.' }).check(z.minLength(1, 'La date de début est obligatoire.')), isoDate),
    endDate: z.pipe(
      z.pipe(
        z.optional(z.string()),
        z.transform((value: string | undefined) => (value ? value : null)),
      ),
      z.nullable(isoDate),
    ),
  })
  .check(
    z.refine((period) => !period.endDate || period.endDate >= period.startDate, {
      path: ['endDate'],
      message: 'La date de fin doit être postérieure ou égale à la date de début.',
    }),
  );

export type AvailabilityPeriodInput = z.input<typeof availabilityPeriodSchema>;

const recordShape = {
  lastName: z.pipe(required('Le nom'), z.string().check(z.maxLength(100, 'Nom trop long.'))),
  firstName: z.pipe(required('Le prénom'), z.string().check(z.maxLength(100, 'Prénom trop long.'))),
  phone: phoneSchema,
  postalCode: z.pipe(required('Le code postal'), z.string().check(z.regex(/^\d{5}$/, 'Le code postal comporte 5 chiffres.'))),
  city: z.pipe(required('La ville'), z.string().check(z.maxLength(100, 'Nom de ville trop long.'))),
  regionCode: z.enum(REGION_CODES, { error: 'Choisissez une région.' }),
  professionCode: z.enum(PROFESSION_CODES, { error: 'Choisissez une profession.' }),
  speciality: optionalText(100, 'Spécialité trop longue.'),
  activityType: z.enum(ACTIVITY_TYPE_CODES, { error: "Choisissez un type d'activité." }),
  identifierType: z.enum(IDENTIFIER_TYPE_CODES, { error: "Choisissez un type d'identifiant." }),
  identifierNumber: z.optional(z.string().check(z.trim())),
  employer: optionalText(150, 'Employeur trop long.'),
  hasVehicle: z._default(z.boolean(), false),
  ehpadExperience: z._default(z.boolean(), false),
  icuExperience: z._default(z.boolean(), false),
  vaccinationExperience: z._default(z.boolean(), false),
  availableWeekdays: z._default(z.boolean(), false),
  availableWeekends: z._default(z.boolean(), false),
  mobilisation: z.enum(MOBILISATION_CODES, { error: 'Choisissez une mobilisation.' }),
  comment: optionalText(COMMENT_MAX_LENGTH, `Le commentaire est limité à ${COMMENT_MAX_LENGTH} caractères.`),
};

type RecordFields = {
  identifierType: (typeof IDENTIFIER_TYPE_CODES)[number];
  identifierNumber?: string | null;
  availableWeekdays: boolean;
  availableWeekends: boolean;
  professionCode: string;
  speciality: string | null;
};

/** Runs a cross-field rule as soon as the fields it reads are valid, even if others are not yet, so
 * that the form shows every message at once (zod skips refinements of invalid objects by default). */
function whenValid(fields: string[]) {
  return (payload: { issues: readonly { path?: PropertyKey[] }[] }) =>
    payload.issues.every((issue) => !fields.includes(String(issue.path?.[0])));
}

function identifierMessage(record: Pick<RecordFields, 'identifierType' | 'identifierNumber'>): string | null {
  const identifier = validateProfessionalIdentifier(record.identifierType, record.identifierNumber);
  return identifier.ok ? null : identifier.message;
}

/** Rules across fields: identifier well-formed for its type, at least one of week / week-end. */
function withRecordRules<Schema extends z.ZodMiniType<RecordFields>>(schema: Schema) {
  return schema.check(
    z.refine((record: RecordFields) => identifierMessage(record) === null, {
      path: ['identifierNumber'],
      // The message depends on the type: RPPS wants 11 digits, ADELI 9.
      error: (issue) => identifierMessage(issue.input as RecordFields) ?? 'Identifiant invalide.',
      when: whenValid(['identifierType', 'identifierNumber']),
    }),
    z.refine((record: RecordFields) => record.availableWeekdays || record.availableWeekends, {
      path: ['availableWeekends'],
      message: 'Cochez « Disponible en semaine », « Disponible le week-end » ou les deux.',
      when: whenValid(['availableWeekdays', 'availableWeekends']),
    }),
  );
}

/** The identifier as stored: null with « Aucun », digits only otherwise. */
export function normalisedIdentifier(type: RecordFields['identifierType'], number: string | null | undefined): string | null {
  const result = validateProfessionalIdentifier(type, number);
  return result.ok ? result.value : null;
}

/** « Ma fiche »: every field but the email, which cannot change. */
export const professionalRecordSchema = withRecordRules(z.object(recordShape));
export type ProfessionalRecordInput = z.input<typeof professionalRecordSchema>;
export type ProfessionalRecord = z.output<typeof professionalRecordSchema>;

/** The sign-up form of `/inscription/professionnel`. Files travel beside it, in the same FormData. */
export const professionalSignUpSchema = withRecordRules(
  z.object({
    ...recordShape,
    email: emailSchema,
    periods: z.array(availabilityPeriodSchema).check(z.minLength(1, 'Indiquez au moins une période de disponibilité.'), z.maxLength(20, 'Vingt périodes au plus.')),
    termsAccepted: z.literal(true, { error: "Vous devez accepter les conditions d'utilisation." }),
    dataConsent: z.literal(true, { error: 'Vous devez accepter le traitement de vos données personnelles.' }),
    /** A sign-up that Pro Santé Connect opened (SPEC §16): its names, RPPS number and profession are PSC's. */
    federationToken: z.optional(z.string().check(z.maxLength(100))),
  }),
);
export type ProfessionalSignUpInput = z.input<typeof professionalSignUpSchema>;
export type ProfessionalSignUp = z.output<typeof professionalSignUpSchema>;

/** « Mes disponibilités »: the whole list of periods, saved together. */
export const availabilityPeriodsSchema = z.object({
  periods: z.array(availabilityPeriodSchema).check(z.maxLength(20, 'Vingt périodes au plus.')),
});
export type AvailabilityPeriodsInput = z.input<typeof availabilityPeriodsSchema>;
export type AvailabilityPeriods = z.output<typeof availabilityPeriodsSchema>;
