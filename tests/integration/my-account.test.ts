/** @jest-environment node */
import { prisma } from '@/lib/db';
import { loadActor } from '@/lib/auth/load-actor';
import { verifyPassword } from '@/lib/auth/password-hash';
import { describeToken, setPasswordWithToken } from '@/lib/auth/password-flows';
import { DomainError, NotFoundError } from '@/lib/errors';
import { getMyAccount, updateProfile } from '@/lib/my-account/profile';
import { changePassword } from '@/lib/my-account/password';
import { confirmEmailChange, describeEmailChangeLink, requestEmailChange } from '@/lib/my-account/email-change';
import { signOutEverywhere } from '@/lib/my-account/sessions';
import { updateNotifications } from '@/lib/my-account/notifications';
import { WRONG_CURRENT_PASSWORD } from '@/lib/my-account/current-password';
import { actorFor, createProfessional, createUser, uniqueEmail } from '../factories';
import { NEW_PASSWORD, PASSWORD, accountWithPassword, auditCount, lastLinkTo } from './my-account-support';

// « Mon compte » (SPEC §15, issue 11 point 5) against the real database: every function acts on the
// caller's own account, and each refusal leaves it as it was.

const HOUR = 3600 * 1000;

async function sessionAlive(userId: string, sessionId: string): Promise<boolean> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  return (await loadActor(userId, user.sessionVersion, sessionId)) !== null;
}

describe('name and phone', () => {
  it('are saved on the account’s own row and audited', async () => {
    const { user } = await accountWithPassword('ESTABLISHMENT');
    const actor = await actorFor(user.id);
    expect(await updateProfile(actor, { firstName: 'Dominique', lastName: 'Durand', phone: '0561000000' })).toEqual({ firstName: 'Dominique', lastName: 'Durand', phone: '0561000000' });
    expect(await getMyAccount(actor)).toMatchObject({ firstName: 'Dominique', lastName: 'Durand', phone: '0561000000', profileInRecord: false, notification: null });
    expect(await auditCount(user.id, 'account.profile-update')).toBe(1);
  });

  it('of a volunteer are « Ma fiche »’s: shown from the record, never written here', async () => {
    const { user } = await createProfessional();
    const actor = await actorFor(user.id);
    expect(await getMyAccount(actor)).toMatchObject({ firstName: 'Alex', phone: '0600000000', profileInRecord: true, notification: null });
    await expect(updateProfile(actor, { firstName: 'X', lastName: 'Y', phone: null })).rejects.toBeInstanceOf(NotFoundError);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).firstName).toBe('Alex');
  });
});

describe('changing the password', () => {
  it('refuses a wrong current password next to its field and changes nothing', async () => {
    const { user, otherBrowser } = await accountWithPassword('ARS');
    const actor = await actorFor(user.id);
    const failure = changePassword(actor, { currentPassword: 'pas-le-bon', password: NEW_PASSWORD, confirmation: NEW_PASSWORD }, undefined);
    await expect(failure).rejects.toEqual(new DomainError(WRONG_CURRENT_PASSWORD, 'currentPassword'));
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash!, PASSWORD)).toBe(true);
    expect(await sessionAlive(user.id, otherBrowser)).toBe(true);
    expect(await auditCount(user.id, 'account.password-change')).toBe(0);
  });

  it('sets the new one, ends the other sessions and keeps this one', async () => {
    const { user, thisBrowser, otherBrowser } = await accountWithPassword('RPPS_MANAGER');
    const actor = await actorFor(user.id);
    const result = await changePassword(actor, { currentPassword: PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD }, thisBrowser);
    // actorFor opened a third session, ended with the other browser's.
    expect(result).toEqual({ otherSessionsEnded: 2 });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await sessionAlive(user.id, thisBrowser)).toBe(true);
    expect(await sessionAlive(user.id, otherBrowser)).toBe(false);
    expect(await auditCount(user.id, 'account.password-change')).toBe(1);
  });
});

