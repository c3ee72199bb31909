/** @jest-environment node */
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { loadActor } from '@/lib/auth/load-actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { attachEstablishment, detachEstablishment } from '@/lib/accounts/account-establishments';
import { getAccountDetail } from '@/lib/accounts/account-detail';
import { disableAccount, reactivateAccount } from '@/lib/accounts/account-status';
import { inviteAccount } from '@/lib/accounts/invite-account';
import { listAccounts } from '@/lib/accounts/list-accounts';
import { ACCOUNT_MESSAGES } from '@/lib/accounts/messages';
import { resendInvitation } from '@/lib/accounts/resend-invitation';
import { accountQuerySchema, inviteAccountSchema, type InviteAccountInput } from '@/lib/accounts/schemas';
import { createCandidacy, createEstablishment, createMission, createProfessional, ensureReferenceData, openSession, uniqueEmail } from '../factories';
import { account, agent, auditOf, outboxTo, TAG } from './accounts-support';

// « Administration » (SPEC §15) against the real database: every domain function, its scope (an ARS of
// another region, an establishment account, a volunteer, an RPPS+ manager fail) and its guard rails.

let toulouse: { id: string; finess: string | null };
let toulouse2: { id: string; finess: string | null };
let creteil: { id: string; finess: string | null };
let ccs: Actor;
let ars: Actor;
let otherArs: Actor;
let strangers: [string, () => Actor][];

beforeAll(async () => {
  await ensureReferenceData();
  [toulouse, toulouse2, creteil] = await Promise.all([createEstablishment('76'), createEstablishment('76'), createEstablishment('11')]);
  [ccs, ars, otherArs] = await Promise.all([agent('CCS'), agent('ARS', { regionCode: '76' }), agent('ARS', { regionCode: '11' })]);
  const [volunteer, establishment, rppsManager] = await Promise.all([
    agent('PROFESSIONAL'),
    agent('ESTABLISHMENT', { establishmentIds: [toulouse.id] }),
    agent('RPPS_MANAGER', { establishmentIds: [toulouse.id] }),
  ]);
  strangers = [
    ['a volunteer', () => volunteer],
    ['an establishment account of the FINESS', () => establishment],
    ['an RPPS+ manager of the FINESS', () => rppsManager],
  ];
});

const invite = (actor: Actor, input: Partial<InviteAccountInput> & Pick<InviteAccountInput, 'role'>) =>
  inviteAccount(actor, inviteAccountSchema.parse({ email: uniqueEmail('invite'), firstName: 'Inès', lastName: TAG, ...input }));

async function expectDomainError(promise: Promise<unknown>, message: string, field?: string) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).message).toContain(message);
  expect((error as DomainError).field).toBe(field);
}

