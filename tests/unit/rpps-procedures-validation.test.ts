import { preRegistrationSchema } from '@/lib/validation/rpps';
import {
  CIVIL_STATUS_LOCKED,
  cancelSituationSchema,
  correctPreRegistrationSchema,
  DRAFT_ESTABLISHMENT_REQUIRED,
  preRegistrationDraftSchema,
  sendPreRegistrationSchema,
} from '@/lib/validation/rpps-procedures';

// The schemas of decision 033's procedures, shared by their forms and their server actions.

const ID = '6f1c2a8e-4b7d-4c1e-9f3a-2d5e8b7c1a90';
const TOKEN = 'a'.repeat(43);
/** The first message per field, as the server actions answer (lib/actions/zod-errors.ts). */
function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) messages[issue.path.join('.')] ??= issue.message;
  return messages;
}

const correction = {
  requestId: ID,
  email: 'Nathalie.Dupont@Exemple.fr',
  mobilePhoneCountry: 'FR',
  mobilePhone: '07 30 49 49 59',
  practiceLastName: 'Dupont',
  practiceFirstName: 'Nathalie',
  establishmentId: ID,
  professionCode: 'SPECIALISED_EDUCATOR',
  practiceMode: '',
  startDate: '2022-05-02',
} as const;

describe('the correction of a pre-registration', () => {
  it('takes the contact and practice data, as the wizard checks them', () => {
    expect(correctPreRegistrationSchema.parse(correction)).toMatchObject({ email: 'nathalie.dupont@exemple.fr', practiceMode: null });
    expect(issues(correctPreRegistrationSchema.safeParse({ ...correction, mobilePhone: '12', practiceLastName: '', startDate: '' }))).toEqual({
      mobilePhone: expect.any(String),
      practiceLastName: "Le nom d'exercice est obligatoire.",
      startDate: 'La date de prise de fonction est obligatoire.',
    });
  });

  it('refuses every field of the état civil, whatever its value', () => {
    const sent = { ...correction, civility: 'MR', birthLastName: 'Autre', firstNames: '', birthDate: '1980-01-01', birthCommuneCode: '31555' };
    expect(issues(correctPreRegistrationSchema.safeParse(sent))).toEqual({
      civility: CIVIL_STATUS_LOCKED,
      birthLastName: CIVIL_STATUS_LOCKED,
      firstNames: CIVIL_STATUS_LOCKED,
      birthDate: CIVIL_STATUS_LOCKED,
      birthCommuneCode: CIVIL_STATUS_LOCKED,
    });
  });

  it('does not ask the role: the manager gives it when validating', () => {
    expect(correctPreRegistrationSchema.parse({ ...correction, role: 'CARE' })).not.toHaveProperty('role');
  });
});

describe('the professional’s draft', () => {
  it('needs only the email and the establishment, and keeps the rest as typed', () => {
    expect(preRegistrationDraftSchema.parse({ email: 'LEA@exemple.fr', establishmentId: ID, birthLastName: 'Du', sex: null, termsAccepted: false })).toEqual({
      email: 'lea@exemple.fr',
      establishmentId: ID,
      birthLastName: 'Du',
      sex: null,
      termsAccepted: false,
    });
    expect(issues(preRegistrationDraftSchema.safeParse({ birthLastName: 'Du' }))).toEqual({
      email: 'Saisissez une adresse email.',
      establishmentId: DRAFT_ESTABLISHMENT_REQUIRED,
    });
  });

  it('refuses values no form field would send', () => {
    expect(preRegistrationDraftSchema.safeParse({ email: 'lea@exemple.fr', establishmentId: ID, comment: 'x'.repeat(301) }).success).toBe(false);
    expect(preRegistrationDraftSchema.safeParse({ email: 'lea@exemple.fr', establishmentId: ID, nested: { a: 1 } }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`field${index}`, 'x']));
    expect(preRegistrationDraftSchema.safeParse({ email: 'lea@exemple.fr', establishmentId: ID, ...many }).success).toBe(false);
  });

  it('is sent with the whole form, and the token of its link when it was saved', () => {
    const form = {
      civility: 'MRS',
      sex: 'FEMALE',
      birthLastName: 'Dupont',
      firstNames: 'Léa',
      birthDate: '1999-05-05',
      birthCountry: 'FR',
      birthCommuneName: 'Marseille 3e Arrondissement',
      birthCommuneCode: '13203',
      email: 'lea@exemple.fr',
      mobilePhoneCountry: 'FR',
      practiceLastName: 'Dupont',
      practiceFirstName: 'Léa',
      establishmentId: ID,
      professionCode: 'SPECIALISED_EDUCATOR',
      startDate: '2022-05-02',
      termsAccepted: true,
    } as const;
    expect(preRegistrationSchema.safeParse(form).success).toBe(true);
    expect(sendPreRegistrationSchema.parse({ ...form, token: TOKEN })).toMatchObject({ token: TOKEN });
    expect(sendPreRegistrationSchema.parse(form).token).toBeUndefined();
    expect(issues(sendPreRegistrationSchema.safeParse({ ...form, token: 'court', birthLastName: '' }))).toEqual({
      token: 'Lien invalide.',
      birthLastName: 'Le nom de naissance est obligatoire.',
    });
  });
});

describe('the cancellation of a situation', () => {
  const cancellation = {
    rppsNumber: '81000000018',
    situationId: ID,
    reason: 'Saisie par erreur',
    email: 'lea@exemple.fr',
    mobilePhoneCountry: 'FR',
    mobilePhone: '',
  };

  it('needs the reason, within 500 characters, and checks the contact data it may change', () => {
    expect(cancelSituationSchema.parse(cancellation)).toMatchObject({ reason: 'Saisie par erreur' });
    expect(issues(cancelSituationSchema.safeParse({ ...cancellation, reason: '   ', email: 'pas-un-email' }))).toEqual({
      reason: "Indiquez le motif de l'annulation.",
      email: 'Adresse email invalide.',
    });
    expect(issues(cancelSituationSchema.safeParse({ ...cancellation, reason: 'x'.repeat(501) }))).toEqual({ reason: 'Le motif est limité à 500 caractères.' });
  });

  it('answers « Élément introuvable. » for a malformed number or situation', () => {
    expect(issues(cancelSituationSchema.safeParse({ ...cancellation, rppsNumber: '123', situationId: 'x' }))).toEqual({
      rppsNumber: 'Élément introuvable.',
      situationId: 'Élément introuvable.',
    });
  });
});
