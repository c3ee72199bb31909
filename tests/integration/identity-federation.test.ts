/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password-hash';
import type { CertifiedIdentity } from '@/lib/federation/claims';
import { federatedAccount, federatedSignIn } from '@/lib/federation/sign-in';
import { linkAfterPassword, linkingAccount } from '@/lib/federation/password-link';
import { certifiedSignUp, UNVERIFIED_SIGN_UP_NOTICE, withCertifiedValues } from '@/lib/federation/sign-up';
import { getLinkedIdentities, unlinkIdentity } from '@/lib/federation/linked-identities';
import { deleteExpiredIntents, INTENT_VALIDITY_MS } from '@/lib/federation/intents';
import { setPscRequirement } from '@/lib/federation/psc-requirement';
import { registerProfessional } from '@/lib/professionals/sign-up/register-professional';
import { professionalSignUpSchema } from '@/lib/validation/professional';
import { isRppsVerified } from '@/lib/professionals/own';
import { getActor } from '@/lib/auth/session';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import type { Role } from '@/lib/generated/prisma/enums';
import { savePscRequirementAction } from '@/app/(regulation)/_actions/settings';
import { actorFor, createEstablishment, createProfessional, createUser, ensureReferenceData, uniqueEmail } from '../factories';
import { signUpForm } from './signup-helpers';

// Sign-in through Pro Santé Connect and ProConnect (SPEC §16, docs/decisions/038), from the identity a
// provider certified to our accounts, against the real database. The OpenID Connect exchange itself
// (signature, audience, nonce, expiry, replayed code) is the end-to-end tests' (tests/e2e/identity-federation.spec.ts).

// The requirement's server action is called as the CCS's page calls it, with the session replaced (one
// file for everything that writes the national setting: jest runs files in parallel).
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

const PASSWORD = 'Correct-Cheval-2026!';
const context = { ip: '192.0.2.10' };
let passwordHash: string;

beforeAll(async () => {
  await ensureReferenceData();
  passwordHash = await hashPassword(PASSWORD);
});

