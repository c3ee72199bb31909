/** @jest-environment node */
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import type { Role } from '@/lib/generated/prisma/enums';
import * as regulatorActions from '@/app/(regulation)/_actions/account-requests';
import { submitAccountRequestAction } from '@/app/(public)/inscription/etablissement/actions';
import { actorFor, createEstablishment, createUser, ensureReferenceData } from '../factories';
import { emailsTo, requestInput, submitRequest } from './account-requests-helpers';

// The queue's server actions as the browser calls them (SPEC §14: every action checks by itself, even
// without an Origin header). Only the session and Next's cache are replaced: they need a request scope.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

// One module, written once for `/ars/demandes` and `/ccs/demandes` (app/(regulation)/_actions).
const AREAS = { '/ars/demandes and /ccs/demandes': regulatorActions } as const;

async function actorOf(role: Role, options: { regionCode?: string; establishmentIds?: string[] } = {}): Promise<Actor> {
  return actorFor((await createUser(role, options)).id);
}

beforeAll(ensureReferenceData);
beforeEach(() => mockedGetActor.mockReset());

async function expectUntouched(request: { id: string; userId: string | null; email: string }) {
  expect(await prisma.accountRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'PENDING', decidedById: null, refusalReason: null });
  expect(await prisma.user.findUniqueOrThrow({ where: { id: request.userId! } })).toMatchObject({ status: 'AWAITING_VALIDATION' });
  expect((await emailsTo(request.email)).map((row) => row.template)).toEqual(['account-request-received']);
}

describe.each(Object.entries(AREAS))('the actions of %s', (_area, actions) => {
  const strangers: [string, () => Promise<Actor | null>][] = [
    ['no session', async () => null],
    ['a volunteer', () => actorOf('PROFESSIONAL')],
    ['an establishment account', async () => actorOf('ESTABLISHMENT', { establishmentIds: [(await createEstablishment('76')).id] })],
    ['an RPPS+ manager', async () => actorOf('RPPS_MANAGER', { establishmentIds: [(await createEstablishment('76')).id] })],
    ['the ARS of another region', () => actorOf('ARS', { regionCode: '11' })],
  ];

  it.each(strangers)('answer « Élément introuvable. » to %s and change nothing', async (_who, makeActor) => {
    const request = await submitRequest();
    mockedGetActor.mockResolvedValue(await makeActor());
    await expect(actions.validateAccountRequestAction({ requestId: request.id })).resolves.toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    await expect(actions.refuseAccountRequestAction({ requestId: request.id, reason: 'Non' })).resolves.toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    await expectUntouched(request);
  });

  it('let the ARS of the region validate, then refuse the next decision as already taken', async () => {
    const request = await submitRequest();
    mockedGetActor.mockResolvedValue(await actorOf('ARS', { regionCode: '76' }));
    const validated = await actions.validateAccountRequestAction({ requestId: request.id });
    expect(validated).toEqual({ ok: true, data: { establishmentName: request.establishmentName, joinedExisting: false, missionCount: 2 } });
    const again = await actions.refuseAccountRequestAction({ requestId: request.id, reason: 'Doublon' });
    expect(again).toEqual({ ok: false, formError: 'Cette demande a déjà été traitée, sans doute par un autre agent : la liste est mise à jour.' });
  });

  it('let the CCS act on any region', async () => {
    mockedGetActor.mockResolvedValue(await actorOf('CCS'));
    const paris = await submitRequest({ regionCode: '11', postalCode: '94000', city: 'Créteil' });
    const toulouse = await submitRequest();
    expect(await actions.refuseAccountRequestAction({ requestId: paris.id, reason: 'Établissement inconnu' })).toMatchObject({ ok: true });
    expect(await actions.validateAccountRequestAction({ requestId: toulouse.id })).toMatchObject({ ok: true });
    expect(await prisma.accountRequest.findUniqueOrThrow({ where: { id: paris.id } })).toMatchObject({ status: 'REFUSED' });
    expect(await prisma.accountRequest.findUniqueOrThrow({ where: { id: toulouse.id } })).toMatchObject({ status: 'VALIDATED' });
  });

  it('require a reason to refuse, and an id that looks like one', async () => {
    const request = await submitRequest();
    mockedGetActor.mockResolvedValue(await actorOf('CCS'));
    expect(await actions.refuseAccountRequestAction({ requestId: request.id, reason: '   ' })).toEqual({ ok: false, fieldErrors: { reason: 'Indiquez le motif du refus.' } });
    expect(await actions.validateAccountRequestAction({ requestId: 'not-an-id' })).toEqual({ ok: false, fieldErrors: { requestId: 'Élément introuvable.' } });
    await expectUntouched(request);
  });
});

describe('submitAccountRequestAction', () => {
  it('answers with French messages next to the fields, before anything else is looked at', async () => {
    const result = await submitAccountRequestAction(requestInput({ email: 'pas-un-email', identifier: '310100018', missions: [] }));
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        email: 'Adresse email invalide.',
        identifier: "Le numéro FINESS n'est pas valide : vérifiez les chiffres saisis.",
        missions: "Ajoutez une mission, ou cochez « Je n'ai pas de besoin immédiat ».",
      },
    });
  });
});
