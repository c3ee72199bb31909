/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { POST } from '@/app/(public)/inscription/professionnel/envoi/route';
import { prisma } from '@/lib/db';
import type { CertifiedIdentity } from '@/lib/federation/claims';
import { INTENT_VALIDITY_MS } from '@/lib/federation/intents';
import { federatedSignIn } from '@/lib/federation/sign-in';
import { UNVERIFIED_SIGN_UP_NOTICE } from '@/lib/federation/sign-up';
import { isRppsVerified } from '@/lib/professionals/own';
import { SIGN_UP_PARTS } from '@/lib/professionals/sign-up/sign-up-transport';
import type { ProfessionalSignUpInput } from '@/lib/validation/professional';
import { uniqueEmail } from '../factories';
import { fixture, signUpForm, signUpRouteEnvironment, traces } from './signup-helpers';

// The sign-up Pro Santé Connect opened, sent to the real route handler with both documents, some time
// after PSC handed it over (docs/decisions/038). Within the step's life it is PSC-verified; past it, or
// with a step already spent, it is kept as an ordinary sign-up with a notice — never thrown away, never
// « RPPS vérifié » on PSC's word.

signUpRouteEnvironment('psc-sign-up-');

const MINUTE = 60 * 1000;
const context = { ip: '192.0.2.40' };
const newIp = () => `203.0.113.${randomUUID()}`;
const newRpps = () => `10${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;

function psc(): CertifiedIdentity {
  return {
    provider: 'PRO_SANTE_CONNECT',
    subject: `psc-${randomUUID()}`,
    firstName: 'Inès',
    lastName: 'Garnier',
    email: uniqueEmail('psc-inscription'),
    rppsNumber: newRpps(),
    professionCode: 'DOCTOR',
  };
}

/** The sign-up step PSC opened `ago` milliseconds before now, and its token. */
async function pscSignUpStep(identity: CertifiedIdentity, ago: number): Promise<string> {
  const outcome = await federatedSignIn(identity, context, new Date(Date.now() - ago));
  if (outcome.kind !== 'sign-up') throw new Error(`expected the sign-up step, got ${outcome.kind}`);
  return outcome.token;
}

/** What the pre-filled form sends: PSC's values in the read-only fields, the hidden token, the rest typed. */
function pscForm(identity: CertifiedIdentity, token: string, overrides: Partial<ProfessionalSignUpInput> = {}): ProfessionalSignUpInput {
  return signUpForm({
    email: identity.email!,
    firstName: identity.firstName,
    lastName: identity.lastName,
    identifierType: 'RPPS',
    identifierNumber: identity.rppsNumber!,
    professionCode: 'DOCTOR',
    federationToken: token,
    ...overrides,
  });
}

async function post(fields: ProfessionalSignUpInput) {
  const body = new FormData();
  body.append(SIGN_UP_PARTS.fields, JSON.stringify(fields));
  for (const [part, name] of [
    ['identityDocument', 'sample.pdf'],
    ['diploma', 'sample.jpg'],
  ] as const) {
    const file = await fixture(name);
    body.append(part, new File([Buffer.from(file.bytes)], name));
  }
  const response = await POST(new Request('http://localhost/inscription/professionnel/envoi', { method: 'POST', body, headers: { 'x-forwarded-for': newIp() } }));
  return { status: response.status, body: (await response.json()) as unknown };
}

async function account(email: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, include: { professional: true, federatedIdentities: true } });
  const verified = await isRppsVerified({ userId: user.id, identifierType: user.professional!.identifierType, identifierNumber: user.professional!.identifierNumber });
  return { user, verified, links: user.federatedIdentities.map((link) => link.subject) };
}

const linksOfSubject = (subject: string) => prisma.federatedIdentity.count({ where: { subject } });

describe('the sign-up Pro Santé Connect opened, sent late', () => {
  it('is PSC-verified when sent 20 minutes after PSC (past the old 15), and within the step’s life', async () => {
    expect(INTENT_VALIDITY_MS.SIGN_UP).toBeGreaterThanOrEqual(60 * MINUTE);
    const identity = psc();
    const token = await pscSignUpStep(identity, 20 * MINUTE);
    // Whatever the browser sends in the read-only fields, PSC's values are the ones saved.
    expect(await post(pscForm(identity, token, { lastName: 'Autre', identifierNumber: newRpps() }))).toEqual({ status: 200, body: { ok: true, data: null } });

    const { user, verified, links } = await account(identity.email!);
    expect(user).toMatchObject({ firstName: 'Inès', lastName: 'Garnier', professional: { identifierType: 'RPPS', identifierNumber: identity.rppsNumber } });
    expect(links).toEqual([identity.subject]);
    expect(verified).toBe(true);
    expect(await traces(identity.email!)).toMatchObject({ users: 1, documents: 2 });
    expect(await prisma.federationIntent.count({ where: { subject: identity.subject } })).toBe(0);
  });

  it('past the step’s life, keeps the sign-up and its documents as an ordinary one, unverified, with the notice', async () => {
    const identity = psc();
    const token = await pscSignUpStep(identity, INTENT_VALIDITY_MS.SIGN_UP + MINUTE);
    // The values now count as typed: the browser's, even where they differ from what PSC had certified.
    const response = await post(pscForm(identity, token, { lastName: 'Garnier-Roux' }));
    expect(response).toEqual({ status: 200, body: { ok: true, data: { notice: UNVERIFIED_SIGN_UP_NOTICE } } });

    const { user, verified, links } = await account(identity.email!);
    expect(user).toMatchObject({ firstName: 'Inès', lastName: 'Garnier-Roux', professional: { identifierType: 'RPPS', identifierNumber: identity.rppsNumber } });
    expect(links).toEqual([]);
    expect(verified).toBe(false);
    const left = await traces(identity.email!);
    expect(left).toMatchObject({ users: 1, professionals: 1, periods: 2, documents: 2, tokens: 1 });
    expect(left.emails.sort()).toEqual(['account-activation', 'volunteer-registered']);
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: 'identity.link' } })).toBe(0);

    // « Se connecter avec Pro Santé Connect » then links this account by its RPPS number: « RPPS vérifié ».
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'signed-in', userId: user.id });
    expect((await account(identity.email!)).verified).toBe(true);
  });

  it('never accepts a step as verified twice: sent again, it is an ordinary sign-up with the notice', async () => {
    const identity = psc();
    const token = await pscSignUpStep(identity, 30 * MINUTE);
    expect(await post(pscForm(identity, token))).toEqual({ status: 200, body: { ok: true, data: null } });
    const first = await account(identity.email!);
    expect(first.links).toEqual([identity.subject]);

    // The same token, from another browser with another address.
    const other = uniqueEmail('psc-rejeu');
    expect(await post(pscForm(identity, token, { email: other }))).toEqual({ status: 200, body: { ok: true, data: { notice: UNVERIFIED_SIGN_UP_NOTICE } } });
    const second = await account(other);
    expect(second.links).toEqual([]);
    // Our directory does not know the number, and PSC certified it for the first account only.
    expect(second.verified).toBe(false);
    expect(await linksOfSubject(identity.subject)).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityId: { in: [first.user.id, second.user.id] }, action: 'identity.link' } })).toBe(1);

    // Sent again from the same address (the answer was lost on the way): the same answer, nothing more.
    expect(await post(pscForm(identity, token))).toEqual({ status: 200, body: { ok: true, data: { notice: UNVERIFIED_SIGN_UP_NOTICE } } });
    const left = await traces(identity.email!);
    expect(left.users).toBe(1);
    expect(left.emails.sort()).toEqual(['account-activation', 'account-already-exists', 'volunteer-registered']);
  });

  it('when another request spends the step while this one is saving, links nothing twice and keeps this one as ordinary', async () => {
    const identity = psc();
    const token = await pscSignUpStep(identity, MINUTE);
    const intent = await prisma.federationIntent.findFirstOrThrow({ where: { subject: identity.subject } });

    // Another request spends the step (deletes its row) and has not committed yet: this sign-up still
    // reads the step as valid, writes its account, then waits on the row.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holderPid!: (pid: number) => void;
    const pid = new Promise<number>((resolve) => (holderPid = resolve));
    const spender = prisma.$transaction(
      async (tx) => {
        await tx.federationIntent.delete({ where: { id: intent.id } });
        const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        holderPid(row!.pid);
        await released;
      },
      { timeout: 25_000 },
    );
    const holder = await pid;
    const sent = post(pscForm(identity, token));
    await waitUntil(async () => {
      const [row] = await prisma.$queryRaw<{ waiting: number }[]>`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE ${holder}::int = ANY(pg_blocking_pids(pid))`;
      return row!.waiting > 0;
    });
    release();
    await spender;

    expect(await sent).toEqual({ status: 200, body: { ok: true, data: { notice: UNVERIFIED_SIGN_UP_NOTICE } } });
    const { links, verified } = await account(identity.email!);
    expect(links).toEqual([]);
    expect(verified).toBe(false);
    expect(await linksOfSubject(identity.subject)).toBe(0);
    expect(await traces(identity.email!)).toMatchObject({ users: 1, documents: 2 });
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the sign-up never waited on the spent step');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
