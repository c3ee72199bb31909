/** @jest-environment node */
import { prisma } from '@/lib/db';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password-hash';
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_ATTEMPTS_PER_IP, hit } from '@/lib/auth/rate-limit';
import { createUser, uniqueEmail } from '../factories';

const PASSWORD = 'Correct-Cheval-2026!';
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}-${Math.random()}`;

describe('authenticate (SPEC §4, §14)', () => {
  it('accepts the right password, case-insensitively on the email, and records the login', async () => {
    const user = await createUser('CCS', { passwordHash });
    const result = await authenticate(`  ${user.email.toUpperCase()} `, PASSWORD, ip());
    expect(result).toEqual({ ok: true, user: { id: user.id, role: 'CCS', sessionVersion: 0 } });
    const reloaded = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(reloaded.lastLoginAt).not.toBeNull();
  });

  it('answers the same for a wrong password and an unknown email', async () => {
    const user = await createUser('CCS', { passwordHash });
    const wrongPassword = await authenticate(user.email, 'Wrong-Password-2026!', ip());
    const unknownEmail = await authenticate(uniqueEmail('nobody'), PASSWORD, ip());
    expect(wrongPassword).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('refuses an account that has not set its password yet', async () => {
    const user = await createUser('PROFESSIONAL', { passwordHash: null });
    expect(await authenticate(user.email, PASSWORD, ip())).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
  });

  it('tells a disabled account why, but only once the password is right', async () => {
    const user = await createUser('ESTABLISHMENT', { passwordHash, status: 'DISABLED' });
    expect(await authenticate(user.email, 'Wrong-Password-2026!', ip())).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
    expect(await authenticate(user.email, PASSWORD, ip())).toEqual({ ok: false, reason: 'DISABLED' });
  });

  it('tells an establishment account awaiting validation why', async () => {
    const user = await createUser('ESTABLISHMENT', { status: 'AWAITING_VALIDATION' });
    expect(await authenticate(user.email, PASSWORD, ip())).toEqual({ ok: false, reason: 'AWAITING_VALIDATION' });
  });

  it('locks an account after 100 failed logins within the hour, even with the right password', async () => {
    const user = await createUser('CCS', { passwordHash });
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT.limit - 1; i += 1) await hit(LOGIN_FAILURES_PER_ACCOUNT, user.email);
    expect((await authenticate(user.email, 'Wrong-Password-2026!', ip())).ok).toBe(false);
    expect(await authenticate(user.email, PASSWORD, ip())).toEqual({ ok: false, reason: 'RATE_LIMITED' });
  });

  it('limits attempts per IP', async () => {
    const user = await createUser('CCS', { passwordHash });
    const address = ip();
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_IP.limit; i += 1) await hit(LOGIN_ATTEMPTS_PER_IP, address);
    expect(await authenticate(user.email, PASSWORD, address)).toEqual({ ok: false, reason: 'RATE_LIMITED' });
    expect((await authenticate(user.email, PASSWORD, ip())).ok).toBe(true);
  });

  it('starts a new window once the hour has passed', async () => {
    const user = await createUser('CCS', { passwordHash });
    const past = new Date(Date.now() - 2 * 3600 * 1000);
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT.limit; i += 1) await hit(LOGIN_FAILURES_PER_ACCOUNT, user.email, past);
    expect((await authenticate(user.email, PASSWORD, ip())).ok).toBe(true);
  });
});
