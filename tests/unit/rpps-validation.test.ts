import { searchCommunes, findCommune } from '@/lib/rpps/communes';
import { parisToday, shiftYears } from '@/lib/dates/days';
import { foldName } from '@/lib/rpps/shared/fold';
import { checkPhone, formatStoredPhone, phoneCountryOptions, splitStoredPhone } from '@/lib/rpps/shared/phone-codes';
import { countryOptions } from '@/lib/rpps/shared/countries';
import {
  civilStatusSchema,
  closeSituationSchema,
  COMMUNE_FROM_LIST,
  contactSchema,
  END_BEFORE_START,
  END_DATE_REQUIRED,
  legalSchema,
  POSTAL_CODE_REFUSED,
  requestListQuerySchema,
  situationSchema,
  START_DATE_TOO_FAR,
} from '@/lib/validation/rpps';

// The rules of the RPPS+ forms (SPEC §8): each shared by the client form and its server action.

/** The first message per field, as the form and the action show them. */
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
  const first: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) first[issue.path.join('.')] ??= issue.message;
  return first;
};

const civil = {
  civility: 'MRS',
  sex: 'FEMALE',
  birthLastName: 'Dupont',
  firstNames: 'Nathalie Marie',
  birthDate: '1999-05-05',
  birthCountry: 'FR',
  birthCommuneName: 'Marseille 3e Arrondissement',
  birthCommuneCode: '13203',
};

describe('État civil', () => {
  it('accepts a complete civil status with a commune chosen from the list', () => {
    expect(civilStatusSchema.safeParse(civil).success).toBe(true);
  });

  it.each(['13003', '13', '75 001'])('refuses the postal code %p with the guide’s explanation', (typed) => {
    expect(issues(civilStatusSchema.safeParse({ ...civil, birthCommuneName: typed, birthCommuneCode: '' }))).toEqual({ birthCommuneName: POSTAL_CODE_REFUSED });
  });

  it('requires a commune of the list for a birth in France, and takes any name abroad', () => {
    expect(issues(civilStatusSchema.safeParse({ ...civil, birthCommuneCode: '' }))).toEqual({ birthCommuneName: COMMUNE_FROM_LIST });
    expect(civilStatusSchema.safeParse({ ...civil, birthCountry: 'DZ', birthCommuneName: 'Oran', birthCommuneCode: '' }).success).toBe(true);
  });

  it('checks the birth date and the names, and shows every message at once', () => {
    const result = issues(civilStatusSchema.safeParse({ ...civil, civility: undefined, birthLastName: 'Dupont2', birthDate: shiftYears(parisToday(), -10) }));
    expect(result).toEqual({
      civility: 'Choisissez la civilité.',
      birthLastName: "Le nom de naissance ne peut contenir que des lettres, des espaces, des traits d'union et des apostrophes.",
      birthDate: 'Vérifiez la date de naissance : le professionnel aurait moins de 14 ans.',
    });
    expect(issues(civilStatusSchema.safeParse({ ...civil, birthDate: '2023-02-30' }))).toEqual({ birthDate: 'Date invalide.' });
    expect(civilStatusSchema.safeParse({ ...civil, birthLastName: "N'Diaye-Lefèvre", usageLastName: 'Øster' }).success).toBe(true);
  });
});

describe('Données de contact', () => {
  it('requires an email, lower-cases it, and checks the mobile number for its country code', () => {
    expect(contactSchema.parse({ email: 'Nathalie.Dupont@Exemple.FR', mobilePhoneCountry: 'FR', mobilePhone: '07 30 49 49 59' }).email).toBe(
      'nathalie.dupont@exemple.fr',
    );
    expect(issues(contactSchema.safeParse({ email: '', mobilePhoneCountry: 'FR', mobilePhone: '0730' }))).toEqual({
      email: 'Saisissez une adresse email.',
      mobilePhone: 'Le numéro comporte 10 chiffres (ou 9 sans le 0 initial).',
    });
    expect(contactSchema.safeParse({ email: 'a@b.fr', mobilePhoneCountry: 'YT', mobilePhone: '0639 12 34 56' }).success).toBe(true);
    expect(contactSchema.safeParse({ email: 'a@b.fr', mobilePhoneCountry: 'PF', mobilePhone: '87 12 34 56' }).success).toBe(true);
    expect(issues(contactSchema.safeParse({ email: 'a@b.fr', mobilePhoneCountry: 'NC', mobilePhone: '0612345678' }))).toEqual({
      mobilePhone: "Le numéro comporte 6 chiffres, sans l'indicatif +687.",
    });
  });

  it('offers every overseas code first, France at the top', () => {
    const labels = phoneCountryOptions().map((option) => option.label);
    expect(labels.slice(0, 8)).toEqual([
      'France (+33)',
      'Guadeloupe (+590)',
      'Saint-Barthélemy (+590)',
      'Saint-Martin (+590)',
      'Guyane française (+594)',
      'Martinique (+596)',
      'La Réunion (+262)',
      'Mayotte (+262)',
    ]);
    expect(labels).toEqual(
      expect.arrayContaining(['Saint-Pierre-et-Miquelon (+508)', 'Nouvelle-Calédonie (+687)', 'Polynésie française (+689)', 'Belgique (+32)']),
    );
  });

  it('stores E.164 and shows it like the guide, without guessing a shared code’s territory', () => {
    expect(checkPhone('FR', '07 30 49 49 59')).toEqual({ ok: true, e164: '+33730494959', national: '730494959' });
    expect(formatStoredPhone('+33730494959')).toBe('France (+33) 730494959');
    expect(formatStoredPhone('+262639123456')).toBe('(+262) 639123456');
    expect(splitStoredPhone('+596696123456')).toEqual({ country: 'MQ', national: '696123456' });
  });

  it('checks the overseas collectivities against their own plans: 6 digits for +508, +681, +687, 8 for +689', () => {
    expect(checkPhone('PM', '55 12 34')).toEqual({ ok: true, e164: '+508551234', national: '551234' });
    expect(checkPhone('WF', '82.12.34')).toEqual({ ok: true, e164: '+681821234', national: '821234' });
    expect(checkPhone('NC', '78 12 34')).toEqual({ ok: true, e164: '+687781234', national: '781234' });
    expect(checkPhone('PF', '87 12 34 56')).toEqual({ ok: true, e164: '+68987123456', national: '87123456' });
    expect(checkPhone('NC', '78 12 34 5')).toEqual({ ok: false, message: "Le numéro comporte 6 chiffres, sans l'indicatif +687." });
    expect(checkPhone('PM', '06 12 34 56 78')).toEqual({ ok: false, message: "Le numéro comporte 6 chiffres, sans l'indicatif +508." });
    expect(checkPhone('WF', '721234 5')).toEqual({ ok: false, message: "Le numéro comporte 6 chiffres, sans l'indicatif +681." });
    expect(checkPhone('PF', '40 12 34')).toEqual({ ok: false, message: "Le numéro comporte 8 chiffres, sans l'indicatif +689." });
    // The overseas departments, Saint-Barthélemy and Saint-Martin keep the French plan.
    for (const country of ['GP', 'BL', 'MF', 'GF', 'MQ', 'RE', 'YT']) expect(checkPhone(country, '0690 12 34 56')).toMatchObject({ ok: true, national: '690123456' });
    expect(checkPhone('RE', '0692 12 34')).toEqual({ ok: false, message: 'Le numéro comporte 10 chiffres (ou 9 sans le 0 initial).' });
    expect(formatStoredPhone('+68987123456')).toBe('Polynésie française (+689) 87123456');
    expect(splitStoredPhone('+687781234')).toEqual({ country: 'NC', national: '781234' });
  });

  it('lists the countries of birth with France first', () => {
    const countries = countryOptions();
    expect(countries[0]).toEqual({ value: 'FR', label: 'France' });
    expect(countries.map((country) => country.value)).not.toEqual(expect.arrayContaining(['GP', 'RE']));
  });
});

