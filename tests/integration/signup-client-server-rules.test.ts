/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, ResolverOptions } from 'react-hook-form';
import { POST } from '@/app/(public)/inscription/professionnel/envoi/route';
import { SIGN_UP_PARTS } from '@/lib/professionals/sign-up/sign-up-transport';
import { professionalSignUpSchema, type ProfessionalSignUpInput } from '@/lib/validation/professional';
import { signUpForm, signUpRouteEnvironment } from './signup-helpers';

// « One zod schema per form, shared by client and server » (docs/decisions/035): the sign-up form
// validates in the browser through react-hook-form's zod resolver, the route handler parses the same
// fields again. On a table of inputs, both must accept the same ones and refuse the others on the same
// field with the same French message — the message the table expects (SPEC §5.1).

signUpRouteEnvironment('signup-rules-');

type Outcome = 'accepted' | Record<string, string>;

/** What the form shows: react-hook-form's nested errors, flattened to `path: message`. */
function flatten(errors: FieldErrors, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const here = key === 'root' ? prefix.replace(/\.$/, '') : `${prefix}${key}`;
    if (typeof (value as { message?: unknown }).message === 'string' && 'type' in value) flat[here] = (value as { message: string }).message;
    else Object.assign(flat, flatten(value as FieldErrors, `${here}.`));
  }
  return flat;
}

async function inTheBrowser(values: ProfessionalSignUpInput): Promise<Outcome> {
  const resolver = zodResolver(professionalSignUpSchema);
  const options = { fields: {}, shouldUseNativeValidation: false } as unknown as ResolverOptions<ProfessionalSignUpInput>;
  const result = await resolver(values, undefined, options);
  const errors = flatten(result.errors as FieldErrors);
  return Object.keys(errors).length === 0 ? 'accepted' : errors;
}

async function onTheServer(values: ProfessionalSignUpInput): Promise<Outcome> {
  const body = new FormData();
  body.append(SIGN_UP_PARTS.fields, JSON.stringify(values));
  const request = new Request('http://localhost/inscription/professionnel/envoi', { method: 'POST', body, headers: { 'x-forwarded-for': `203.0.113.${randomUUID()}` } });
  const answer = (await (await POST(request)).json()) as { ok: boolean; fieldErrors?: Record<string, string>; formError?: string };
  if (answer.ok) return 'accepted';
  if (!answer.fieldErrors) throw new Error(`no field errors: ${answer.formError}`);
  return answer.fieldErrors;
}

const period = (startDate: string, endDate = '') => ({ startDate, endDate });
const RPPS_MESSAGE = 'Le numéro RPPS doit comporter 11 chiffres.';

const CASES: [string, Partial<ProfessionalSignUpInput>, Outcome][] = [
  ['a complete form', {}, 'accepted'],
  ['« Aucun » identifier with a number typed (dropped)', { identifierType: 'NONE', identifierNumber: 'abc' }, 'accepted'],
  ['an empty name', { lastName: '  ' }, { lastName: 'Le nom est obligatoire.' }],
  ['a name too long', { lastName: 'x'.repeat(101) }, { lastName: 'Nom trop long.' }],
  ['an empty first name', { firstName: '' }, { firstName: 'Le prénom est obligatoire.' }],
  ['no email', { email: '' }, { email: 'Saisissez une adresse email.' }],
  ['an email without @', { email: 'camille.durand' }, { email: 'Adresse email invalide.' }],
  ['an email too long', { email: `${'a'.repeat(250)}@b.fr` }, { email: 'Adresse email trop longue.' }],
  ['no phone', { phone: '' }, { phone: 'Le téléphone est obligatoire.' }],
  ['a short phone', { phone: '06 12 34' }, { phone: 'Numéro de téléphone invalide (10 chiffres, ou +indicatif).' }],
  ['a 4-digit postal code', { postalCode: '3100' }, { postalCode: 'Le code postal comporte 5 chiffres.' }],
  ['no city', { city: '' }, { city: 'La ville est obligatoire.' }],
  ['no region', { regionCode: '' as never }, { regionCode: 'Choisissez une région.' }],
  ['no profession', { professionCode: '' as never }, { professionCode: 'Choisissez une profession.' }],
  ['no activity type', { activityType: '' as never }, { activityType: "Choisissez un type d'activité." }],
  ['no mobilisation', { mobilisation: '' as never }, { mobilisation: 'Choisissez une mobilisation.' }],
  ['an RPPS number of 3 digits', { identifierType: 'RPPS', identifierNumber: '123' }, { identifierNumber: RPPS_MESSAGE }],
  ['neither week nor week-end', { availableWeekdays: false, availableWeekends: false }, { availableWeekends: 'Cochez « Disponible en semaine », « Disponible le week-end » ou les deux.' }],
  ['an employer too long', { employer: 'x'.repeat(151) }, { employer: 'Employeur trop long.' }],
  ['a comment too long', { comment: 'x'.repeat(256) }, { comment: 'Le commentaire est limité à 255 caractères.' }],
  ['no period', { periods: [] }, { periods: 'Indiquez au moins une période de disponibilité.' }],
  ['21 periods', { periods: Array.from({ length: 21 }, () => period('2026-03-01')) }, { periods: 'Vingt périodes au plus.' }],
  ['a period without start', { periods: [period('')] }, { 'periods.0.startDate': 'La date de début est obligatoire.' }],
  ['a start that is no date', { periods: [period('2026-13-45')] }, { 'periods.0.startDate': 'Date invalide.' }],
  ['an end before the start', { periods: [period('2026-06-10', '2026-06-01')] }, { 'periods.0.endDate': 'La date de fin doit être postérieure ou égale à la date de début.' }],
  ['terms not accepted', { termsAccepted: false as never }, { termsAccepted: "Vous devez accepter les conditions d'utilisation." }],
  ['data consent not given', { dataConsent: false as never }, { dataConsent: 'Vous devez accepter le traitement de vos données personnelles.' }],
  [
    'several mistakes at once, cross-field rules included',
    { lastName: '', phone: 'abc', identifierType: 'RPPS', identifierNumber: '12', availableWeekdays: false, availableWeekends: false },
    {
      lastName: 'Le nom est obligatoire.',
      phone: 'Numéro de téléphone invalide (10 chiffres, ou +indicatif).',
      identifierNumber: RPPS_MESSAGE,
      availableWeekends: 'Cochez « Disponible en semaine », « Disponible le week-end » ou les deux.',
    },
  ],
];

describe('the sign-up rules, in the browser and on the server', () => {
  it.each(CASES)('%s', async (_name, overrides, expected) => {
    const values = signUpForm(overrides);
    await expect(inTheBrowser(values)).resolves.toEqual(expected);
    await expect(onTheServer(values)).resolves.toEqual(expected);
  });
});
