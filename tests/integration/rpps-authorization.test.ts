/** @jest-environment node */
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import * as wizard from '@/app/(rpps)/rpps/enregistrement/actions';
import * as decisions from '@/app/(rpps)/rpps/demandes/actions';
import * as updates from '@/app/(rpps)/rpps/enregistrements/actions';
import { submitPreRegistration } from '@/lib/rpps/pre-registration';
import { getRppsHome, listManagedEstablishments, listRequests } from '@/lib/rpps/queries';
import { getRecordForNewSituation, getRecordView, searchRecords } from '@/lib/rpps/records';
import { getRegistrationDraft } from '@/lib/rpps/register';
import { getRequestDetail } from '@/lib/rpps/request-detail';
import { getCorrectionView } from '@/lib/rpps/correction';
import { preRegistrationSchema, requestListQuerySchema } from '@/lib/validation/rpps';
import { actorFor, createEstablishment, createProfessional, createUser } from '../factories';
import { civilInput, completeDraft, contactInput, managedEstablishment, managerOf, person, registerPerson, situationInput } from './rpps-helpers';

// SPEC §2, §8, §14: every RPPS+ action and page-level read (decision 033's correction and cancellation
// included) refuses other managers (another FINESS), every other role — including an establishment
// account of the same FINESS — and no session. The server actions are called as a browser would (no
// Origin needed): only the session and Next's cache are replaced, Prisma and PostgreSQL are real.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

let owner: Actor;
let establishmentId: string;
let draft: { requestId: string };
let preRegistrationId: string;
let registered: Awaited<ReturnType<typeof registerPerson>>;

beforeAll(async () => {
  const managed = await managedEstablishment();
  owner = managed.manager;
  establishmentId = managed.establishment.id;
  draft = await completeDraft(owner, person(establishmentId));
  registered = await registerPerson(owner, person(establishmentId));
  const { role: _role, endDate: _end, ...situation } = situationInput(establishmentId);
  const { number } = await submitPreRegistration(preRegistrationSchema.parse({ ...civilInput(), ...contactInput(), ...situation, termsAccepted: true }), {
    ip: `auth-${Math.random()}`,
  });
  preRegistrationId = (await prisma.rppsRequest.findUniqueOrThrow({ where: { number } })).id;
});

beforeEach(() => mockedGetActor.mockReset());

const strangers: [string, () => Promise<Actor | null>][] = [
  ['no session', async () => null],
  ['a volunteer', async () => actorFor((await createProfessional()).user.id)],
  ['an establishment account of the same FINESS', async () => actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [establishmentId] })).id)],
  ['the ARS of the region', async () => actorFor((await createUser('ARS', { regionCode: '76' })).id)],
  ['the CCS', async () => actorFor((await createUser('CCS')).id)],
  ['an RPPS+ manager of another FINESS', async () => managerOf((await createEstablishment('76')).id)],
];

async function snapshot() {
  return {
    requests: await prisma.rppsRequest.findMany({
      where: { establishmentId },
      orderBy: { id: 'asc' },
      select: { id: true, status: true, data: true, currentStep: true },
    }),
    record: await prisma.rppsRecord.findUniqueOrThrow({ where: { id: registered.record.id }, include: { situations: { orderBy: { id: 'asc' } } } }),
  };
}

