/** @jest-environment node */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { registerProfessional, type SignUpFiles } from '@/lib/professionals/sign-up/register-professional';
import { createLocalDiskStore } from '@/lib/storage';
import type { FileStore } from '@/lib/storage/file-store';
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from '@/lib/storage/upload-rules';
import { professionalSignUpSchema, type ProfessionalSignUpInput } from '@/lib/validation/professional';
import { createUser, ensureReferenceData } from '../factories';
import { filesUnder, fixture, signUpForm, traces } from './signup-helpers';

// registerProfessional against the real PostgreSQL and a local-disk store in a temporary directory.

let dir: string;
let store: FileStore;

beforeAll(async () => {
  await ensureReferenceData();
  dir = await mkdtemp(path.join(os.tmpdir(), 'signup-register-'));
  store = createLocalDiskStore(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function register(form: ProfessionalSignUpInput, files: SignUpFiles = {}) {
  return registerProfessional(professionalSignUpSchema.parse(form), files, { store });
}

describe('registerProfessional (SPEC §5.1)', () => {
  it('creates the account, record, periods, documents, audit row and the two emails together', async () => {
    const form = signUpForm();
    const before = (await filesUnder(dir)).length;
    const result = await register(form, { identityDocument: await fixture('sample.pdf'), diploma: await fixture('sample.png') });
    expect(result).toMatchObject({ ok: true, outcome: 'registered' });

    const user = await prisma.user.findUniqueOrThrow({ where: { email: form.email }, include: { professional: { include: { periods: { orderBy: { startDate: 'asc' } }, documents: true } } } });
    expect(user).toMatchObject({ role: 'PROFESSIONAL', status: 'ACTIVE', passwordHash: null, firstName: 'Camille', lastName: 'Durand' });
    const professional = user.professional!;
    expect(professional).toMatchObject({
      phone: '0612345678',
      postalCode: '31000',
      city: 'Toulouse',
      departmentCode: '31',
      // The region chosen in the form, not the postal code's: it routes the candidacy.
      regionCode: '11',
      professionCode: 'DOCTOR',
      speciality: 'EMERGENCY_MEDICINE',
      identifierType: 'RPPS',
      identifierNumber: '10001234567',
      employer: 'CHU de Toulouse',
      hasVehicle: true,
      icuExperience: true,
      ehpadExperience: false,
      availableWeekdays: true,
      availableWeekends: false,
      mobilisation: 'NATIONAL',
      comment: 'Disponible en soirée.',
      available: true,
    });
    expect(professional.longitude).toBeCloseTo(1.44, 0);
    expect(professional.latitude).toBeCloseTo(43.6, 0);
    expect(professional.termsAcceptedAt).toBeInstanceOf(Date);
    expect(professional.dataConsentAt).toBeInstanceOf(Date);
    expect(professional.periods.map((p) => [p.startDate.toISOString().slice(0, 10), p.endDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      ['2026-03-01', null],
      ['2026-06-01', '2026-06-30'],
    ]);
    expect(professional.documents.map((d) => [d.kind, d.mimeType]).sort()).toEqual([
      ['DIPLOMA', 'image/png'],
      ['IDENTITY', 'application/pdf'],
    ]);
    expect((await filesUnder(dir)).length).toBeGreaterThan(before);

    const emails = await prisma.emailOutbox.findMany({ where: { to: form.email }, orderBy: { createdAt: 'asc' } });
    expect(emails.map((e) => e.template).sort()).toEqual(['account-activation', 'volunteer-registered']);
    expect(emails.find((e) => e.template === 'volunteer-registered')!.subject).toBe('Votre inscription comme renfort est enregistrée');
    const activation = emails.find((e) => e.template === 'account-activation')!;
    expect(activation.html).toContain('http://localhost:3999/mot-de-passe/nouveau?token=');
    const token = await prisma.oneTimeToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(token.purpose).toBe('ACTIVATION');
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeCloseTo(72 * 3600 * 1000, -4);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: professional.id, action: 'professional.sign-up' } });
    expect(audit.actorId).toBe(user.id);
  });

  it('stores no speciality for a profession without specialities, and no number with « Aucun »', async () => {
    const form = signUpForm({ professionCode: 'NURSE', speciality: 'CARDIOLOGY', identifierType: 'NONE', identifierNumber: '123' });
    expect(await register(form)).toMatchObject({ ok: true, outcome: 'registered' });
    const professional = await prisma.professional.findFirstOrThrow({ where: { user: { email: form.email } } });
    expect(professional).toMatchObject({ speciality: null, identifierType: 'NONE', identifierNumber: null });
  });

  it('takes the department of the town typed when the postal code spans two (48250 Laveyrune → Ardèche)', async () => {
    const form = signUpForm({ postalCode: '48250', city: 'Laveyrune' });
    expect(await register(form)).toMatchObject({ ok: true, outcome: 'registered' });
    expect(await prisma.professional.findFirstOrThrow({ where: { user: { email: form.email } } })).toMatchObject({ postalCode: '48250', city: 'Laveyrune', departmentCode: '07' });
  });

  it('refuses a CEDEX postal code: a home is never CEDEX', async () => {
    const form = signUpForm({ postalCode: '31059', city: 'Toulouse' });
    expect(await register(form)).toEqual({ ok: false, fieldErrors: { postalCode: 'Code postal inconnu.' } });
    expect(await traces(form.email)).toMatchObject({ users: 0, professionals: 0 });
  });

  it('refuses an unknown postal code on its field and creates nothing', async () => {
    const form = signUpForm({ postalCode: '00000' });
    expect(await register(form)).toEqual({ ok: false, fieldErrors: { postalCode: 'Code postal inconnu.' } });
    expect(await traces(form.email)).toEqual({ users: 0, professionals: 0, periods: 0, documents: 0, tokens: 0, emails: [] });
  });

  it.each([
    ['an HTML page renamed .pdf', 'page-html-renamed.pdf', UPLOAD_MESSAGES.refused],
    ['an executable renamed .png', 'pe-renamed.png', UPLOAD_MESSAGES.refused],
  ])('refuses %s: no user, no record, no email, no file on disk', async (_label, name, message) => {
    const form = signUpForm();
    const filesBefore = await filesUnder(dir);
    const result = await register(form, { identityDocument: await fixture('sample.pdf'), diploma: await fixture(name) });
    expect(result).toEqual({ ok: false, fieldErrors: { diploma: message } });
    expect(await traces(form.email)).toEqual({ users: 0, professionals: 0, periods: 0, documents: 0, tokens: 0, emails: [] });
    expect(await filesUnder(dir)).toEqual(filesBefore);
  });

  it('refuses a file over 5 MB on its field, with the other errors of the same request', async () => {
    const form = signUpForm({ postalCode: '99999' });
    const big = { bytes: new Uint8Array(MAX_UPLOAD_BYTES + 1), name: 'scan.pdf' };
    const result = await register(form, { identityDocument: big });
    expect(result).toEqual({ ok: false, fieldErrors: { postalCode: 'Code postal inconnu.', identityDocument: 'Le fichier dépasse 5 Mo.' } });
    expect((await traces(form.email)).users).toBe(0);
  });

  it('rolls everything back, bytes included, when a write fails half-way', async () => {
    const form = signUpForm();
    const filesBefore = await filesUnder(dir);
    // The first document's bytes are written, then the second put fails: nothing may remain.
    let puts = 0;
    const failing: FileStore = {
      ...store,
      put: async (key, bytes, type) => {
        puts += 1;
        if (puts === 2) throw new Error('storage unavailable');
        await store.put(key, bytes, type);
      },
    };
    await expect(
      registerProfessional(professionalSignUpSchema.parse(form), { identityDocument: await fixture('sample.pdf'), diploma: await fixture('sample.jpg') }, { store: failing }),
    ).rejects.toThrow('storage unavailable');
    expect(await traces(form.email)).toEqual({ users: 0, professionals: 0, periods: 0, documents: 0, tokens: 0, emails: [] });
    expect(await filesUnder(dir)).toEqual(filesBefore);
  });
});

describe('an email already in use (SPEC §2)', () => {
  it('creates nothing and tells the owner, with absolute links to sign in and reset', async () => {
    const owner = await createUser('ESTABLISHMENT');
    const filesBefore = await filesUnder(dir);
    const result = await register(signUpForm({ email: owner.email }), { identityDocument: await fixture('sample.pdf') });
    expect(result).toEqual({ ok: true, outcome: 'email-in-use' });

    expect(await prisma.user.count({ where: { email: owner.email } })).toBe(1);
    expect(await prisma.professional.count({ where: { userId: owner.id } })).toBe(0);
    expect(await filesUnder(dir)).toEqual(filesBefore);
    const emails = await prisma.emailOutbox.findMany({ where: { to: owner.email } });
    expect(emails.map((e) => e.template)).toEqual(['account-already-exists']);
    expect(emails[0]!.subject).toBe('Vous avez déjà un compte Renfort RH Crise');
    expect(emails[0]!.html).toContain('href="http://localhost:3999/connexion"');
    expect(emails[0]!.html).toContain('href="http://localhost:3999/mot-de-passe/oubli"');
  });

  it('matches whatever the case and surrounding spaces of the typed address', async () => {
    const first = signUpForm();
    expect(await register(first)).toMatchObject({ outcome: 'registered' });
    const again = await register(signUpForm({ email: `  ${first.email.toUpperCase()} ` }));
    expect(again).toEqual({ ok: true, outcome: 'email-in-use' });
    expect(await traces(first.email)).toMatchObject({ users: 1, professionals: 1, emails: ['volunteer-registered', 'account-activation', 'account-already-exists'] });
  });

  it('creates one account when two sign-ups with one new address arrive together', async () => {
    const form = signUpForm();
    const results = await Promise.all([register(form), register({ ...form, email: form.email.toUpperCase() }), register(form)]);
    expect(results.map((r) => (r.ok ? r.outcome : 'failed')).sort()).toEqual(['email-in-use', 'email-in-use', 'registered']);
    const left = await traces(form.email);
    expect(left).toMatchObject({ users: 1, professionals: 1, periods: 2, tokens: 1 });
    expect(left.emails.sort()).toEqual(['account-activation', 'account-already-exists', 'account-already-exists', 'volunteer-registered']);
  });
});