describe('changing the email', () => {
  it('answers an address in use as a free one: its owner is told, no link is sent, the email stays as it was', async () => {
    const { user } = await accountWithPassword('ARS', { regionCode: '76' });
    const actor = await actorFor(user.id);
    const sameRegion = await createUser('ARS', { regionCode: '76' });
    const elsewhere = await createUser('CCS');
    for (const taken of [sameRegion.email, elsewhere.email]) {
      // SPEC §2, §14: the same answer as for a free address, so nobody can test whether an address has an account.
      expect(await requestEmailChange(actor, { email: taken, currentPassword: PASSWORD })).toEqual({ pendingEmail: taken });
      const told = await prisma.emailOutbox.findMany({ where: { to: taken } });
      expect(told.map((email) => email.template)).toEqual(['account-already-exists']);
      expect(told[0]!.text).toContain('Un autre compte Renfort RH Crise vient de demander à prendre cette adresse email');
      expect(await lastLinkTo(taken)).toBeNull();
    }
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: user.email, pendingEmail: elsewhere.email });
    expect(await prisma.emailOutbox.count({ where: { to: user.email, template: 'email-change-requested' } })).toBe(2);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: elsewhere.id } })).toMatchObject({ email: elsewhere.email });
  });

  it('refuses the account’s own address and a wrong password, next to the field, and changes nothing', async () => {
    const { user } = await accountWithPassword('ARS', { regionCode: '76' });
    const actor = await actorFor(user.id);
    await expect(requestEmailChange(actor, { email: user.email, currentPassword: PASSWORD })).rejects.toMatchObject({ field: 'email' });
    await expect(requestEmailChange(actor, { email: uniqueEmail('new'), currentPassword: 'faux' })).rejects.toMatchObject({ field: 'currentPassword' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).pendingEmail).toBeNull();
    expect(await prisma.emailOutbox.count({ where: { to: user.email } })).toBe(0);
  });

  it('sends a link to the new address, tells the old one, and switches on the link: both told, other sessions ended', async () => {
    const { user, thisBrowser, otherBrowser } = await accountWithPassword('ESTABLISHMENT');
    const actor = await actorFor(user.id);
    const newEmail = uniqueEmail('nouvelle');
    expect(await requestEmailChange(actor, { email: newEmail, currentPassword: PASSWORD })).toEqual({ pendingEmail: newEmail });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect((await prisma.emailOutbox.findFirstOrThrow({ where: { to: user.email } })).subject).toBe('Demande de changement d’adresse email de votre compte Renfort RH Crise');
    expect(await auditCount(user.id, 'account.email-change-request')).toBe(1);
    const token = decodeURIComponent((await lastLinkTo(newEmail))!);
    expect(await describeEmailChangeLink(token)).toBe('valid');

    expect(await confirmEmailChange(token, thisBrowser)).toEqual({ ok: true, email: newEmail });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ email: newEmail, pendingEmail: null });
    expect(await sessionAlive(user.id, thisBrowser)).toBe(true);
    expect(await sessionAlive(user.id, otherBrowser)).toBe(false);
    for (const to of [user.email, newEmail]) {
      expect(await prisma.emailOutbox.count({ where: { to, subject: 'L’adresse email de votre compte Renfort RH Crise a changé' } })).toBe(1);
    }
    expect(await auditCount(user.id, 'account.email-change')).toBe(1);

    // Single use.
    expect(await confirmEmailChange(token, undefined)).toEqual({ ok: false, reason: 'used' });
  });

  it('refuses an expired link and one whose address was taken meanwhile, leaving the email as it was', async () => {
    const { user } = await accountWithPassword('CCS');
    const actor = await actorFor(user.id);
    const first = uniqueEmail('expire');
    await requestEmailChange(actor, { email: first, currentPassword: PASSWORD });
    const expired = decodeURIComponent((await lastLinkTo(first))!);
    expect(await confirmEmailChange(expired, undefined, new Date(Date.now() + 73 * HOUR))).toEqual({ ok: false, reason: 'expired' });

    const second = uniqueEmail('prise');
    await requestEmailChange(actor, { email: second, currentPassword: PASSWORD });
    // The new request replaced the older link.
    expect(await confirmEmailChange(expired, undefined)).toEqual({ ok: false, reason: 'used' });
    await createUser('PROFESSIONAL', { email: second });
    const link = decodeURIComponent((await lastLinkTo(second))!);
    expect(await confirmEmailChange(link, undefined)).toEqual({ ok: false, reason: 'taken' });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: user.email, pendingEmail: null });
    expect(await auditCount(user.id, 'account.email-change')).toBe(0);
  });

  it('gives links that never set a password, and password links never change the email', async () => {
    const { user } = await accountWithPassword('ESTABLISHMENT');
    const newEmail = uniqueEmail('croise');
    await requestEmailChange(await actorFor(user.id), { email: newEmail, currentPassword: PASSWORD });
    const token = decodeURIComponent((await lastLinkTo(newEmail))!);
    expect(await describeToken(token)).toBe('unknown');
    expect(await setPasswordWithToken(token, NEW_PASSWORD)).toEqual({ ok: false, state: 'unknown' });
    expect(await describeEmailChangeLink(token)).toBe('valid');
    expect(await describeEmailChangeLink('x'.repeat(43))).toBe('unknown');
  });
});

describe('« Me déconnecter partout »', () => {
  it('ends every session of the account, this one included, and no other account’s', async () => {
    const { user, thisBrowser, otherBrowser } = await accountWithPassword('PROFESSIONAL');
    const neighbour = await accountWithPassword('PROFESSIONAL');
    const result = await signOutEverywhere(await actorFor(user.id));
    expect(result.sessionsEnded).toBe(3);
    expect(await sessionAlive(user.id, thisBrowser)).toBe(false);
    expect(await sessionAlive(user.id, otherBrowser)).toBe(false);
    expect(await sessionAlive(neighbour.user.id, neighbour.otherBrowser)).toBe(true);
    expect(await auditCount(user.id, 'account.sign-out-everywhere')).toBe(1);
  });
});

describe('notification preferences', () => {
  it('switch an ARS agent’s account-request emails and a CCS agent’s alert emails, audited', async () => {
    const ars = await actorFor((await createUser('ARS')).id);
    const ccs = await actorFor((await createUser('CCS')).id);
    expect(await getMyAccount(ars)).toMatchObject({ notification: { kind: 'account-requests', enabled: true } });
    await updateNotifications(ars, { enabled: false });
    await updateNotifications(ccs, { enabled: false });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: ars.id } })).toMatchObject({ notifyAccountRequests: false, notifyCcsAlerts: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: ccs.id } })).toMatchObject({ notifyAccountRequests: true, notifyCcsAlerts: false });
    expect(await getMyAccount(ccs)).toMatchObject({ notification: { kind: 'ccs-alerts', enabled: false } });
    expect(await auditCount(ars.id, 'account.notifications')).toBe(1);
  });

  it('do not exist for the other roles', async () => {
    for (const role of ['PROFESSIONAL', 'ESTABLISHMENT', 'RPPS_MANAGER'] as const) {
      const actor = await actorFor((await createUser(role)).id);
      await expect(updateNotifications(actor, { enabled: false })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
