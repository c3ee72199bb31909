import { z } from '@/lib/validation/zod';
import { emailSchema } from '@/lib/validation/sign-in';
import { COUNTRY_CODES, FRANCE } from '@/lib/rpps/shared/countries';
import { isIsoDay, parisToday, shiftYears } from '@/lib/dates/days';
import { RPPS_PROCEDURES, RPPS_STATUSES } from '@/lib/rpps/shared/labels';
import { checkPhone, DEFAULT_PHONE_COUNTRY, PHONE_COUNTRY_CODES } from '@/lib/rpps/shared/phone-codes';
import { RPPS_PROFESSION_CODES } from '@/lib/rpps/shared/professions';
import { RPPS_ROLE_CODES } from '@/lib/rpps/shared/roles';

// The forms of the RPPS+ portal (SPEC §8): the four steps of « Ajouter un enregistrement », the
// professional's pre-registration, the manager's decisions and the updates of an existing record. Each
// schema is used by its client form (zodResolver) and re-checked by its server action.

export const REFUSAL_REASON_MAX = 1000;
/** How far ahead a « Date de prise de fonction » may be: a contract signed for next year, not a typo. */
export const START_DATE_MAX_YEARS_AHEAD = 1;
const YOUNGEST_AGE = 14;
const OLDEST_BIRTH_DATE = '1900-01-01';
const OLDEST_START_DATE = '1950-01-01';

