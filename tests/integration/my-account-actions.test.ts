/** @jest-environment node */
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { Role } from '@/lib/generated/prisma/enums';
import { getActor } from '@/lib/auth/session';
import { currentSessionId } from '@/lib/my-account/current-session';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import * as professional from '@/app/(professional)/professionnel/compte/actions';
import * as establishment from '@/app/(establishment)/etablissement/compte/actions';
import * as rpps from '@/app/(rpps)/rpps/compte/actions';
import * as regulation from '@/app/(regulation)/_actions/account';
import * as confirmation from '@/app/(public)/compte/confirmer-email/actions';
import { actorFor, createProfessional, createUser, uniqueEmail } from '../factories';
import { NEW_PASSWORD, PASSWORD, accountWithPassword, lastLinkTo } from './my-account-support';

// Every « Mon compte » action as the browser calls it (SPEC §14, §15): each area's module accepts its own
// role only, and none takes a user id — whatever the browser sends, the account changed is the caller's.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('@/lib/my-account/current-session', () => ({ currentSessionId: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);
const mockedSession = jest.mocked(currentSessionId);

type Module = Record<string, (input: never) => Promise<unknown>>;
const MODULES: [string, Module, Role[]][] = [
  ['/professionnel/compte', professional as Module, ['PROFESSIONAL']],
  ['/etablissement/compte', establishment as Module, ['ESTABLISHMENT']],
  ['/rpps/compte', rpps as Module, ['RPPS_MANAGER']],
  ['/ars/compte and /ccs/compte', regulation as Module, ['ARS', 'CCS']],
];
const ROLES: Role[] = ['PROFESSIONAL', 'ESTABLISHMENT', 'RPPS_MANAGER', 'ARS', 'CCS'];

/** Valid input for each action, aimed at changing something. */
function inputs(): Record<string, unknown> {
  return {
    updateProfileAction: { firstName: 'Intrus', lastName: 'Intrus', phone: '0612345678' },
    changePasswordAction: { currentPassword: PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD },
    requestEmailChangeAction: { email: uniqueEmail('intrus'), currentPassword: PASSWORD },
    signOutEverywhereAction: {},
    updateNotificationsAction: { enabled: false },
    unlinkIdentityAction: { provider: 'PRO_SANTE_CONNECT' },
  };
}

/** The identity provider a role may link (SPEC §16), and a linked identity of it for this account. */
const providerOf = (role: Role) => (role === 'PROFESSIONAL' || role === 'RPPS_MANAGER' ? 'PRO_SANTE_CONNECT' : 'PROCONNECT');

function linkIdentityTo(userId: string, role: Role) {
  const provider = providerOf(role);
  const rppsNumber = provider === 'PRO_SANTE_CONNECT' ? `10${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}` : null;
  return prisma.federatedIdentity.create({ data: { userId, provider, subject: `sub-${userId}`, rppsNumber } });
}

async function untouched(userId: string, sessionId: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  expect(user).toMatchObject({ firstName: 'Camille', sessionVersion: 0, pendingEmail: null, notifyAccountRequests: true, notifyCcsAlerts: true });
  expect(await prisma.userSession.count({ where: { id: sessionId, endedAt: null } })).toBe(1);
  expect(await prisma.auditLog.count({ where: { entityId: userId, action: { startsWith: 'account.' } } })).toBe(0);
}

beforeEach(() => {
  mockedGetActor.mockReset();
  mockedSession.mockReset();
});

