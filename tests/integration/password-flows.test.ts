/** @jest-environment node */
import { prisma } from '@/lib/db';
import { consumeToken, hashToken, inspectToken, issueToken, TOKEN_VALIDITY_MS } from '@/lib/auth/one-time-tokens';
import { requestPasswordReset, resendPasswordLink, setPasswordWithToken } from '@/lib/auth/password-flows';
import { hashPassword, verifyPassword } from '@/lib/auth/password-hash';
import { loadActor } from '@/lib/auth/load-actor';
import { createUser, openSession, uniqueEmail } from '../factories';

const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${Math.random()}`;

describe('one-time tokens', () => {
  it('stores only the hash, and is valid 72 hours', async () => {
    const user = await createUser('CCS');
    const now = new Date();
    const token = await issueToken(prisma, user.id, 'PASSWORD_RESET', now);
    const row = await prisma.oneTimeToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(TOKEN_VALIDITY_MS);
    expect((await inspectToken(prisma, token, new Date(now.getTime() + TOKEN_VALIDITY_MS - 1000))).state).toBe('valid');
    expect((await inspectToken(prisma, token, new Date(now.getTime() + TOKEN_VALIDITY_MS + 1000))).state).toBe('expired');
    expect(await consumeToken(prisma, token, new Date(now.getTime() + TOKEN_VALIDITY_MS + 1000))).toBeNull();
  });

  it('serves once, even under concurrent use', async () => {
    const user = await createUser('CCS');
    const token = await issueToken(prisma, user.id, 'ACTIVATION');
    const results = await Promise.all(Array.from({ length: 5 }, () => consumeToken(prisma, token)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await inspectToken(prisma, token)).state).toBe('used');
  });

  it('cancels older links of the same purpose when a new one is issued', async () => {
    const user = await createUser('CCS');
    const first = await issueToken(prisma, user.id, 'PASSWORD_RESET');
    const second = await issueToken(prisma, user.id, 'PASSWORD_RESET');
    expect((await inspectToken(prisma, first)).state).toBe('used');
    expect((await inspectToken(prisma, second)).state).toBe('valid');
  });
});

describe('password reset and activation (SPEC §4)', () => {
  it('sends a reset link to a known active account, in the outbox', async () => {
    const user = await createUser('ESTABLISHMENT', { passwordHash: await hashPassword('Ancien-Mot-2026!') });
    await requestPasswordReset(user.email.toUpperCase(), ip());
    const emails = await prisma.emailOutbox.findMany({ where: { to: user.email } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe('Réinitialisation de mot de passe compte Renfort RH Crise');
    expect(emails[0]!.html).toContain('/mot-de-passe/nouveau?token=');
    expect(emails[0]!.html).toContain('http://localhost:3999');
  });

  it('sends the reset email (SPEC §9), worded for a first password, to a validated account that never set one', async () => {
    const user = await createUser('ESTABLISHMENT', { passwordHash: null });
    await requestPasswordReset(user.email, ip());
    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { to: user.email } });
    expect(email.subject).toBe('Réinitialisation de mot de passe compte Renfort RH Crise');
    expect(email.text).toContain('Ce compte n’a pas encore de mot de passe');
    expect(email.text).not.toContain('votre mot de passe actuel reste valable');
    // The link is an activation: setting the password activates the account and the journal says so.
    expect(await prisma.oneTimeToken.count({ where: { userId: user.id, purpose: 'ACTIVATION' } })).toBe(1);
  });

  it('creates nothing for an unknown email or a disabled account', async () => {
    const unknown = uniqueEmail('ghost');
    await requestPasswordReset(unknown, ip());
    expect(await prisma.emailOutbox.count({ where: { to: unknown } })).toBe(0);
    const disabled = await createUser('CCS', { status: 'DISABLED', passwordHash: 'x' });
    await requestPasswordReset(disabled.email, ip());
    expect(await prisma.emailOutbox.count({ where: { to: disabled.email } })).toBe(0);
  });

  it('limits reset emails per account', async () => {
    const user = await createUser('CCS', { passwordHash: 'x' });
    for (let i = 0; i < 7; i += 1) await requestPasswordReset(user.email, ip());
    expect(await prisma.emailOutbox.count({ where: { to: user.email } })).toBe(5);
  });

  it('sets the password, uses up the link and ends every other session', async () => {
    const user = await createUser('CCS', { passwordHash: await hashPassword('Ancien-Mot-2026!') });
    const session = await openSession(user.id);
    expect(await loadActor(user.id, 0, session)).not.toBeNull();
    const token = await issueToken(prisma, user.id, 'PASSWORD_RESET');
    expect(await setPasswordWithToken(token, 'Nouveau-Mot-2026!')).toEqual({ ok: true });
    const reloaded = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(reloaded.passwordHash!, 'Nouveau-Mot-2026!')).toBe(true);
    expect(reloaded.sessionVersion).toBe(1);
    expect(await loadActor(user.id, 0, session)).toBeNull();
    expect(await loadActor(user.id, 1, session)).not.toBeNull();
    expect(await setPasswordWithToken(token, 'Encore-Autre-2026!')).toEqual({ ok: false, state: 'used' });
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: 'password.reset' } })).toBe(1);
  });

  it('says an unknown link is unknown', async () => {
    expect(await setPasswordWithToken('n'.repeat(43), 'Nouveau-Mot-2026!')).toEqual({ ok: false, state: 'unknown' });
  });

  it('sends a fresh link from a used one, to the same account only', async () => {
    const user = await createUser('CCS', { passwordHash: 'x' });
    const token = await issueToken(prisma, user.id, 'PASSWORD_RESET');
    await consumeToken(prisma, token);
    await resendPasswordLink(token);
    expect(await prisma.emailOutbox.count({ where: { to: user.email } })).toBe(1);
    await resendPasswordLink('z'.repeat(43));
    expect(await prisma.emailOutbox.count({ where: { to: user.email } })).toBe(1);
  });
});