describe.each(strangers)('for %s', (_who, makeActor) => {
  it('every action answers « Élément introuvable. » and changes nothing', async () => {
    const actor = await makeActor();
    mockedGetActor.mockResolvedValue(actor);
    const before = await snapshot();
    const notFound = { ok: false, formError: NOT_FOUND_ERROR };
    const requestId = draft.requestId;
    const who = person(establishmentId);

    await expect(wizard.saveCivilStatusAction({ requestId, intent: 'back', values: { birthLastName: 'Intrus' } })).resolves.toEqual(notFound);
    await expect(wizard.saveContactAction({ requestId, intent: 'next', values: who.contact })).resolves.toEqual(notFound);
    await expect(wizard.saveSituationAction({ requestId, intent: 'next', values: who.situation })).resolves.toEqual(notFound);
    await expect(wizard.saveLegalAction({ requestId, intent: 'next', values: { termsAccepted: true, meetingConfirmed: true } })).resolves.toEqual(notFound);
    await expect(wizard.cancelRegistrationAction({ requestId })).resolves.toEqual(notFound);
    await expect(wizard.submitRegistrationAction({ requestId })).resolves.toEqual(notFound);
    if (actor?.role !== 'RPPS_MANAGER') await expect(wizard.startRegistrationAction({ values: who.civil })).resolves.toEqual(notFound);

    await expect(decisions.validatePreRegistrationAction({ requestId: preRegistrationId, role: 'CARE', meetingConfirmed: true })).resolves.toEqual(notFound);
    await expect(decisions.refusePreRegistrationAction({ requestId: preRegistrationId, reason: 'Non' })).resolves.toEqual(notFound);
    const { role: _role, endDate: _endDate, ...practice } = who.situation;
    await expect(decisions.correctPreRegistrationAction({ requestId: preRegistrationId, ...who.contact, ...practice })).resolves.toEqual(notFound);

    const rppsNumber = registered.record.rppsNumber;
    await expect(updates.changeContactAction({ rppsNumber, email: 'intrus@exemple.fr', mobilePhoneCountry: 'FR', mobilePhone: '' })).resolves.toEqual(notFound);
    await expect(updates.changePracticeNameAction({ rppsNumber, practiceLastName: 'Intrus', practiceFirstName: 'Intrus' })).resolves.toEqual(notFound);
    await expect(updates.closeSituationAction({ rppsNumber, situationId: registered.record.situations[0]!.id, endDate: '2025-01-31' })).resolves.toEqual(
      notFound,
    );
    await expect(
      updates.cancelSituationAction({ rppsNumber, situationId: registered.record.situations[0]!.id, reason: 'Erreur', ...who.contact }),
    ).resolves.toEqual(notFound);
    const addition = { rppsNumber, establishmentId, professionCode: 'CARE_ASSISTANT', role: 'CARE', startDate: '2025-01-06' } as const;
    if (actor?.role === 'RPPS_MANAGER') {
      // A new employer may add a situation, but only in an establishment of their own.
      await expect(updates.addSituationAction(addition)).resolves.toEqual({
        ok: false,
        fieldErrors: { establishmentId: 'Choisissez un établissement dans la liste.' },
      });
    } else {
      await expect(updates.addSituationAction(addition)).resolves.toEqual(notFound);
    }

    expect(await snapshot()).toEqual(before);
  });

  it('every page-level read finds nothing', async () => {
    const actor = await makeActor();
    await expect(getRegistrationDraft(actor, draft.requestId)).resolves.toBeNull();
    await expect(getRequestDetail(actor, preRegistrationId)).resolves.toBeNull();
    await expect(getCorrectionView(actor, preRegistrationId)).resolves.toBeNull();
    await expect(getRequestDetail(actor, registered.requestId)).resolves.toBeNull();
    await expect(getRecordView(actor, registered.record.rppsNumber)).resolves.toBeNull();
    expect(
      (await listRequests(actor, requestListQuerySchema.parse({}))).rows.filter((row) =>
        [draft.requestId, preRegistrationId, registered.requestId].includes(row.id),
      ),
    ).toEqual([]);
    await expect(searchRecords(actor, { nom: registered.record.practiceLastName })).resolves.toEqual([]);
    const home = await getRppsHome(actor);
    expect(home).toMatchObject({ underReview: 0, drafts: 0, records: 0 });
    expect((await listManagedEstablishments(actor)).map((establishment) => establishment.id)).not.toContain(establishmentId);
    // Only a manager may reach a person by their number to add a situation, with the public names only.
    const byNumber = await getRecordForNewSituation(actor, registered.record.rppsNumber);
    if (actor?.role === 'RPPS_MANAGER') expect(byNumber).toEqual(expect.objectContaining({ inScope: false }));
    else expect(byNumber).toBeNull();
  });
});

describe('the manager of the establishment', () => {
  it('sees all of it', async () => {
    await expect(getRegistrationDraft(owner, draft.requestId)).resolves.toMatchObject({ id: draft.requestId });
    await expect(getRequestDetail(owner, preRegistrationId)).resolves.toMatchObject({ awaitsDecision: true, origin: 'PROFESSIONAL' });
    await expect(getCorrectionView(owner, preRegistrationId)).resolves.toMatchObject({ id: preRegistrationId });
    await expect(getRecordView(owner, registered.record.rppsNumber)).resolves.toMatchObject({ rppsNumber: registered.record.rppsNumber });
    expect((await listRequests(owner, requestListQuerySchema.parse({}))).total).toBe(3);
  });

  it('needs the meeting tick to validate, through the action', async () => {
    mockedGetActor.mockResolvedValue(owner);
    const result = await decisions.validatePreRegistrationAction({ requestId: preRegistrationId, role: 'CARE', meetingConfirmed: false as unknown as true });
    expect(result).toEqual({ ok: false, fieldErrors: { meetingConfirmed: 'Confirmez avoir rencontré le professionnel pour valider sa demande.' } });
    expect((await prisma.rppsRequest.findUniqueOrThrow({ where: { id: preRegistrationId } })).status).toBe('UNDER_REVIEW');
  });

  it('sends a registration through the action and gets « Envoyée au RPPS »; the number follows', async () => {
    mockedGetActor.mockResolvedValue(owner);
    const { requestId, number } = await completeDraft(owner, person(establishmentId));
    await expect(wizard.submitRegistrationAction({ requestId })).resolves.toEqual({ ok: true, data: { requestId, number, status: 'SENT_TO_RPPS' } });
    // Outside a request Next has no « after the response »: the directory ran before the action returned.
    expect((await prisma.rppsRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe('RPPS_VALIDATED');
  });
});
