/** @jest-environment node */
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { ACCOUNT_MESSAGES } from '@/lib/accounts/messages';
import * as administration from '@/app/(regulation)/_actions/administration';
import { createEstablishment, ensureReferenceData, uniqueEmail } from '../factories';
import { account, agent, TAG } from './accounts-support';

// The server actions of « Administration » as the browser calls them (SPEC §14: each checks by itself):
// every other role, and an ARS of another region, get « Élément introuvable. » and change nothing;
// bad input gets its French message next to the field.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

let establishment: { id: string; finess: string | null };
let otherEstablishment: { id: string; finess: string | null };
let ars: Actor;

beforeAll(async () => {
  await ensureReferenceData();
  [establishment, otherEstablishment] = await Promise.all([createEstablishment('76'), createEstablishment('76')]);
  ars = await agent('ARS', { regionCode: '76' });
});
beforeEach(() => mockedGetActor.mockReset());

/** Every action, aimed at a fresh establishment account of the region; each would change something. */
async function calls(): Promise<{ target: { id: string; email: string }; list: [string, () => Promise<unknown>][] }> {
  const target = await account('ESTABLISHMENT', { establishmentIds: [establishment.id] });
  const disabled = await account('ESTABLISHMENT', { establishmentIds: [establishment.id], status: 'DISABLED' });
  await prisma.user.update({ where: { id: disabled.id }, data: { disabledReason: 'test', disabledAt: new Date() } });
  const userId = target.id;
  return {
    target,
    list: [
      ['invite', () => administration.inviteAccountAction({ role: 'RPPS_MANAGER', email: uniqueEmail('act'), firstName: 'A', lastName: TAG, finess: establishment.finess! })],
      ['resend', () => administration.resendInvitationAction({ userId })],
      ['disable', () => administration.disableAccountAction({ userId, reason: 'Motif de test' })],
      ['reactivate', () => administration.reactivateAccountAction({ userId: disabled.id })],
      ['attach', () => administration.attachEstablishmentAction({ userId, finess: otherEstablishment.finess! })],
      ['detach', () => administration.detachEstablishmentAction({ userId, establishmentId: establishment.id })],
    ],
  };
}

const strangers: [string, () => Promise<Actor | null>][] = [
  ['no session', async () => null],
  ['a volunteer', () => agent('PROFESSIONAL')],
  ['an establishment account of the FINESS', () => agent('ESTABLISHMENT', { establishmentIds: [establishment.id] })],
  ['an RPPS+ manager of the FINESS', () => agent('RPPS_MANAGER', { establishmentIds: [establishment.id] })],
  ['the ARS of another region', () => agent('ARS', { regionCode: '11' })],
];

describe.each(strangers)('%s', (_label, makeActor) => {
  it('gets « Élément introuvable. » from every action, and nothing changes', async () => {
    mockedGetActor.mockResolvedValue(await makeActor());
    const { target, list } = await calls();
    for (const [name, call] of list) {
      const result = (await call()) as { ok: boolean; formError?: string; fieldErrors?: Record<string, string> };
      expect({ name, ok: result.ok }).toEqual({ name, ok: false });
      // Another region's ARS may invite in its own region: the Occitanie FINESS is « unknown » to it.
      if (name === 'invite' && result.fieldErrors) expect(result.fieldErrors.finess).toContain(ACCOUNT_MESSAGES.establishmentUnknown);
      else expect({ name, formError: result.formError }).toEqual({ name, formError: NOT_FOUND_ERROR });
    }
    const after = await prisma.user.findUniqueOrThrow({ where: { id: target.id }, include: { memberships: true, tokens: true } });
    expect(after.status).toBe('ACTIVE');
    expect(after.memberships).toHaveLength(1);
    expect(after.tokens).toHaveLength(0);
  });
});

it('the region’s ARS gets through every action', async () => {
  mockedGetActor.mockResolvedValue(ars);
  const { list } = await calls();
  // Detach needs the second establishment attached first: the list's order does it.
  for (const [name, call] of list) expect({ name, result: await call() }).toEqual({ name, result: expect.objectContaining({ ok: true }) });
});

it('bad input is answered next to its field', async () => {
  mockedGetActor.mockResolvedValue(ars);
  const taken = await account('PROFESSIONAL');
  expect(await administration.inviteAccountAction({ role: 'RPPS_MANAGER', email: taken.email, firstName: 'A', lastName: 'B', finess: establishment.finess! })).toEqual({
    ok: false,
    fieldErrors: { email: ACCOUNT_MESSAGES.emailTaken },
  });
  expect(await administration.disableAccountAction({ userId: ars.id, reason: '' })).toMatchObject({ ok: false, fieldErrors: { reason: expect.stringContaining('motif') } });
  expect(await administration.disableAccountAction({ userId: ars.id, reason: 'Je pars' })).toEqual({ ok: false, fieldErrors: { reason: ACCOUNT_MESSAGES.notSelf } });
  const target = await account('ESTABLISHMENT', { establishmentIds: [establishment.id] });
  expect(await administration.attachEstablishmentAction({ userId: target.id, finess: '12' })).toMatchObject({ ok: false, fieldErrors: { finess: expect.any(String) } });
});