describe.each(MODULES)('the actions of %s', (_path, module, allowed) => {
  const strangers: (Role | null)[] = [null, ...ROLES.filter((role) => !allowed.includes(role))];

  it.each(strangers.map((role) => [role ?? 'no session', role]))('answer « Élément introuvable. » to %s and change nothing', async (_who, role) => {
    const { user, thisBrowser } = await accountWithPassword(role ?? 'ESTABLISHMENT');
    await linkIdentityTo(user.id, role ?? 'ESTABLISHMENT');
    mockedGetActor.mockResolvedValue(role ? ((await actorFor(user.id)) as Actor) : null);
    mockedSession.mockResolvedValue(thisBrowser);
    const given = inputs();
    for (const [name, run] of Object.entries(module)) {
      expect([name, await run(given[name] as never)]).toEqual([name, { ok: false, formError: NOT_FOUND_ERROR }]);
    }
    await untouched(user.id, thisBrowser);
    expect(await prisma.federatedIdentity.count({ where: { userId: user.id } })).toBe(1);
  });

  it.each(allowed)('change the account of %s itself, whatever user id the browser adds', async (role) => {
    const { user, thisBrowser } = await accountWithPassword(role);
    const victim = await accountWithPassword(role === 'PROFESSIONAL' ? 'ESTABLISHMENT' : role);
    await linkIdentityTo(user.id, role);
    await linkIdentityTo(victim.user.id, role === 'PROFESSIONAL' ? 'ESTABLISHMENT' : role);
    mockedGetActor.mockResolvedValue(await actorFor(user.id));
    mockedSession.mockResolvedValue(thisBrowser);
    // The modules export the password change before the email change: the latter then needs the new password.
    const given: Record<string, unknown> = {
      ...inputs(),
      requestEmailChangeAction: { email: uniqueEmail('moi'), currentPassword: NEW_PASSWORD },
      unlinkIdentityAction: { provider: providerOf(role) },
    };
    for (const [name, run] of Object.entries(module)) {
      if (name === 'signOutEverywhereAction') continue;
      const result = await run({ ...(given[name] as object), userId: victim.user.id, id: victim.user.id } as never);
      expect([name, result]).toMatchObject([name, { ok: true }]);
    }
    // « Me déconnecter partout » takes nothing at all: an id is refused outright.
    expect(await run(module.signOutEverywhereAction!, { userId: victim.user.id })).toMatchObject({ ok: false });
    expect(await run(module.signOutEverywhereAction!, {})).toMatchObject({ ok: true });
    await untouched(victim.user.id, victim.thisBrowser);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    // « Délier » removed the caller's identity, audited, and not the other account's.
    expect(await prisma.federatedIdentity.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.federatedIdentity.count({ where: { userId: victim.user.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: 'identity.unlink' } })).toBe(1);
  });
});

function run(action: (input: never) => Promise<unknown>, input: unknown) {
  return action(input as never);
}

describe('the volunteer’s page', () => {
  it('has no action of its own on names and phone: « Ma fiche » owns them', () => {
    expect(Object.keys(professional).sort()).toEqual(['changePasswordAction', 'requestEmailChangeAction', 'signOutEverywhereAction', 'unlinkIdentityAction']);
  });

  it('answers an address in use as a free one (SPEC §2: no account is revealed), and refuses its own next to the field', async () => {
    const { user } = await createProfessional();
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: (await accountWithPassword('PROFESSIONAL')).user.passwordHash } });
    mockedGetActor.mockResolvedValue(await actorFor(user.id));
    const other = await createUser('ARS', { regionCode: '11' });
    const free = uniqueEmail('libre');
    expect(await professional.requestEmailChangeAction({ email: other.email, currentPassword: PASSWORD })).toEqual({ ok: true, data: { pendingEmail: other.email } });
    expect(await professional.requestEmailChangeAction({ email: free, currentPassword: PASSWORD })).toEqual({ ok: true, data: { pendingEmail: free } });
    expect(await professional.requestEmailChangeAction({ email: user.email, currentPassword: PASSWORD })).toEqual({
      ok: false,
      fieldErrors: { email: 'C’est déjà l’adresse de votre compte.' },
    });
    expect(await professional.changePasswordAction({ currentPassword: 'faux', password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).toEqual({
      ok: false,
      fieldErrors: { currentPassword: 'Mot de passe actuel incorrect.' },
    });
  });
});

describe('the email confirmation link', () => {
  it('works without a session, once, and says so in French', async () => {
    const { user } = await accountWithPassword('RPPS_MANAGER');
    mockedGetActor.mockResolvedValue(await actorFor(user.id));
    const newEmail = uniqueEmail('lien');
    await rpps.requestEmailChangeAction({ email: newEmail, currentPassword: PASSWORD });
    const token = decodeURIComponent((await lastLinkTo(newEmail))!);
    mockedGetActor.mockResolvedValue(null);
    mockedSession.mockResolvedValue(undefined);
    expect(await confirmation.confirmEmailChangeAction({ token })).toEqual({ ok: true, data: { email: newEmail } });
    expect(await confirmation.confirmEmailChangeAction({ token })).toEqual({ ok: false, formError: 'Ce lien a déjà été utilisé.' });
    expect(await confirmation.confirmEmailChangeAction({ token: 'court' })).toEqual({ ok: false, fieldErrors: { token: 'Lien invalide.' } });
  });
});