describe("Situation d'exercice", () => {
  const situation = {
    practiceLastName: 'Dupont',
    practiceFirstName: 'Nathalie',
    establishmentId: '6f1c6e0e-6f4d-4a57-9a55-2b2b7f9a0c11',
    professionCode: 'SPECIALISED_EDUCATOR',
    role: 'COORDINATION',
    practiceMode: '',
    startDate: '2022-05-02',
  };

  it('accepts an open situation, and a mode left empty', () => {
    expect(situationSchema.parse(situation).practiceMode).toBeNull();
  });

  it('wants the end on or after the start, and a start within a year from today', () => {
    expect(issues(situationSchema.safeParse({ ...situation, endDate: '2022-05-01' }))).toEqual({ endDate: END_BEFORE_START });
    expect(issues(situationSchema.safeParse({ ...situation, startDate: shiftYears(parisToday(), 2) }))).toEqual({ startDate: START_DATE_TOO_FAR });
    expect(situationSchema.safeParse({ ...situation, endDate: '2022-05-02' }).success).toBe(true);
  });

  it('refuses a profession or a role that is not in the lists', () => {
    expect(issues(situationSchema.safeParse({ ...situation, professionCode: 'PILOT', role: 'BOSS' }))).toEqual({
      professionCode: 'Choisissez la profession.',
      role: 'Choisissez le rôle.',
    });
  });

  it('needs the end date to close a situation, with the guide’s message', () => {
    expect(issues(closeSituationSchema.safeParse({ rppsNumber: '80000000010', situationId: situation.establishmentId, endDate: '' }))).toEqual({
      endDate: END_DATE_REQUIRED,
    });
  });
});

describe('Informations légales', () => {
  it('needs both ticks', () => {
    expect(Object.keys(issues(legalSchema.safeParse({ termsAccepted: true, meetingConfirmed: false })))).toEqual(['meetingConfirmed']);
    expect(legalSchema.safeParse({ termsAccepted: true, meetingConfirmed: true }).success).toBe(true);
  });
});

describe('the requests list query', () => {
  it('keeps known statuses and procedures only, and a sane page', () => {
    expect(requestListQuerySchema.parse({ statut: ['SENT_TO_RPPS', 'DROP TABLE'], procedure: 'CLOSE_SITUATION', page: '-3' })).toEqual({
      statut: ['SENT_TO_RPPS'],
      procedure: ['CLOSE_SITUATION'],
      page: 1,
    });
  });
});

describe('the commune index', () => {
  it('finds communes by the beginning of their name or of a word, accents and hyphens aside', () => {
    expect(foldName("L'Île-d'Yeu")).toBe('l ile d yeu');
    const marseille = searchCommunes('marseille');
    expect(marseille[0]).toMatchObject({ code: '13055', name: 'Marseille', departmentCode: '13' });
    expect(marseille.map((commune) => commune.code)).toContain('13203');
    expect(searchCommunes('saint etienne').map((commune) => commune.name)).toContain('Saint-Étienne');
    expect(searchCommunes('denis').map((commune) => commune.name)).toContain('Saint-Denis');
    expect(searchCommunes('m')).toEqual([]);
  });

  it('knows overseas communes and answers undefined for a postal code', () => {
    expect(findCommune('97411')).toMatchObject({ name: 'Saint-Denis', departmentCode: '974' });
    expect(findCommune('75001')).toBeUndefined();
    expect(findCommune('75101')).toMatchObject({ name: 'Paris 1er Arrondissement' });
  });
});