describe('inviting', () => {
  it('the CCS invites an ARS agent: no password, a 72 h activation link emailed, audited', async () => {
    const email = uniqueEmail('ars-invite');
    const { userId } = await invite(ccs, { role: 'ARS', email, regionCode: '11' });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { tokens: true } });
    expect(user).toMatchObject({ role: 'ARS', regionCode: '11', status: 'ACTIVE', passwordHash: null });
    expect(user.tokens).toHaveLength(1);
    expect(user.tokens[0]!.purpose).toBe('ACTIVATION');
    expect(user.tokens[0]!.expiresAt.getTime() - user.tokens[0]!.createdAt.getTime()).toBeCloseTo(72 * 3600 * 1000, -4);
    const [mail] = await outboxTo(email);
    expect(mail!.subject).toBe('Votre compte Renfort RH Crise a été créé');
    expect(mail!.html).toContain('/mot-de-passe/nouveau?token=');
    expect(await auditOf(userId, 'account.invite')).toEqual([expect.objectContaining({ actorId: ccs.id })]);
  });

  it('an ARS invites an RPPS+ manager of its region’s establishments, never of another region', async () => {
    const { userId } = await invite(ars, { role: 'RPPS_MANAGER', finess: `${toulouse.finess}, ${toulouse2.finess}` });
    const memberships = await prisma.establishmentMembership.findMany({ where: { userId } });
    expect(memberships.map((m) => m.establishmentId).sort()).toEqual([toulouse.id, toulouse2.id].sort());

    const email = uniqueEmail('outside');
    await expectDomainError(invite(ars, { role: 'RPPS_MANAGER', email, finess: creteil.finess! }), ACCOUNT_MESSAGES.establishmentUnknown, 'finess');
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it('an ARS invites no agent', async () => {
    await expectDomainError(invite(ars, { role: 'ARS', regionCode: '76' }), ACCOUNT_MESSAGES.roleNotAllowed, 'role');
    await expectDomainError(invite(ars, { role: 'CCS' }), ACCOUNT_MESSAGES.roleNotAllowed, 'role');
  });

  it('an email in use, in scope or not, gets the same message and nothing is written', async () => {
    const outside = await account('PROFESSIONAL');
    const before = await prisma.auditLog.count({ where: { action: 'account.invite', actorId: ccs.id } });
    await expectDomainError(invite(ccs, { role: 'CCS', email: outside.email.toUpperCase() }), ACCOUNT_MESSAGES.emailTaken, 'email');
    expect(await prisma.auditLog.count({ where: { action: 'account.invite', actorId: ccs.id } })).toBe(before);
    expect(await outboxTo(outside.email)).toHaveLength(0);
  });

  it.each([0, 1, 2])('refuses every other role (%#)', async (index) => {
    const [, stranger] = strangers[index]!;
    await expect(invite(stranger(), { role: 'RPPS_MANAGER', finess: toulouse.finess! })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('resending the invitation', () => {
  it('issues a new link and cancels the older one, for accounts never activated', async () => {
    const { userId, email } = await invite(ars, { role: 'RPPS_MANAGER', finess: toulouse.finess! });
    const [first] = await prisma.oneTimeToken.findMany({ where: { userId } });
    await resendInvitation(ars, { userId });
    const tokens = await prisma.oneTimeToken.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
    expect(tokens).toHaveLength(2);
    expect(tokens.find((token) => token.id === first!.id)!.usedAt).not.toBeNull();
    expect(tokens.filter((token) => token.usedAt === null)).toHaveLength(1);
    expect(await outboxTo(email)).toHaveLength(2);
    expect(await auditOf(userId, 'account.invitation-resend')).toHaveLength(1);
  });

  it('refuses an activated account, and another region’s ARS gets « not found »', async () => {
    const activated = await account('ESTABLISHMENT', { establishmentIds: [toulouse.id], passwordHash: 'x' });
    await expectDomainError(resendInvitation(ars, { userId: activated.id }), ACCOUNT_MESSAGES.alreadyActivated);
    const invited = await account('ESTABLISHMENT', { establishmentIds: [toulouse.id] });
    await expect(resendInvitation(otherArs, { userId: invited.id })).rejects.toBeInstanceOf(NotFoundError);
    for (const [, stranger] of strangers) await expect(resendInvitation(stranger(), { userId: invited.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('disabling and reactivating', () => {
  it('disabling ends the open sessions at once, cancels links, emails the person, audited; reactivation clears the reason', async () => {
    const target = await account('ESTABLISHMENT', { establishmentIds: [toulouse.id], passwordHash: 'x' });
    const sessionId = await openSession(target.id);
    expect(await loadActor(target.id, target.sessionVersion, sessionId)).not.toBeNull();

    await disableAccount(ars, { userId: target.id, reason: 'A quitté l’établissement' });
    const disabled = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(disabled).toMatchObject({ status: 'DISABLED', disabledReason: 'A quitté l’établissement', sessionVersion: target.sessionVersion + 1 });
    expect(disabled.disabledAt).not.toBeNull();
    expect(await loadActor(target.id, target.sessionVersion, sessionId)).toBeNull();
    expect(await prisma.userSession.count({ where: { userId: target.id, endedAt: null } })).toBe(0);
    expect((await outboxTo(target.email)).map((mail) => mail.subject)).toEqual(['Votre compte Renfort RH Crise a été désactivé']);
    expect(await auditOf(target.id, 'account.disable')).toEqual([expect.objectContaining({ actorId: ars.id, details: { reason: 'A quitté l’établissement' } })]);

    await expectDomainError(disableAccount(ars, { userId: target.id, reason: 'encore' }), ACCOUNT_MESSAGES.notActive);
    await reactivateAccount(ars, { userId: target.id });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ status: 'ACTIVE', disabledReason: null, disabledAt: null });
    expect((await outboxTo(target.email)).map((mail) => mail.subject)).toContain('Votre compte Renfort RH Crise a été réactivé');
    expect(await auditOf(target.id, 'account.reactivate')).toHaveLength(1);
    await expectDomainError(reactivateAccount(ars, { userId: target.id }), ACCOUNT_MESSAGES.notDisabled);
  });

  it('an invitation link cannot be used once the account is disabled', async () => {
    const { userId } = await invite(ccs, { role: 'CCS' });
    const [token] = await prisma.oneTimeToken.findMany({ where: { userId } });
    await disableAccount(ccs, { userId, reason: 'Invitation envoyée par erreur' });
    expect((await prisma.oneTimeToken.findUniqueOrThrow({ where: { id: token!.id } })).usedAt).not.toBeNull();
  });

  it('nobody disables themselves', async () => {
    await expectDomainError(disableAccount(ccs, { userId: ccs.id, reason: 'essai' }), ACCOUNT_MESSAGES.notSelf, 'reason');
    await expectDomainError(disableAccount(ars, { userId: ars.id, reason: 'essai' }), ACCOUNT_MESSAGES.notSelf, 'reason');
  });

  it('an ARS sees its region’s agents but leaves them to the CCS', async () => {
    const colleague = await account('ARS', { regionCode: '76', passwordHash: 'x' });
    await expectDomainError(disableAccount(ars, { userId: colleague.id, reason: 'essai' }), ACCOUNT_MESSAGES.agentsByCcs);
    await disableAccount(ccs, { userId: colleague.id, reason: 'Mutation' });
    await expectDomainError(reactivateAccount(ars, { userId: colleague.id }), ACCOUNT_MESSAGES.agentsByCcs);
  });

  it('out of scope is « not found »: another region’s ARS, a CCS agent for an ARS, another region’s volunteer for an ARS, every other role', async () => {
    const target = await account('ESTABLISHMENT', { establishmentIds: [toulouse.id] });
    const otherCcs = await account('CCS');
    const elsewhere = (await createProfessional({ regionCode: '11' })).user;
    await expect(disableAccount(otherArs, { userId: target.id, reason: 'essai' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(disableAccount(ars, { userId: otherCcs.id, reason: 'essai' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(disableAccount(ars, { userId: elsewhere.id, reason: 'essai' })).rejects.toBeInstanceOf(NotFoundError);
    for (const [, stranger] of strangers) {
      await expect(disableAccount(stranger(), { userId: elsewhere.id, reason: 'essai' })).rejects.toBeInstanceOf(NotFoundError);
      await expect(disableAccount(stranger(), { userId: target.id, reason: 'essai' })).rejects.toBeInstanceOf(NotFoundError);
      await expect(reactivateAccount(stranger(), { userId: target.id })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).status).toBe('ACTIVE');
  });
});

describe('volunteers’ accounts (SPEC §2: an ARS administers its region’s volunteers)', () => {
  it('the region’s ARS disables a volunteer: sessions end, they leave every pool, emailed, audited; the CCS reactivates', async () => {
    const { user, professional } = await createProfessional({ regionCode: '76' });
    const session = await openSession(user.id);
    expect(await loadActor(user.id, user.sessionVersion, session)).not.toBeNull();
    await disableAccount(ars, { userId: user.id, reason: 'Compte créé par erreur' });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ status: 'DISABLED', disabledReason: 'Compte créé par erreur' });
    expect(await loadActor(user.id, user.sessionVersion, session)).toBeNull();
    // The pools read professionals.account_active, kept by a trigger on users.status.
    expect((await prisma.professional.findUniqueOrThrow({ where: { id: professional.id } })).accountActive).toBe(false);
    expect((await outboxTo(user.email)).map((email) => email.subject)).toEqual(['Votre compte Renfort RH Crise a été désactivé']);
    expect(await auditOf(user.id, 'account.disable')).toEqual([expect.objectContaining({ actorId: ars.id, details: { reason: 'Compte créé par erreur' } })]);

    await reactivateAccount(ccs, { userId: user.id });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ status: 'ACTIVE', disabledReason: null });
    expect((await prisma.professional.findUniqueOrThrow({ where: { id: professional.id } })).accountActive).toBe(true);
  });

  it('refuses while the volunteer holds a reservation or a proposal, and changes nothing', async () => {
    const { user, professional } = await createProfessional({ regionCode: '76' });
    const mission = await createMission(toulouse.id);
    await createCandidacy({ missionId: mission.id, professionalId: professional.id, status: 'CONTACTED' });
    await expectDomainError(disableAccount(ars, { userId: user.id, reason: 'Doublon' }), ACCOUNT_MESSAGES.volunteerReserved);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe('ACTIVE');
  });

  it('tells an ARS that a reservation of another region is that region’s (or the CCS’s) to end, and the CCS that it is its own', async () => {
    const { user, professional } = await createProfessional({ regionCode: '76' });
    const mission = await createMission(creteil.id);
    await createCandidacy({ missionId: mission.id, professionalId: professional.id, status: 'CONTACTED' });
    await expectDomainError(disableAccount(ars, { userId: user.id, reason: 'Doublon' }), ACCOUNT_MESSAGES.volunteerReservedElsewhere);
    await expectDomainError(disableAccount(ccs, { userId: user.id, reason: 'Doublon' }), ACCOUNT_MESSAGES.volunteerReserved);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe('ACTIVE');
  });

  it('never lists volunteers in « Administration », nor offers them its other acts', async () => {
    const { user } = await createProfessional({ regionCode: '76' });
    expect(await getAccountDetail(ccs, user.id)).toBeNull();
    await expect(resendInvitation(ccs, { userId: user.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(attachEstablishment(ars, { userId: user.id, finess: toulouse.finess! })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('attaching and detaching establishments', () => {
  it('attaches within the scope, detaches, and never leaves the account with none', async () => {
    const target = await account('ESTABLISHMENT', { establishmentIds: [toulouse.id] });
    await attachEstablishment(ars, { userId: target.id, finess: toulouse2.finess! });
    await expectDomainError(attachEstablishment(ars, { userId: target.id, finess: toulouse2.finess! }), ACCOUNT_MESSAGES.alreadyAttached, 'finess');
    await expectDomainError(attachEstablishment(ars, { userId: target.id, finess: creteil.finess! }), ACCOUNT_MESSAGES.establishmentUnknown, 'finess');
    await detachEstablishment(ars, { userId: target.id, establishmentId: toulouse.id });
    await expectDomainError(detachEstablishment(ars, { userId: target.id, establishmentId: toulouse2.id }), ACCOUNT_MESSAGES.lastEstablishment);
    const memberships = await prisma.establishmentMembership.findMany({ where: { userId: target.id } });
    expect(memberships.map((m) => m.establishmentId)).toEqual([toulouse2.id]);
    expect(await auditOf(target.id, 'account.establishment-attach')).toHaveLength(1);
    expect(await auditOf(target.id, 'account.establishment-detach')).toHaveLength(1);
  });

  it('two detachments at once leave one establishment', async () => {
    const target = await account('RPPS_MANAGER', { establishmentIds: [toulouse.id, toulouse2.id] });
    const outcomes = await Promise.allSettled([
      detachEstablishment(ars, { userId: target.id, establishmentId: toulouse.id }),
      detachEstablishment(ccs, { userId: target.id, establishmentId: toulouse2.id }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(await prisma.establishmentMembership.count({ where: { userId: target.id } })).toBe(1);
  });

  it('an ARS never touches another region’s establishment of an account it sees; others are refused', async () => {
    const target = await account('RPPS_MANAGER', { establishmentIds: [toulouse.id, creteil.id] });
    await expect(detachEstablishment(ars, { userId: target.id, establishmentId: creteil.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(attachEstablishment(otherArs, { userId: target.id, finess: toulouse2.finess! })).rejects.toBeInstanceOf(DomainError);
    const onlyToulouse = await account('ESTABLISHMENT', { establishmentIds: [toulouse.id, toulouse2.id] });
    await expect(detachEstablishment(otherArs, { userId: onlyToulouse.id, establishmentId: toulouse.id })).rejects.toBeInstanceOf(NotFoundError);
    for (const [, stranger] of strangers) {
      await expect(attachEstablishment(stranger(), { userId: onlyToulouse.id, finess: toulouse2.finess! })).rejects.toBeInstanceOf(NotFoundError);
      await expect(detachEstablishment(stranger(), { userId: onlyToulouse.id, establishmentId: toulouse.id })).rejects.toBeInstanceOf(NotFoundError);
    }
    const agentAccount = await account('CCS');
    await expectDomainError(attachEstablishment(ccs, { userId: agentAccount.id, finess: toulouse.finess! }), ACCOUNT_MESSAGES.notEstablishmentAccount, 'finess');
    expect(await prisma.establishmentMembership.count({ where: { userId: onlyToulouse.id } })).toBe(2);
  });
});

describe('the list and the account page', () => {
  const query = (values: Record<string, string> = {}) => accountQuerySchema.parse({ q: TAG, ...values });

  it('an ARS sees its region’s agents and establishment accounts; the CCS sees every agent; nobody sees volunteers', async () => {
    const [inRegion, outOfRegion, volunteer, otherCcs] = await Promise.all([
      account('ESTABLISHMENT', { establishmentIds: [toulouse.id] }),
      account('ESTABLISHMENT', { establishmentIds: [creteil.id] }),
      account('PROFESSIONAL'),
      account('CCS'),
    ]);
    const arsIds = (await listAccounts(ars, query({ page: '1' }))).rows.map((row) => row.id);
    expect(arsIds).toEqual(expect.arrayContaining([inRegion.id, ars.id]));
    expect(arsIds).not.toEqual(expect.arrayContaining([outOfRegion.id]));
    expect(arsIds).not.toContain(otherArs.id);
    expect(arsIds).not.toContain(otherCcs.id);
    expect(arsIds).not.toContain(volunteer.id);
    const ccsList = await listAccounts(ccs, query());
    expect(ccsList.total).toBeGreaterThan(arsIds.length);
    expect(ccsList.rows.map((row) => row.id)).not.toContain(volunteer.id);

    expect(await getAccountDetail(otherArs, inRegion.id)).toBeNull();
    expect(await getAccountDetail(ars, volunteer.id)).toBeNull();
    expect((await getAccountDetail(ars, inRegion.id))?.may).toMatchObject({ disable: true, establishments: true, self: false });
    for (const [, stranger] of strangers) {
      await expect(listAccounts(stranger(), query())).rejects.toBeInstanceOf(NotFoundError);
      await expect(getAccountDetail(stranger(), inRegion.id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it('filters by name or email, role, status and last sign-in, and pages', async () => {
    const named = await account('RPPS_MANAGER', { establishmentIds: [toulouse.id], firstName: 'Zoé' });
    const disabled = await account('ESTABLISHMENT', { establishmentIds: [toulouse.id], status: 'DISABLED' });
    await prisma.user.update({ where: { id: named.id }, data: { lastLoginAt: new Date() } });
    expect((await listAccounts(ars, query({ q: `zoé ${TAG}` }))).rows.map((row) => row.id)).toEqual([named.id]);
    expect((await listAccounts(ars, query({ q: named.email.slice(0, 18) }))).rows.map((row) => row.id)).toContain(named.id);
    expect((await listAccounts(ars, query({ status: 'desactive' }))).rows.map((row) => row.id)).toContain(disabled.id);
    expect((await listAccounts(ars, query({ status: 'desactive' }))).rows.every((row) => row.state === 'DISABLED')).toBe(true);
    expect((await listAccounts(ars, query({ role: 'RPPS_MANAGER', lastSignIn: '30-jours' }))).rows.map((row) => row.id)).toEqual([named.id]);
    expect((await listAccounts(ars, query({ lastSignIn: 'jamais' }))).rows.map((row) => row.id)).not.toContain(named.id);
    expect((await listAccounts(ccs, query({ region: '11' }))).rows.map((row) => row.id)).not.toContain(named.id);
    const pageTwo = await listAccounts(ccs, query({ page: '2' }));
    expect(pageTwo.total).toBe((await listAccounts(ccs, query())).total);
  });
});