const newRpps = () => `10${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;

function psc(overrides: Partial<CertifiedIdentity> = {}): CertifiedIdentity {
  return {
    provider: 'PRO_SANTE_CONNECT',
    subject: `psc-${randomUUID()}`,
    firstName: 'Nina',
    lastName: 'Morel',
    email: null,
    rppsNumber: newRpps(),
    professionCode: 'NURSE',
    ...overrides,
  };
}

function proConnect(email: string, overrides: Partial<CertifiedIdentity> = {}): CertifiedIdentity {
  return { provider: 'PROCONNECT', subject: `pc-${randomUUID()}`, firstName: 'Hélène', lastName: 'Marty', email, rppsNumber: null, professionCode: null, ...overrides };
}

const linksOf = (userId: string) => prisma.federatedIdentity.findMany({ where: { userId }, select: { provider: true, subject: true, rppsNumber: true } });
const tokenOf = (outcome: { kind: string; token?: string }) => {
  if (!outcome.token) throw new Error(`expected a token, got ${outcome.kind}`);
  return outcome.token;
};

describe('Pro Santé Connect, first sign-in', () => {
  it('links the one volunteer holding the certified RPPS number, signs in, and recognises the subject afterwards', async () => {
    const identity = psc();
    const { user } = await createProfessional({ record: { identifierType: 'RPPS', identifierNumber: identity.rppsNumber } });
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'signed-in', userId: user.id });
    expect(await linksOf(user.id)).toEqual([{ provider: 'PRO_SANTE_CONNECT', subject: identity.subject, rppsNumber: identity.rppsNumber }]);
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: 'identity.link' } })).toBe(1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
    // The session is the linked account's: its id, role and version, never the provider's.
    expect(await federatedAccount('pro-sante-connect', identity.subject)).toEqual({ id: user.id, role: 'PROFESSIONAL', sessionVersion: 0, remember: false });
    expect(await federatedAccount('proconnect', identity.subject)).toBeNull();

    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'signed-in', userId: user.id });
    expect(await prisma.federatedIdentity.count({ where: { userId: user.id } })).toBe(1);
    // « RPPS vérifié » without our directory.
    expect(await isRppsVerified({ userId: user.id, identifierType: 'RPPS', identifierNumber: identity.rppsNumber })).toBe(true);
  });

  it('refuses an RPPS number already linked to another account, and links nothing', async () => {
    const first = psc();
    const { user } = await createProfessional({ record: { identifierType: 'RPPS', identifierNumber: first.rppsNumber } });
    await federatedSignIn(first, context);
    const other = psc({ rppsNumber: first.rppsNumber, email: uniqueEmail('autre') });
    await createUser('PROFESSIONAL', { email: other.email!, passwordHash });
    expect(await federatedSignIn(other, context)).toEqual({ kind: 'refused', code: 'RPPS_TAKEN' });
    expect(await prisma.federatedIdentity.count({ where: { subject: other.subject } })).toBe(0);
    expect(await prisma.federationIntent.count({ where: { subject: other.subject } })).toBe(0);
    expect(await linksOf(user.id)).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { action: 'auth.sign-in.refused', details: { path: ['reason'], equals: 'RPPS_TAKEN' } } })).toBeGreaterThan(0);
  });

  it('refuses an RPPS number that two accounts hold, rather than guess', async () => {
    const identity = psc();
    await createProfessional({ record: { identifierType: 'RPPS', identifierNumber: identity.rppsNumber } });
    await createProfessional({ record: { identifierType: 'RPPS', identifierNumber: identity.rppsNumber } });
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'refused', code: 'RPPS_TAKEN' });
    expect(await prisma.federatedIdentity.count({ where: { rppsNumber: identity.rppsNumber } })).toBe(0);
  });

  it('refuses, rather than guess, when the certified email is another account than the one holding the number', async () => {
    const email = uniqueEmail('vraie-adresse');
    const identity = psc({ email });
    // Someone typed this (public) RPPS number on their own sign-up; the person has an account of their own.
    const { user: holder } = await createProfessional({ record: { identifierType: 'RPPS', identifierNumber: identity.rppsNumber } });
    const { user: own } = await createProfessional({ email });
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'refused', code: 'RPPS_CONFLICT' });
    expect(await prisma.federatedIdentity.count({ where: { userId: { in: [holder.id, own.id] } } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: 'auth.sign-in.refused', details: { path: ['reason'], equals: 'RPPS_CONFLICT' } } })).toBeGreaterThan(0);
    // The same email on the holder's own account is no conflict: linked as before.
    const sameEmail = psc({ email: holder.email });
    await prisma.professional.update({ where: { userId: holder.id }, data: { identifierNumber: sameEmail.rppsNumber } });
    expect(await federatedSignIn(sameEmail, context)).toEqual({ kind: 'signed-in', userId: holder.id });
  });

  it('keeps a disabled or waiting account out, and links nothing', async () => {
    const identity = psc();
    const { user } = await createProfessional({ record: { identifierType: 'RPPS', identifierNumber: identity.rppsNumber } });
    await prisma.user.update({ where: { id: user.id }, data: { status: 'DISABLED', disabledReason: 'Test', disabledAt: new Date() } });
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'refused', code: 'DISABLED' });
    expect(await linksOf(user.id)).toEqual([]);
  });

  it('asks for the password of the account with the same email once, then links as it signs in', async () => {
    const manager = await createUser('RPPS_MANAGER', { passwordHash });
    const identity = psc({ email: manager.email.toUpperCase().toLowerCase() });
    const outcome = await federatedSignIn(identity, context);
    expect(outcome.kind).toBe('confirm-password');
    const token = tokenOf(outcome);
    expect(await linksOf(manager.id)).toEqual([]);
    expect(await linkingAccount(token)).toEqual({ email: manager.email, certifiedName: 'Nina Morel', rppsNumber: identity.rppsNumber });

    // A wrong password links nothing and leaves the step open.
    expect(await authenticate(manager.email, 'Faux-Mot-De-Passe-1!', { ip: '192.0.2.11', federationToken: token })).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
    expect(await linksOf(manager.id)).toEqual([]);
    // The right one signs in and links; the token is spent.
    expect(await authenticate(manager.email, PASSWORD, { ip: '192.0.2.12', federationToken: token })).toMatchObject({ ok: true, user: { id: manager.id } });
    expect(await linksOf(manager.id)).toEqual([{ provider: 'PRO_SANTE_CONNECT', subject: identity.subject, rppsNumber: identity.rppsNumber }]);
    expect(await linkingAccount(token)).toBeNull();
    expect(await linkAfterPassword(manager.id, token)).toEqual({ ok: false, code: 'INTENT_EXPIRED' });
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'signed-in', userId: manager.id });
  });

  it('does not let another account’s password spend the token', async () => {
    const owner = await createUser('PROFESSIONAL', { passwordHash });
    const stranger = await createUser('PROFESSIONAL', { passwordHash });
    const token = tokenOf(await federatedSignIn(psc({ email: owner.email }), context));
    expect(await authenticate(stranger.email, PASSWORD, { ip: '192.0.2.13', federationToken: token })).toEqual({ ok: false, reason: 'INTENT_EXPIRED' });
    expect(await linksOf(stranger.id)).toEqual([]);
    expect(await linkingAccount(token)).not.toBeNull();
  });

  it('refuses an email account whose own RPPS number differs, an account never activated, and agents', async () => {
    const { user } = await createProfessional({ email: uniqueEmail('autre-rpps'), record: { identifierType: 'RPPS', identifierNumber: newRpps() } });
    expect(await federatedSignIn(psc({ email: user.email }), context)).toEqual({ kind: 'refused', code: 'RPPS_MISMATCH' });
    const invited = await createUser('RPPS_MANAGER');
    expect(await federatedSignIn(psc({ email: invited.email }), context)).toEqual({ kind: 'refused', code: 'NOT_ACTIVATED' });
    const agent = await createUser('ARS', { passwordHash });
    expect(await federatedSignIn(psc({ email: agent.email }), context)).toEqual({ kind: 'refused', code: 'PSC_ROLE' });
    expect(await prisma.federatedIdentity.count({ where: { userId: { in: [user.id, invited.id, agent.id] } } })).toBe(0);
  });

  it('opens the volunteer sign-up pre-filled with what PSC certifies, and the sign-up links the identity', async () => {
    const identity = psc({ email: uniqueEmail('nouvelle'), firstName: 'Léa', lastName: 'Fabre', professionCode: 'MIDWIFE' });
    const token = tokenOf(await federatedSignIn(identity, context));
    expect(await certifiedSignUp(token)).toEqual({
      federationToken: token,
      firstName: 'Léa',
      lastName: 'Fabre',
      rppsNumber: identity.rppsNumber,
      professionCode: 'MIDWIFE',
      professionLabel: 'Sage-femme',
      email: identity.email,
    });
    // Whatever the browser sends for the certified fields, PSC's values are the ones saved.
    const sent = professionalSignUpSchema.parse(
      signUpForm({ email: identity.email!, firstName: 'Autre', lastName: 'Nom', identifierType: 'ADELI', identifierNumber: '123456789', professionCode: 'DOCTOR', federationToken: token }),
    );
    const certified = await withCertifiedValues(sent);
    expect(certified?.input).toMatchObject({ firstName: 'Léa', lastName: 'Fabre', identifierType: 'RPPS', identifierNumber: identity.rppsNumber, professionCode: 'MIDWIFE' });
    const result = await registerProfessional(certified!.input, {}, { federation: certified!.intent });
    expect(result).toMatchObject({ ok: true, outcome: 'registered' });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: identity.email! }, include: { professional: true } });
    expect(user).toMatchObject({ firstName: 'Léa', lastName: 'Fabre', professional: { identifierNumber: identity.rppsNumber, professionCode: 'MIDWIFE' } });
    expect(await linksOf(user.id)).toEqual([{ provider: 'PRO_SANTE_CONNECT', subject: identity.subject, rppsNumber: identity.rppsNumber }]);
    expect(await isRppsVerified({ userId: user.id, identifierType: 'RPPS', identifierNumber: identity.rppsNumber })).toBe(true);
    // Spent: the same token opens nothing any more, and a sign-up sent with it is an ordinary one.
    expect(await certifiedSignUp(token)).toBeNull();
    const spent = await withCertifiedValues(sent);
    expect(spent).toEqual({ input: expect.objectContaining({ firstName: 'Autre', identifierType: 'ADELI' }), intent: null, notice: UNVERIFIED_SIGN_UP_NOTICE });
    expect(spent.input).not.toHaveProperty('federationToken');
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'signed-in', userId: user.id });
  });

  it('lets a nurse PSC certifies sign up as the nurse she is (IADE…), never as another profession', async () => {
    for (const [sent, saved] of [
      ['NURSE_ANAESTHETIST', 'NURSE_ANAESTHETIST'],
      ['DOCTOR', 'NURSE'],
    ] as const) {
      const identity = psc({ email: uniqueEmail('infirmiere'), professionCode: 'NURSE' });
      const token = tokenOf(await federatedSignIn(identity, context));
      const form = professionalSignUpSchema.parse(signUpForm({ email: identity.email!, professionCode: sent, federationToken: token }));
      expect((await withCertifiedValues(form)).input.professionCode).toBe(saved);
    }
    // A midwife stays a midwife.
    const midwife = psc({ email: uniqueEmail('sage-femme'), professionCode: 'MIDWIFE' });
    const token = tokenOf(await federatedSignIn(midwife, context));
    const form = professionalSignUpSchema.parse(signUpForm({ email: midwife.email!, professionCode: 'NURSE', federationToken: token }));
    expect((await withCertifiedValues(form)).input.professionCode).toBe('MIDWIFE');
  });

  it('forgets a sign-up step after 4 hours, a password step after 15 minutes', async () => {
    expect(INTENT_VALIDITY_MS).toEqual({ SIGN_UP: 4 * 60 * 60 * 1000, LINK_WITH_PASSWORD: 15 * 60 * 1000 });
    const token = tokenOf(await federatedSignIn(psc(), context));
    const manager = await createUser('RPPS_MANAGER', { passwordHash });
    const linkToken = tokenOf(await federatedSignIn(psc({ email: manager.email }), context));

    const afterTheLink = new Date(Date.now() + INTENT_VALIDITY_MS.LINK_WITH_PASSWORD + 1000);
    expect(await deleteExpiredIntents(prisma, afterTheLink)).toBeGreaterThanOrEqual(1);
    expect(await linkingAccount(linkToken)).toBeNull();
    expect(await certifiedSignUp(token)).not.toBeNull();

    const afterTheSignUp = new Date(Date.now() + INTENT_VALIDITY_MS.SIGN_UP + 1000);
    expect(await deleteExpiredIntents(prisma, afterTheSignUp)).toBeGreaterThanOrEqual(1);
    expect(await certifiedSignUp(token)).toBeNull();
  });
});

describe('Pro Santé Connect, an account with another address (the sign-up step’s « Liez-le »)', () => {
  it('links the account whose email and password the person gives, spends the step, and signs in by PSC afterwards', async () => {
    const manager = await createUser('RPPS_MANAGER', { passwordHash });
    const identity = psc({ email: null });
    const outcome = await federatedSignIn(identity, context);
    expect(outcome.kind).toBe('sign-up');
    const token = tokenOf(outcome);
    expect(await linkingAccount(token)).toEqual({ email: null, certifiedName: 'Nina Morel', rppsNumber: identity.rppsNumber });

    expect(await authenticate(manager.email, 'Faux-Mot-De-Passe-1!', { ip: '192.0.2.31', federationToken: token })).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
    expect(await linksOf(manager.id)).toEqual([]);
    expect(await authenticate(manager.email, PASSWORD, { ip: '192.0.2.32', federationToken: token })).toMatchObject({ ok: true, user: { id: manager.id } });
    expect(await linksOf(manager.id)).toEqual([{ provider: 'PRO_SANTE_CONNECT', subject: identity.subject, rppsNumber: identity.rppsNumber }]);
    // Spent: neither the link nor the pre-filled sign-up opens again.
    expect(await linkingAccount(token)).toBeNull();
    expect(await certifiedSignUp(token)).toBeNull();
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'signed-in', userId: manager.id });
  });

  it('refuses an account PSC is not for and a volunteer with another RPPS number, and keeps the step for the sign-up', async () => {
    const identity = psc({ email: uniqueEmail('sans-compte') });
    const token = tokenOf(await federatedSignIn(identity, context));
    const agent = await createUser('ARS', { passwordHash });
    expect(await authenticate(agent.email, PASSWORD, { ip: '192.0.2.33', federationToken: token })).toEqual({ ok: false, reason: 'PSC_ROLE' });
    const { user: other } = await createProfessional({ email: uniqueEmail('autre-numero'), record: { identifierType: 'RPPS', identifierNumber: newRpps() } });
    await prisma.user.update({ where: { id: other.id }, data: { passwordHash } });
    expect(await authenticate(other.email, PASSWORD, { ip: '192.0.2.34', federationToken: token })).toEqual({ ok: false, reason: 'RPPS_MISMATCH' });
    expect(await prisma.federatedIdentity.count({ where: { userId: { in: [agent.id, other.id] } } })).toBe(0);
    expect(await certifiedSignUp(token)).toMatchObject({ rppsNumber: identity.rppsNumber });
    // A volunteer without an RPPS number of their own may carry the certified one.
    const { user: volunteer } = await createProfessional({ email: uniqueEmail('sans-numero') });
    await prisma.user.update({ where: { id: volunteer.id }, data: { passwordHash } });
    expect(await authenticate(volunteer.email, PASSWORD, { ip: '192.0.2.35', federationToken: token })).toMatchObject({ ok: true });
    expect(await linksOf(volunteer.id)).toHaveLength(1);
  });
});

describe('what Pro Santé Connect certifies, written onto the volunteer’s record', () => {
  const recordOf = async (userId: string) => {
    const { firstName, lastName, professional } = await prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { firstName: true, lastName: true, professional: { select: { identifierType: true, identifierNumber: true, professionCode: true, speciality: true } } },
    });
    return { firstName, lastName, ...professional };
  };
  const certifiedUpdates = (userId: string) =>
    prisma.auditLog.findMany({ where: { actorId: userId, action: 'professional.certified-update' }, select: { details: true } });

  it('replaces the names and profession typed before a link by RPPS number, and drops a doctor’s speciality', async () => {
    const identity = psc();
    const { user } = await createProfessional({
      lastName: 'Morrel',
      professionCode: 'DOCTOR',
      record: { identifierType: 'RPPS', identifierNumber: identity.rppsNumber, speciality: 'CARDIOLOGY' },
    });
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'signed-in', userId: user.id });
    expect(await recordOf(user.id)).toEqual({ firstName: 'Nina', lastName: 'Morel', identifierType: 'RPPS', identifierNumber: identity.rppsNumber, professionCode: 'NURSE', speciality: null });
    expect(await certifiedUpdates(user.id)).toEqual([{ details: { fields: ['firstName', 'lastName', 'professionCode'] } }]);

    // Already in line: the next sign-in writes and audits nothing.
    await federatedSignIn(identity, context);
    expect(await certifiedUpdates(user.id)).toHaveLength(1);
    // PSC's names changed (a marriage): the record follows at the next sign-in.
    await federatedSignIn({ ...identity, lastName: 'Morel-Garcia' }, context);
    expect(await recordOf(user.id)).toMatchObject({ firstName: 'Nina', lastName: 'Morel-Garcia' });
  });

  it('keeps the nurse profession a certified nurse chose', async () => {
    const identity = psc({ firstName: 'Alex', lastName: 'Renfort' });
    const { user } = await createProfessional({ professionCode: 'NURSE_ANAESTHETIST', record: { identifierType: 'RPPS', identifierNumber: identity.rppsNumber } });
    await federatedSignIn(identity, context);
    expect(await recordOf(user.id)).toMatchObject({ professionCode: 'NURSE_ANAESTHETIST' });
    expect(await certifiedUpdates(user.id)).toEqual([]);
  });

  it('gives a volunteer linked by password, who had no RPPS number, the certified one and PSC’s names', async () => {
    const identity = psc({ email: null });
    const token = tokenOf(await federatedSignIn(identity, context));
    const { user } = await createProfessional({ email: uniqueEmail('adeli'), record: { identifierType: 'ADELI', identifierNumber: '319912345' } });
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash } });
    expect(await authenticate(user.email, PASSWORD, { ip: '192.0.2.36', federationToken: token })).toMatchObject({ ok: true });
    expect(await recordOf(user.id)).toMatchObject({ firstName: 'Nina', lastName: 'Morel', identifierType: 'RPPS', identifierNumber: identity.rppsNumber });
    expect(await isRppsVerified({ userId: user.id, identifierType: 'RPPS', identifierNumber: identity.rppsNumber })).toBe(true);
  });

  it('leaves a record holding another RPPS number, and an RPPS+ manager, as they are', async () => {
    const identity = psc();
    const { user } = await createProfessional({ record: { identifierType: 'RPPS', identifierNumber: identity.rppsNumber } });
    await federatedSignIn(identity, context);
    // The volunteer later typed another number in « Ma fiche »: PSC certifies nothing on that record.
    const otherNumber = newRpps();
    await prisma.professional.update({ where: { userId: user.id }, data: { identifierNumber: otherNumber } });
    await prisma.user.update({ where: { id: user.id }, data: { lastName: 'Autre' } });
    await federatedSignIn(identity, context);
    expect(await recordOf(user.id)).toMatchObject({ lastName: 'Autre', identifierNumber: otherNumber });

    const manager = await createUser('RPPS_MANAGER', { passwordHash });
    const managerIdentity = psc({ email: manager.email });
    const confirm = tokenOf(await federatedSignIn(managerIdentity, context));
    await authenticate(manager.email, PASSWORD, { ip: '192.0.2.37', federationToken: confirm });
    expect(await federatedSignIn(managerIdentity, context)).toEqual({ kind: 'signed-in', userId: manager.id });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: manager.id } })).lastName).toBe('Test');
  });
});

describe('ProConnect', () => {
  it('links an agent’s account by email on the first sign-in, then recognises the subject even after an email change', async () => {
    const agent = await createUser('ARS', { regionCode: '76' });
    const identity = proConnect(agent.email);
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'signed-in', userId: agent.id });
    expect(await linksOf(agent.id)).toEqual([{ provider: 'PROCONNECT', subject: identity.subject, rppsNumber: null }]);
    await prisma.user.update({ where: { id: agent.id }, data: { email: uniqueEmail('ars-nouvelle') } });
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'signed-in', userId: agent.id });
  });

  it('never creates an account for an unknown email', async () => {
    const email = uniqueEmail('inconnu');
    expect(await federatedSignIn(proConnect(email), context)).toEqual({ kind: 'refused', code: 'NO_ACCOUNT' });
    // Counted by the certified address, not over the whole table: the other jest worker creates users meanwhile.
    expect(await prisma.user.count({ where: { email: { equals: email, mode: 'insensitive' } } })).toBe(0);
    expect(await prisma.federationIntent.count({ where: { claims: { path: ['email'], equals: email } } })).toBe(0);
  });

  it('keeps a disabled account out, before and after it was linked', async () => {
    const agent = await createUser('CCS', { status: 'DISABLED' });
    await prisma.user.update({ where: { id: agent.id }, data: { disabledReason: 'Départ', disabledAt: new Date() } });
    expect(await federatedSignIn(proConnect(agent.email), context)).toEqual({ kind: 'refused', code: 'DISABLED' });
    expect(await linksOf(agent.id)).toEqual([]);

    const linked = await createUser('CCS');
    const identity = proConnect(linked.email);
    await federatedSignIn(identity, context);
    await prisma.user.update({ where: { id: linked.id }, data: { status: 'DISABLED', disabledReason: 'Départ', disabledAt: new Date() } });
    expect(await federatedSignIn(identity, context)).toEqual({ kind: 'refused', code: 'DISABLED' });
  });

  it('is for agents and establishments, not volunteers — and establishments only while PROCONNECT_ESTABLISHMENTS allows', async () => {
    const volunteer = await createUser('PROFESSIONAL');
    expect(await federatedSignIn(proConnect(volunteer.email), context)).toEqual({ kind: 'refused', code: 'PROCONNECT_ROLE' });
    const establishment = await createUser('ESTABLISHMENT');
    process.env.PROCONNECT_ESTABLISHMENTS = 'false';
    resetEnvCache();
    try {
      expect(await federatedSignIn(proConnect(establishment.email), context)).toEqual({ kind: 'refused', code: 'PROCONNECT_ROLE' });
    } finally {
      delete process.env.PROCONNECT_ESTABLISHMENTS;
      resetEnvCache();
    }
    expect(await federatedSignIn(proConnect(establishment.email), context)).toEqual({ kind: 'signed-in', userId: establishment.id });
  });

  it('refuses a second identity for an account already linked', async () => {
    const agent = await createUser('CCS');
    await federatedSignIn(proConnect(agent.email), context);
    expect(await federatedSignIn(proConnect(agent.email), context)).toEqual({ kind: 'refused', code: 'ALREADY_LINKED' });
    expect(await prisma.federatedIdentity.count({ where: { userId: agent.id } })).toBe(1);
  });
});

describe('« Identités liées » in « Mon compte »', () => {
  it('unlinks, audited, only while another way to sign in remains', async () => {
    const agent = await createUser('ARS', { regionCode: '76' });
    await federatedSignIn(proConnect(agent.email), context);
    const actor = await actorFor(agent.id);
    // No password yet: ProConnect is its only way in.
    const [kept] = (await getLinkedIdentities(actor)).identities;
    expect(kept).toMatchObject({ provider: 'PROCONNECT', label: 'ProConnect', keptBecause: expect.stringContaining('seul moyen de connexion') });
    await expect(unlinkIdentity(actor, { provider: 'PROCONNECT' })).rejects.toThrow('seul moyen de connexion');
    expect(await linksOf(agent.id)).toHaveLength(1);

    await prisma.user.update({ where: { id: agent.id }, data: { passwordHash } });
    expect((await getLinkedIdentities(actor)).identities[0]!.keptBecause).toBeNull();
    expect(await unlinkIdentity(actor, { provider: 'PROCONNECT' })).toEqual({ provider: 'PROCONNECT' });
    expect(await linksOf(agent.id)).toEqual([]);
    expect(await prisma.auditLog.count({ where: { entityId: agent.id, action: 'identity.unlink' } })).toBe(1);
    await expect(unlinkIdentity(actor, { provider: 'PROCONNECT' })).rejects.toThrow('Aucune identité ProConnect');
  });
});

describe('the CCS requires Pro Santé Connect for RPPS+ managers', () => {
  const pscEnv = { PSC_ISSUER: 'http://127.0.0.1:9/psc', PSC_CLIENT_ID: 'renfort', PSC_CLIENT_SECRET: 'secret' };

  afterEach(async () => {
    for (const name of Object.keys(pscEnv)) delete process.env[name];
    resetEnvCache();
    await prisma.nationalSettings.update({ where: { id: 1 }, data: { requirePscForRppsManagers: false } });
  });

  it('refuses their password alone while PSC is configured, but not the linking step, nor other roles', async () => {
    const ccs = await actorFor((await createUser('CCS')).id);
    const manager = await createUser('RPPS_MANAGER', { passwordHash });
    const volunteer = await createUser('PROFESSIONAL', { passwordHash });
    await setPscRequirement(ccs, { required: true });
    expect(await prisma.auditLog.count({ where: { actorId: ccs.id, action: 'national-settings.psc-required' } })).toBe(1);

    // Without PSC configured, the requirement would lock every manager out: it does not bind.
    expect(await authenticate(manager.email, PASSWORD, { ip: '192.0.2.20' })).toMatchObject({ ok: true });

    Object.assign(process.env, pscEnv);
    resetEnvCache();
    expect(await authenticate(manager.email, PASSWORD, { ip: '192.0.2.21' })).toEqual({ ok: false, reason: 'PSC_REQUIRED' });
    expect(await authenticate(volunteer.email, PASSWORD, { ip: '192.0.2.22' })).toMatchObject({ ok: true });
    const token = tokenOf(await federatedSignIn(psc({ email: manager.email }), context));
    expect(await authenticate(manager.email, PASSWORD, { ip: '192.0.2.23', federationToken: token })).toMatchObject({ ok: true });
    // A manager whose PSC identity names no account (no email, or another one) links from the sign-up's
    // step with their own email and password, even while PSC is required: not locked out.
    const invitedElsewhere = await createUser('RPPS_MANAGER', { passwordHash });
    const signUpToken = tokenOf(await federatedSignIn(psc({ email: null }), context));
    expect(await authenticate(invitedElsewhere.email, PASSWORD, { ip: '192.0.2.24' })).toEqual({ ok: false, reason: 'PSC_REQUIRED' });
    expect(await authenticate(invitedElsewhere.email, PASSWORD, { ip: '192.0.2.25', federationToken: signUpToken })).toMatchObject({ ok: true });
    expect(await linksOf(invitedElsewhere.id)).toHaveLength(1);
    // Once linked, PSC stays: « Délier » is not offered to a manager who must use it.
    const [identity] = (await getLinkedIdentities(await actorFor(manager.id))).identities;
    expect(identity!.keptBecause).toContain('doivent se connecter avec Pro Santé Connect');
  });

  const required = async () => (await prisma.nationalSettings.findUniqueOrThrow({ where: { id: 1 } })).requirePscForRppsManagers;

  it.each([['no session', null], ...(['PROFESSIONAL', 'ESTABLISHMENT', 'RPPS_MANAGER', 'ARS'] as Role[]).map((role) => [role, role])] as [string, Role | null][])(
    'through its server action, answers « Élément introuvable. » to %s and changes nothing',
    async (_who, role) => {
      const establishment = await createEstablishment('76');
      mockedGetActor.mockResolvedValue(
        role ? await actorFor((await createUser(role, { regionCode: '76', establishmentIds: role === 'ESTABLISHMENT' || role === 'RPPS_MANAGER' ? [establishment.id] : undefined })).id) : null,
      );
      expect(await savePscRequirementAction({ required: true })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
      expect(await required()).toBe(false);
    },
  );

  it('through its server action, saves for the CCS and says PSC is not configured here', async () => {
    mockedGetActor.mockResolvedValue(await actorFor((await createUser('CCS')).id));
    expect(await savePscRequirementAction({ required: 'oui' } as never)).toMatchObject({ ok: false });
    expect(await savePscRequirementAction({ required: true })).toEqual({ ok: true, data: { required: true, pscAvailable: false } });
    expect(await required()).toBe(true);
    expect(await savePscRequirementAction({ required: false })).toEqual({ ok: true, data: { required: false, pscAvailable: false } });
    expect(await required()).toBe(false);
  });

  it('is the CCS’s alone to set', async () => {
    for (const role of ['ARS', 'ESTABLISHMENT', 'PROFESSIONAL', 'RPPS_MANAGER'] as const) {
      const actor = await actorFor((await createUser(role, { regionCode: '76' })).id);
      await expect(setPscRequirement(actor, { required: true })).rejects.toThrow('not found');
    }
    expect((await prisma.nationalSettings.findUniqueOrThrow({ where: { id: 1 } })).requirePscForRppsManagers).toBe(false);
  });
});
