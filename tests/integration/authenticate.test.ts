/** @jest-environment node */
import { prisma } from '@/lib/db';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password-hash';
import { LOGIN_ATTEMPTS_PER_IP, hit } from '@/lib/auth/rate-limit';
import { FREE_FAILURES, MAX_DELAY_SECONDS, accountThrottleKey, delaySeconds, recordFailure } from '@/lib/auth/login-throttle';
import { issueToken } from '@/lib/auth/one-time-tokens';
import { setPasswordWithToken } from '@/lib/auth/password-flows';
import { createUser, uniqueEmail } from '../factories';

const PASSWORD = 'Correct-Cheval-2026!';
const WRONG = 'Wrong-Password-2026!';
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}-${Math.random()}`;
const from = (address = ip()) => ({ ip: address });
const seconds = (at: Date, n: number) => new Date(at.getTime() + n * 1000);

async function failTimes(email: string, times: number, at: Date): Promise<void> {
  for (let i = 0; i < times; i += 1) await recordFailure(accountThrottleKey(email), at);
}

describe('authenticate (SPEC §4, §14)', () => {
  it('accepts the right password, case-insensitively on the email, and records and audits the login', async () => {
    const user = await createUser('CCS', { passwordHash });
    const result = await authenticate(`  ${user.email.toUpperCase()} `, PASSWORD, from());
    expect(result).toEqual({ ok: true, user: { id: user.id, role: 'CCS', sessionVersion: 0 } });
    const reloaded = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(reloaded.lastLoginAt).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: 'auth.sign-in.success' } })).toBe(1);
  });

  it('answers the same for a wrong password and an unknown email, and audits both without the password', async () => {
    const user = await createUser('CCS', { passwordHash });
    const unknown = uniqueEmail('nobody');
    const wrongPassword = await authenticate(user.email, WRONG, from());
    const unknownEmail = await authenticate(unknown, PASSWORD, from());
    expect(wrongPassword).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
    expect(unknownEmail).toEqual(wrongPassword);
    const mine = await prisma.auditLog.findMany({
      where: { action: 'auth.sign-in.failure', OR: [{ details: { path: ['email'], equals: user.email } }, { details: { path: ['email'], equals: unknown } }] },
    });
    expect(mine).toHaveLength(2);
    const written = JSON.stringify(mine.map((row) => row.details));
    expect(written).not.toContain(WRONG);
    expect(written).not.toContain(PASSWORD);
  });

  it('refuses an account that has not set its password yet', async () => {
    const user = await createUser('PROFESSIONAL', { passwordHash: null });
    expect(await authenticate(user.email, PASSWORD, from())).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
  });

  it('tells a disabled account why, but only once the password is right', async () => {
    const user = await createUser('ESTABLISHMENT', { passwordHash, status: 'DISABLED' });
    expect(await authenticate(user.email, WRONG, from())).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
    expect(await authenticate(user.email, PASSWORD, from())).toEqual({ ok: false, reason: 'DISABLED' });
  });

  it('answers a pending establishment account like any wrong password until its password is right', async () => {
    const pending = await createUser('ESTABLISHMENT', { status: 'AWAITING_VALIDATION', passwordHash: null });
    expect(await authenticate(pending.email, PASSWORD, from())).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
    const withPassword = await createUser('ESTABLISHMENT', { status: 'AWAITING_VALIDATION', passwordHash });
    expect(await authenticate(withPassword.email, WRONG, from())).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
    expect(await authenticate(withPassword.email, PASSWORD, from())).toEqual({ ok: false, reason: 'AWAITING_VALIDATION' });
  });

  it('limits attempts per IP', async () => {
    const user = await createUser('CCS', { passwordHash });
    const address = ip();
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_IP.limit; i += 1) await hit(LOGIN_ATTEMPTS_PER_IP, address);
    expect(await authenticate(user.email, PASSWORD, from(address))).toEqual({ ok: false, reason: 'RATE_LIMITED' });
    expect((await authenticate(user.email, PASSWORD, from())).ok).toBe(true);
  });
});

describe('failed sign-ins slow the account down instead of locking it (SPEC §14, issue 10 §2)', () => {
  it('grows the delay after a few typos, up to a minute, and keeps under 100 failures an hour', () => {
    expect(delaySeconds(FREE_FAILURES - 1)).toBe(0);
    expect(delaySeconds(FREE_FAILURES)).toBe(1);
    expect(delaySeconds(FREE_FAILURES + 3)).toBe(8);
    expect(delaySeconds(1000)).toBe(MAX_DELAY_SECONDS);
    let elapsed = 0;
    let failures = 0;
    while (elapsed < 3600) {
      failures += 1;
      elapsed += delaySeconds(failures);
    }
    expect(failures).toBeLessThan(100);
  });

  it('makes the next attempt wait, even with the right password, then lets it through', async () => {
    const user = await createUser('ARS', { passwordHash });
    const start = new Date();
    await failTimes(user.email, FREE_FAILURES + 2, start);
    expect(await authenticate(user.email, PASSWORD, from(), seconds(start, 1))).toEqual({ ok: false, reason: 'RATE_LIMITED' });
    expect((await authenticate(user.email, PASSWORD, from(), seconds(start, delaySeconds(FREE_FAILURES + 2) + 1))).ok).toBe(true);
  });

  it('never keeps the owner out for more than a minute, however many failures a stranger piles up', async () => {
    const user = await createUser('ARS', { passwordHash });
    const start = new Date();
    await failTimes(user.email, 500, start);
    expect((await authenticate(user.email, PASSWORD, from(), seconds(start, MAX_DELAY_SECONDS))).ok).toBe(true);
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: 'auth.sign-in.throttled' } })).toBe(0);
  });

  it('audits a throttled attempt and the moment delays start', async () => {
    const user = await createUser('ARS', { passwordHash });
    const start = new Date();
    for (let i = 0; i < FREE_FAILURES; i += 1) await authenticate(user.email, WRONG, from(), start);
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: 'auth.sign-in.delayed' } })).toBe(1);
    expect(await authenticate(user.email, PASSWORD, from(), start)).toEqual({ ok: false, reason: 'RATE_LIMITED' });
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: 'auth.sign-in.throttled' } })).toBe(1);
  });

  it('lets the owner’s usual browser in while a stranger fails on the account', async () => {
    const user = await createUser('ARS', { passwordHash });
    const start = new Date();
    await failTimes(user.email, 50, start);
    const device = { userId: user.id, deviceId: 'my-laptop' };
    expect((await authenticate(user.email, PASSWORD, { ip: ip(), device }, start)).ok).toBe(true);
    // Another account's device cookie is worth nothing here.
    const stranger = { userId: 'someone-else', deviceId: 'their-laptop' };
    expect(await authenticate(user.email, PASSWORD, { ip: ip(), device: stranger }, start)).toEqual({ ok: false, reason: 'RATE_LIMITED' });
  });

  it('lifts every delay when a password is set through an emailed link', async () => {
    const user = await createUser('ARS', { passwordHash });
    const now = new Date();
    await failTimes(user.email, 30, now);
    expect(await authenticate(user.email, PASSWORD, from(), now)).toEqual({ ok: false, reason: 'RATE_LIMITED' });
    const token = await issueToken(prisma, user.id, 'PASSWORD_RESET');
    expect(await setPasswordWithToken(token, 'Nouveau-Cheval-2026!')).toEqual({ ok: true });
    expect((await authenticate(user.email, 'Nouveau-Cheval-2026!', from(), now)).ok).toBe(true);
  });

  it('forgets failures an hour after the last one', async () => {
    const user = await createUser('CCS', { passwordHash });
    const past = new Date(Date.now() - 2 * 3600 * 1000);
    await failTimes(user.email, 100, past);
    expect((await authenticate(user.email, PASSWORD, from())).ok).toBe(true);
  });
});
