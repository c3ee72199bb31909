/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { POST } from '@/app/(public)/inscription/professionnel/envoi/route';
import { signUpGate } from '@/lib/professionals/sign-up/sign-up-gate';
import { SIGN_UP_MESSAGES, SIGN_UP_PARTS } from '@/lib/professionals/sign-up/sign-up-transport';
import type { ProfessionalSignUpInput } from '@/lib/validation/professional';
import { filesUnder, fixture, signUpForm, signUpRouteEnvironment, traces } from './signup-helpers';

// A surge beyond what one server writes at once (docs/decisions/036-sign-up-surge-and-scale-out.md): the
// sign-ups being written fill the gate's places and its line, and the next one is told « réessayez dans
// un instant » with a 503 — nothing written, neither rows nor bytes — then goes through once there is room.

const uploadsDir = signUpRouteEnvironment('signup-overload-');

async function post(form: ProfessionalSignUpInput) {
  const body = new FormData();
  body.append(SIGN_UP_PARTS.fields, JSON.stringify(form));
  const file = await fixture('sample.pdf');
  body.append(SIGN_UP_PARTS.identityDocument, new File([Buffer.from(file.bytes)], file.name));
  const response = await POST(
    new Request('http://localhost/inscription/professionnel/envoi', { method: 'POST', body, headers: { 'x-forwarded-for': `198.51.100.${randomUUID()}` } }),
  );
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as unknown };
}

it('answers 503 « réessayez dans un instant » and writes nothing when the server is full, then accepts once there is room', async () => {
  const gate = signUpGate();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Sign-ups still being written: every place taken, and the whole line waiting.
  const occupants: Promise<unknown>[] = [];
  while (gate.load.queued < gate.limits.maxQueued) {
    occupants.push(gate.run(() => held).catch(() => undefined));
    await Promise.resolve();
  }
  expect(gate.load.active).toBe(gate.limits.maxActive);

  const form = signUpForm();
  const filesBefore = await filesUnder(uploadsDir());
  try {
    const refused = await post(form);
    expect(refused).toEqual({ status: 503, retryAfter: '5', body: { ok: false, formError: SIGN_UP_MESSAGES.busy } });
    expect(SIGN_UP_MESSAGES.busy).toContain('réessayez dans un instant');
    expect(await traces(form.email)).toEqual({ users: 0, professionals: 0, periods: 0, documents: 0, tokens: 0, emails: [] });
    expect(await filesUnder(uploadsDir())).toEqual(filesBefore);
  } finally {
    release();
    await Promise.all(occupants);
  }

  const accepted = await post(form);
  expect(accepted).toEqual({ status: 200, retryAfter: null, body: { ok: true, data: null } });
  const left = await traces(form.email);
  expect(left).toMatchObject({ users: 1, professionals: 1, documents: 1 });
  expect(left.emails.sort()).toEqual(['account-activation', 'volunteer-registered']);
});