/** Letters (any script, with accents), spaces, hyphens and apostrophes: what civil names are made of. */
const NAME = /^\p{L}[\p{L}\p{M} '’-]*$/u;
const nameMessage = (label: string) => `${label} ne peut contenir que des lettres, des espaces, des traits d'union et des apostrophes.`;

const requiredName = (label: string, max = 100) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .min(1, `${label} est obligatoire.`)
    .max(max, `${label} ne doit pas dépasser ${max} caractères.`)
    .regex(NAME, nameMessage(label));

const optionalName = (label: string, max = 100) =>
  z
    .string()
    .trim()
    .max(max, `${label} ne doit pas dépasser ${max} caractères.`)
    .refine((value) => value === '' || NAME.test(value), nameMessage(label))
    .optional();

const requiredDate = (label: string) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .min(1, `${label} est obligatoire.`)
    .refine(isIsoDay, 'Date invalide.');

const optionalDate = z
  .string()
  .optional()
  .refine((value) => !value || isIsoDay(value), 'Date invalide.');

/** Runs a cross-field rule as soon as the fields it reads are valid, so that every message shows at once. */
function whenValid(fields: readonly string[]) {
  return (payload: { issues: readonly { path?: PropertyKey[] }[] }) => payload.issues.every((issue) => !fields.includes(String(issue.path?.[0])));
}

// ───── Step 1: État civil ─────

export const POSTAL_CODE_REFUSED = "Saisissez le nom de la commune et non son code postal : le code postal n'est pas reconnu.";
export const COMMUNE_FROM_LIST = 'Choisissez la commune de naissance dans la liste proposée.';
const INSEE_COMMUNE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

/** Digits only (a postal code, or its beginning): the guide says a postal code is not recognised. */
export function looksLikePostalCode(value: string): boolean {
  return /^\d[\d\s]*$/.test(value.trim());
}

export const civilStatusShape = {
  civility: z.enum(['MRS', 'MR'], { error: 'Choisissez la civilité.' }),
  sex: z.enum(['FEMALE', 'MALE'], { error: 'Choisissez le sexe.' }),
  birthLastName: requiredName('Le nom de naissance'),
  usageLastName: optionalName("Le nom d'usage"),
  firstNames: requiredName('Le prénom', 200),
  secondFirstName: optionalName('Le deuxième prénom'),
  thirdFirstName: optionalName('Le troisième prénom'),
  birthDate: requiredDate('La date de naissance'),
  birthCountry: z.enum(COUNTRY_CODES, { error: 'Choisissez le pays de naissance.' }),
  /** The name shown in the type-ahead (or typed freely for a commune abroad). */
  birthCommuneName: z
    .string({ error: 'La commune de naissance est obligatoire.' })
    .trim()
    .min(1, 'La commune de naissance est obligatoire.')
    .max(150, 'La commune de naissance ne doit pas dépasser 150 caractères.'),
  /** INSEE code of the commune chosen in the list (births in France only). */
  birthCommuneCode: z.string().trim().max(5).optional(),
};

function checkBirthDate(birthDate: string, context: z.RefinementCtx) {
  const today = parisToday();
  const message =
    birthDate > today
      ? 'La date de naissance doit être passée.'
      : birthDate > shiftYears(today, -YOUNGEST_AGE)
        ? `Vérifiez la date de naissance : le professionnel aurait moins de ${YOUNGEST_AGE} ans.`
        : birthDate < OLDEST_BIRTH_DATE
          ? 'Vérifiez la date de naissance : elle est antérieure à 1900.'
          : null;
  if (message) context.addIssue({ code: 'custom', path: ['birthDate'], message });
}

function checkBirthCommune(value: { birthCountry: string; birthCommuneName: string; birthCommuneCode?: string }, context: z.RefinementCtx) {
  if (looksLikePostalCode(value.birthCommuneName)) {
    context.addIssue({ code: 'custom', path: ['birthCommuneName'], message: POSTAL_CODE_REFUSED });
  } else if (value.birthCountry === FRANCE && !INSEE_COMMUNE_CODE.test(value.birthCommuneCode ?? '')) {
    context.addIssue({ code: 'custom', path: ['birthCommuneName'], message: COMMUNE_FROM_LIST });
  }
}

function refineCivilStatus<T extends z.ZodType<{ birthDate: string; birthCountry: string; birthCommuneName: string; birthCommuneCode?: string }>>(schema: T) {
  return schema
    .superRefine((value, context) => checkBirthDate(value.birthDate, context), { when: whenValid(['birthDate']) })
    .superRefine((value, context) => checkBirthCommune(value, context), { when: whenValid(['birthCountry', 'birthCommuneName', 'birthCommuneCode']) });
}

export const civilStatusSchema = refineCivilStatus(z.object(civilStatusShape));
export type CivilStatusInput = z.input<typeof civilStatusSchema>;
export type CivilStatus = z.output<typeof civilStatusSchema>;

// ───── Step 2: Données de contact ─────

export const contactShape = {
  email: emailSchema,
  mobilePhoneCountry: z.enum(PHONE_COUNTRY_CODES, { error: "Choisissez l'indicatif du pays." }).default(DEFAULT_PHONE_COUNTRY),
  mobilePhone: z.string().trim().max(30, 'Le numéro est trop long.').optional(),
};

export function refineContact<T extends z.ZodType<{ mobilePhoneCountry: string; mobilePhone?: string }>>(schema: T) {
  return schema.superRefine(
    (value, context) => {
      if (!value.mobilePhone) return;
      const phone = checkPhone(value.mobilePhoneCountry, value.mobilePhone);
      if (!phone.ok) context.addIssue({ code: 'custom', path: ['mobilePhone'], message: phone.message });
    },
    { when: whenValid(['mobilePhoneCountry', 'mobilePhone']) },
  );
}

export const contactSchema = refineContact(z.object(contactShape));
export type ContactInput = z.input<typeof contactSchema>;
export type Contact = z.output<typeof contactSchema>;

/** The stored form of « Téléphone mobile » (E.164), or null when none was given. */
export function contactPhone(contact: Pick<Contact, 'mobilePhoneCountry' | 'mobilePhone'>): string | null {
  if (!contact.mobilePhone) return null;
  const phone = checkPhone(contact.mobilePhoneCountry, contact.mobilePhone);
  return phone.ok ? phone.e164 : null;
}

// ───── Step 3: Situation d'exercice ─────

export const START_DATE_TOO_FAR = "La date de prise de fonction ne peut pas dépasser d'un an la date du jour.";
export const END_BEFORE_START = 'La date de fin de fonction doit être égale ou postérieure à la date de prise de fonction.';

const practiceNameShape = {
  practiceLastName: requiredName("Le nom d'exercice"),
  practiceFirstName: requiredName("Le prénom d'exercice"),
};

const situationShape = {
  ...practiceNameShape,
  establishmentId: z.string({ error: 'Choisissez un établissement dans la liste.' }).uuid('Choisissez un établissement dans la liste.'),
  professionCode: z.enum(RPPS_PROFESSION_CODES, { error: 'Choisissez la profession.' }),
  role: z.enum(RPPS_ROLE_CODES, { error: 'Choisissez le rôle.' }),
  practiceMode: z
    .enum(['EMPLOYEE', 'LIBERAL', 'VOLUNTEER', ''], { error: "Choisissez un mode d'exercice de la liste." })
    .nullish()
    .transform((value) => value || null),
  startDate: requiredDate('La date de prise de fonction'),
  endDate: optionalDate,
};

function checkSituationDates(value: { startDate: string; endDate?: string }, context: z.RefinementCtx) {
  if (value.startDate > shiftYears(parisToday(), START_DATE_MAX_YEARS_AHEAD)) {
    context.addIssue({ code: 'custom', path: ['startDate'], message: START_DATE_TOO_FAR });
  } else if (value.startDate < OLDEST_START_DATE) {
    context.addIssue({ code: 'custom', path: ['startDate'], message: 'Vérifiez la date de prise de fonction : elle est antérieure à 1950.' });
  }
  if (value.endDate && value.endDate < value.startDate) context.addIssue({ code: 'custom', path: ['endDate'], message: END_BEFORE_START });
}

export function refineSituation<T extends z.ZodType<{ startDate: string; endDate?: string }>>(schema: T) {
  return schema.superRefine(checkSituationDates, { when: whenValid(['startDate', 'endDate']) });
}

export const situationSchema = refineSituation(z.object(situationShape));
export type SituationInput = z.input<typeof situationSchema>;
export type Situation = z.output<typeof situationSchema>;

// ───── Step 4: Informations légales ─────

export const TERMS_REQUIRED = "Vous devez accepter les conditions générales d'utilisation.";
export const MEETING_REQUIRED = 'Vous devez confirmer avoir rencontré le professionnel.';

export const legalSchema = z.object({
  termsAccepted: z.literal(true, { error: TERMS_REQUIRED }),
  meetingConfirmed: z.literal(true, { error: MEETING_REQUIRED }),
});
export type LegalInput = z.input<typeof legalSchema>;

// ───── Wizard actions ─────

export const WIZARD_STEPS = [1, 2, 3, 4] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const requestIdSchema = z.string({ error: 'Élément introuvable.' }).uuid('Élément introuvable.');

/**
 * What « Sauvegarder et revenir à l'étape précédente » keeps of a step that is not valid yet: the raw
 * values as typed (strings and ticks), so that nothing typed is lost. « Valider » is what checks them.
 */
export const draftValuesSchema = z
  .record(z.string().max(40), z.union([z.string().max(300), z.boolean(), z.null()]))
  .refine((values) => Object.keys(values).length <= 30, 'Trop de champs.');
export type DraftValues = z.output<typeof draftValuesSchema>;

const stepSave = <S extends z.ZodType>(values: S) =>
  z.discriminatedUnion('intent', [
    z.object({ requestId: requestIdSchema, intent: z.literal('next'), values }),
    z.object({ requestId: requestIdSchema, intent: z.literal('back'), values: draftValuesSchema }),
  ]);

/** Step 1 of a new request: nothing exists yet, so « Valider » creates the draft. */
export const startRegistrationSchema = z.object({ values: civilStatusSchema });
export const saveCivilStatusSchema = stepSave(civilStatusSchema);
export const saveContactSchema = stepSave(contactSchema);
export const saveSituationSchema = stepSave(situationSchema);
export const saveLegalSchema = stepSave(legalSchema);
export const requestRefSchema = z.object({ requestId: requestIdSchema });

// ───── Pre-registration by the professional (public) ─────

/** The role is not asked: the registration authority assigns it when it validates (guide, §1). */
const { role: _role, endDate: _endDate, ...preRegistrationSituationFields } = situationShape;
export const preRegistrationSituationShape = preRegistrationSituationFields;

export const preRegistrationShape = {
  ...civilStatusShape,
  ...contactShape,
  ...preRegistrationSituationShape,
  termsAccepted: z.literal(true, { error: TERMS_REQUIRED }),
};

/** The rules across fields of the professional's form (also sent again from a saved draft, with its token). */
export function refinePreRegistration<
  T extends z.ZodType<{
    birthDate: string;
    birthCountry: string;
    birthCommuneName: string;
    birthCommuneCode?: string;
    mobilePhoneCountry: string;
    mobilePhone?: string;
    startDate: string;
    endDate?: string;
  }>,
>(schema: T) {
  return refineSituation(refineContact(refineCivilStatus(schema)));
}

export const preRegistrationSchema = refinePreRegistration(z.object(preRegistrationShape));
export type PreRegistrationInput = z.input<typeof preRegistrationSchema>;
export type PreRegistration = z.output<typeof preRegistrationSchema>;

export const validatePreRegistrationSchema = z.object({
  requestId: requestIdSchema,
  role: z.enum(RPPS_ROLE_CODES, { error: 'Choisissez le rôle du professionnel.' }),
  meetingConfirmed: z.literal(true, { error: 'Confirmez avoir rencontré le professionnel pour valider sa demande.' }),
});
export type ValidatePreRegistrationInput = z.input<typeof validatePreRegistrationSchema>;

export const refusePreRegistrationSchema = z.object({
  requestId: requestIdSchema,
  reason: z
    .string({ error: 'Indiquez le motif du refus.' })
    .trim()
    .min(1, 'Indiquez le motif du refus.')
    .max(REFUSAL_REASON_MAX, `Le motif est limité à ${REFUSAL_REASON_MAX} caractères.`),
});
export type RefusePreRegistrationInput = z.input<typeof refusePreRegistrationSchema>;

/** The token of the professional's emailed link (abandon, or resume a saved draft). */
export const linkTokenSchema = z.string().min(20, 'Lien invalide.').max(200, 'Lien invalide.');
export const abandonSchema = z.object({ token: linkTokenSchema });

// ───── Updates of an existing record ─────

export const RPPS_NUMBER_FORMAT = /^\d{11}$/;
export const rppsNumberSchema = z.string({ error: 'Élément introuvable.' }).regex(RPPS_NUMBER_FORMAT, 'Élément introuvable.');

export const changeContactSchema = refineContact(z.object({ rppsNumber: rppsNumberSchema, ...contactShape }));
export type ChangeContactInput = z.input<typeof changeContactSchema>;

export const changePracticeNameSchema = z.object({ rppsNumber: rppsNumberSchema, ...practiceNameShape });
export type ChangePracticeNameInput = z.input<typeof changePracticeNameSchema>;

// ───── The professional's own record (« Mon enregistrement RPPS », docs/decisions/042) ─────
// No RPPS number in these forms: the record is the one Pro Santé Connect certified for the session.

export const ownContactSchema = contactSchema;
export type OwnContactInput = z.input<typeof ownContactSchema>;

export const practiceNamesSchema = z.object(practiceNameShape);
export type PracticeNamesInput = z.input<typeof practiceNamesSchema>;
export type PracticeNames = z.output<typeof practiceNamesSchema>;

/** The guide's own message: closing a situation needs its end date, and nothing else changes. */
export const END_DATE_REQUIRED = 'La date de fin de fonction est obligatoire';

export const closeSituationSchema = z.object({
  rppsNumber: rppsNumberSchema,
  situationId: requestIdSchema,
  endDate: z.string({ error: END_DATE_REQUIRED }).min(1, END_DATE_REQUIRED).refine(isIsoDay, 'Date invalide.'),
});
export type CloseSituationInput = z.input<typeof closeSituationSchema>;

/** A new situation of a registered person: the practice names are the record's, not asked again. */
const { practiceLastName: _practiceLastName, practiceFirstName: _practiceFirstName, ...newSituationShape } = situationShape;
export const addSituationSchema = refineSituation(z.object({ rppsNumber: rppsNumberSchema, ...newSituationShape }));
export type AddSituationInput = z.input<typeof addSituationSchema>;

// ───── Searches (query strings) ─────

const queryText = z.string().trim().max(100).optional().catch(undefined);
/** A repeated query parameter (`?statut=A&statut=B`), keeping only known values. */
const many = <T extends string>(values: readonly T[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined)
    .transform((value) =>
      (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((item): item is T => (values as readonly string[]).includes(item)),
    );

export const requestListQuerySchema = z.object({
  nom: queryText,
  etablissement: queryText,
  statut: many(RPPS_STATUSES),
  procedure: many(RPPS_PROCEDURES),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type RequestListQuery = z.output<typeof requestListQuerySchema>;

export const recordSearchQuerySchema = z.object({ rpps: queryText, nom: queryText, prenom: queryText });
export type RecordSearchQuery = z.output<typeof recordSearchQuerySchema>;
