/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { POST } from '@/app/(public)/inscription/professionnel/envoi/route';
import { SIGN_UPS_PER_IP, resetCounter } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/db';
import { SIGN_UP_MESSAGES, SIGN_UP_PARTS } from '@/lib/professionals/sign-up/sign-up-transport';
import { UPLOAD_MESSAGES } from '@/lib/storage/upload-rules';
import type { ProfessionalSignUpInput } from '@/lib/validation/professional';
import { createUser } from '../factories';
import { filesUnder, fixture, signUpForm, signUpRouteEnvironment, traces } from './signup-helpers';

// The route handler end to end: a real Request carrying multipart FormData, the real database, and the
// local-disk store of UPLOADS_DIR (pointed at a temporary directory). Each test has its own client IP,
// so that the per-IP rate limit (on in tests) only bites where a test wants it to: the route runs as
// behind one proxy of ours, which writes the client's address last in X-Forwarded-For.

const uploadsDir = signUpRouteEnvironment('signup-route-');

const newIp = () => `203.0.113.${randomUUID()}`;

async function post(fields: ProfessionalSignUpInput | string, files: Partial<Record<'identityDocument' | 'diploma', string>> = {}, ip = newIp()) {
  const body = new FormData();
  body.append(SIGN_UP_PARTS.fields, typeof fields === 'string' ? fields : JSON.stringify(fields));
  for (const [part, name] of Object.entries(files)) {
    const file = await fixture(name);
    body.append(part, new File([Buffer.from(file.bytes)], name));
  }
  const response = await POST(new Request('http://localhost/inscription/professionnel/envoi', { method: 'POST', body, headers: { 'x-forwarded-for': ip } }));
  return { status: response.status, body: (await response.json()) as unknown, cache: response.headers.get('cache-control') };
}

describe('POST /inscription/professionnel/envoi', () => {
  it('registers a volunteer with both documents and answers ok', async () => {
    const form = signUpForm();
    const response = await post(form, { identityDocument: 'sample.jpg', diploma: 'sample.docx' });
    expect(response).toEqual({ status: 200, body: { ok: true, data: null }, cache: 'no-store' });
    const left = await traces(form.email);
    expect(left).toMatchObject({ users: 1, professionals: 1, periods: 2, documents: 2, tokens: 1 });
    expect(left.emails.sort()).toEqual(['account-activation', 'volunteer-registered']);
  });

  it('gives exactly the same answer for an address that already has an account, and creates nothing', async () => {
    const owner = await createUser('PROFESSIONAL');
    const filesBefore = await filesUnder(uploadsDir());
    const response = await post(signUpForm({ email: owner.email.toUpperCase() }), { identityDocument: 'sample.pdf' });
    expect(response).toEqual({ status: 200, body: { ok: true, data: null }, cache: 'no-store' });
    expect(await traces(owner.email)).toMatchObject({ users: 1, professionals: 0, documents: 0, emails: ['account-already-exists'] });
    expect(await filesUnder(uploadsDir())).toEqual(filesBefore);
  });

  it('answers 200 with French field errors from the shared schema, never a stack trace', async () => {
    const response = await post(signUpForm({ identifierType: 'ADELI', identifierNumber: '12345', availableWeekdays: false, termsAccepted: false as true }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      ok: false,
      fieldErrors: {
        identifierNumber: 'Le numéro ADELI doit comporter 9 chiffres.',
        availableWeekends: 'Cochez « Disponible en semaine », « Disponible le week-end » ou les deux.',
        termsAccepted: "Vous devez accepter les conditions d'utilisation.",
      },
    });
  });

  it('puts a refused file on its field and keeps nothing of the request', async () => {
    const form = signUpForm();
    const filesBefore = await filesUnder(uploadsDir());
    const response = await post(form, { identityDocument: 'sample.png', diploma: 'page-html-renamed.pdf' });
    expect(response.body).toEqual({ ok: false, fieldErrors: { diploma: UPLOAD_MESSAGES.refused } });
    expect(await traces(form.email)).toEqual({ users: 0, professionals: 0, periods: 0, documents: 0, tokens: 0, emails: [] });
    expect(await filesUnder(uploadsDir())).toEqual(filesBefore);
  });

  it('puts an unknown postal code on its field', async () => {
    const response = await post(signUpForm({ postalCode: '00001' }));
    expect(response.body).toEqual({ ok: false, fieldErrors: { postalCode: 'Code postal inconnu.' } });
  });

  it('refuses a malformed request with a form error', async () => {
    expect((await post('{not json')).body).toEqual({ ok: false, formError: SIGN_UP_MESSAGES.malformed });
    const response = await POST(new Request('http://localhost/inscription/professionnel/envoi', { method: 'POST', body: 'x', headers: { 'x-forwarded-for': newIp() } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, formError: SIGN_UP_MESSAGES.malformed });
  });

  it('refuses a body declared larger than two documents without reading it', async () => {
    const response = await POST(
      new Request('http://localhost/inscription/professionnel/envoi', { method: 'POST', body: 'x', headers: { 'x-forwarded-for': newIp(), 'content-length': String(50 * 1024 * 1024) } }),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, formError: SIGN_UP_MESSAGES.tooLarge });
  });

  it('cuts off a body larger than two documents while reading it, whatever its headers say', async () => {
    let chunks = 13;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (chunks-- === 0) return controller.close();
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const request = new Request('http://localhost/inscription/professionnel/envoi', {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'x-forwarded-for': newIp(), 'content-type': 'multipart/form-data; boundary=x' },
    } as RequestInit);
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, formError: SIGN_UP_MESSAGES.tooLarge });
  });

  it(`limits sign-ups to ${SIGN_UPS_PER_IP.limit} an hour per IP`, async () => {
    const ip = newIp();
    try {
      await prisma.rateLimitCounter.create({ data: { key: `${SIGN_UPS_PER_IP.name}:${ip}`, windowStart: new Date(), count: SIGN_UPS_PER_IP.limit } });
      const form = signUpForm();
      const response = await post(form, {}, ip);
      expect(response).toMatchObject({ status: 429, body: { ok: false, formError: SIGN_UP_MESSAGES.rateLimited } });
      expect((await traces(form.email)).users).toBe(0);
    } finally {
      await resetCounter(SIGN_UPS_PER_IP, ip);
    }
  });
});
