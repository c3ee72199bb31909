/** @jest-environment node */
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { Actor } from '@/lib/access/actor';
import { accessOf, action } from '@/lib/actions/action';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { getActor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';

// The wrapper revalidates the actor's own area after a success, so no action does it by hand and no
// client refreshes after it (issue 9): each failure leaves the cache alone. Only the session and
// Next's cache are replaced: they need a request scope.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

const schema = z.object({ value: z.string().min(1, 'Obligatoire.') });

function actorWith(role: Role): Actor {
  return { id: 'a', email: 'a@test.fr', role, firstName: 'A', lastName: 'B', regionCode: role === 'ARS' ? '76' : null, establishmentIds: [], professionalId: null };
}

beforeEach(() => {
  mockedGetActor.mockReset();
  jest.mocked(revalidatePath).mockReset();
});

describe('the action wrapper', () => {
  const echo = action({ schema, roles: ['ARS', 'CCS'] }, async ({ value }) => value);

  it.each([
    ['ARS', '/ars'],
    ['CCS', '/ccs'],
  ] as const)('revalidates the area of the %s that acted (%s), once, after the work', async (role, prefix) => {
    mockedGetActor.mockResolvedValue(actorWith(role));
    expect(await echo({ value: 'x' })).toEqual({ ok: true, data: 'x' });
    expect(revalidatePath).toHaveBeenCalledTimes(1);
    expect(revalidatePath).toHaveBeenCalledWith(prefix, 'layout');
  });

  it('does not revalidate on a refusal: wrong input, another role, nobody, a domain error, a crash', async () => {
    const refusing = action({ schema, roles: ['ESTABLISHMENT'] }, async () => {
      throw new DomainError('Cette mission est archivée.');
    });
    const crashing = action({ schema, roles: ['ESTABLISHMENT'] }, async () => {
      throw new Error('database down');
    });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    mockedGetActor.mockResolvedValue(actorWith('ESTABLISHMENT'));
    expect(await refusing({ value: '' })).toEqual({ ok: false, fieldErrors: { value: 'Obligatoire.' } });
    expect(await refusing({ value: 'x' })).toEqual({ ok: false, formError: 'Cette mission est archivée.' });
    expect(await crashing({ value: 'x' })).toMatchObject({ ok: false, formError: expect.any(String) });
    expect(await echo({ value: 'x' })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    mockedGetActor.mockResolvedValue(null);
    expect(await echo({ value: 'x' })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('authorizes before it validates: nobody and another role learn nothing, not even field errors (SPEC §14)', async () => {
    let ran = false;
    const guarded = action({ schema, roles: ['CCS'] }, async () => {
      ran = true;
    });
    mockedGetActor.mockResolvedValue(null);
    expect(await guarded({ value: '' })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    mockedGetActor.mockResolvedValue(actorWith('ARS'));
    expect(await guarded({ value: '' })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    mockedGetActor.mockResolvedValue(actorWith('CCS'));
    expect(await guarded({ value: '' })).toEqual({ ok: false, fieldErrors: { value: 'Obligatoire.' } });
    expect(ran).toBe(false);
  });

  it('lets an action opt out, or revalidate only for some outcomes', async () => {
    const quiet = action({ schema, roles: ['RPPS_MANAGER'], revalidate: false }, async () => null);
    const sometimes = action({ schema, roles: ['ARS'], revalidate: (outcome: { changed: boolean }) => outcome.changed }, async ({ value }) => ({ changed: value === 'oui' }));
    mockedGetActor.mockResolvedValue(actorWith('RPPS_MANAGER'));
    expect(await quiet({ value: 'x' })).toEqual({ ok: true, data: null });
    mockedGetActor.mockResolvedValue(actorWith('ARS'));
    expect(await sometimes({ value: 'non' })).toEqual({ ok: true, data: { changed: false } });
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(await sometimes({ value: 'oui' })).toEqual({ ok: true, data: { changed: true } });
    expect(revalidatePath).toHaveBeenCalledWith('/ars', 'layout');
  });

  it('never revalidates for a public action, signed in or not', async () => {
    const open = action({ schema, public: true }, async () => null);
    mockedGetActor.mockResolvedValue(actorWith('PROFESSIONAL'));
    expect(await open({ value: 'x' })).toEqual({ ok: true, data: null });
    mockedGetActor.mockResolvedValue(null);
    expect(await open({ value: 'x' })).toEqual({ ok: true, data: null });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('records who may call each action, for the check of app/ against lib/access/roles.ts', () => {
    expect(accessOf(echo)).toEqual({ roles: ['ARS', 'CCS'] });
    expect(accessOf(action({ schema, public: true }, async () => null))).toEqual({ public: true });
    expect(accessOf(() => undefined)).toBeUndefined();
  });
});
