/** @jest-environment node */
import { prisma } from '@/lib/db';
import { getActor } from '@/lib/auth/session';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { DomainError } from '@/lib/errors';
import { correctPreRegistrationAction } from '@/app/(rpps)/rpps/demandes/actions';
import { correctPreRegistration, getCorrectionView } from '@/lib/rpps/correction';
import { RPPS_MESSAGES } from '@/lib/rpps/messages';
import { refusePreRegistration, submitPreRegistration, validatePreRegistration } from '@/lib/rpps/pre-registration';
import { listRequests } from '@/lib/rpps/queries';
import { readRequestData } from '@/lib/rpps/request-data';
import { sendToDirectory } from '@/lib/rpps/send';
import { preRegistrationSchema, requestListQuerySchema, type PreRegistrationInput } from '@/lib/validation/rpps';
import { CIVIL_STATUS_LOCKED, correctPreRegistrationSchema, type CorrectPreRegistrationInput } from '@/lib/validation/rpps-procedures';
import { createEstablishment } from '../factories';
import { civilInput, contactInput, emailsTo, letters, managedEstablishment, managerOf, situationInput } from './rpps-helpers';

// The manager corrects a pre-registration before validating it (guide §4, step 3; decision 033):
// contact and practice data only, the état civil locked, within the manager's establishments — on the
// real PostgreSQL. The actions are called as a browser would; only the session and Next's cache are
// replaced.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

async function preRegistration(establishmentId: string, overrides: Partial<PreRegistrationInput> = {}) {
  const { role: _role, endDate: _end, ...situation } = situationInput(establishmentId);
  const values = preRegistrationSchema.parse({ ...civilInput(), ...contactInput(), ...situation, termsAccepted: true, ...overrides });
  const { number } = await submitPreRegistration(values, { ip: `correction-${Math.random()}` });
  return { request: await prisma.rppsRequest.findUniqueOrThrow({ where: { number } }), values };
}

function correction(requestId: string, establishmentId: string, overrides: Partial<CorrectPreRegistrationInput> = {}) {
  return correctPreRegistrationSchema.parse({
    requestId,
    email: `corrigee-${letters()}@rpps.renfort.test`,
    mobilePhoneCountry: 'FR',
    mobilePhone: '06 12 34 56 78',
    practiceLastName: 'Martin',
    practiceFirstName: 'Nathalie',
    establishmentId,
    professionCode: 'CARE_ASSISTANT',
    practiceMode: 'VOLUNTEER',
    startDate: '2023-01-02',
    ...overrides,
  });
}

beforeEach(() => mockedGetActor.mockReset());

describe('correcting a pre-registration before validating it', () => {
  it('changes contact and practice data, keeps « En cours d’instruction » and the état civil, and is journaled', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { request, values } = await preRegistration(establishment.id);
    const before = readRequestData(request.data);
    const input = correction(request.id, establishment.id);

    await expect(correctPreRegistration(manager, input)).resolves.toEqual({
      requestId: request.id,
      fields: ['email', 'mobilePhone', 'practiceLastName', 'professionCode', 'practiceMode', 'startDate'],
    });
    const corrected = await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(corrected).toMatchObject({ status: 'UNDER_REVIEW', establishmentId: establishment.id, meetingConfirmed: false });
    const data = readRequestData(corrected.data);
    expect(data.civilStatus).toEqual(before.civilStatus);
    expect(data.contact).toEqual({ email: input.email, mobilePhoneCountry: 'FR', mobilePhone: '06 12 34 56 78' });
    expect(data.situation).toMatchObject({ practiceLastName: 'Martin', professionCode: 'CARE_ASSISTANT', practiceMode: 'VOLUNTEER', startDate: '2023-01-02' });
    // The list searches and shows the corrected practice name.
    const listed = await listRequests(manager, requestListQuerySchema.parse({ nom: 'martin', statut: 'UNDER_REVIEW' }));
    expect(listed.rows.map((row) => row.id)).toContain(request.id);
    expect(await prisma.auditLog.findFirst({ where: { entityId: request.id, action: 'rpps.pre-registration-corrected' } })).toMatchObject({
      actorId: manager.id,
      details: { fields: ['email', 'mobilePhone', 'practiceLastName', 'professionCode', 'practiceMode', 'startDate'] },
    });

    // Validated afterwards: the record holds the corrected data, and the number goes to the corrected address.
    await validatePreRegistration(manager, { requestId: request.id, role: 'CARE' });
    await expect(sendToDirectory(request.id)).resolves.toBe('RPPS_VALIDATED');
    const record = await prisma.rppsRecord.findFirstOrThrow({ where: { requests: { some: { id: request.id } } }, include: { situations: true } });
    expect(record).toMatchObject({ email: input.email, mobilePhone: '+33612345678', practiceLastName: 'Martin', birthLastName: values.birthLastName });
    expect(record.situations[0]).toMatchObject({ professionCode: 'CARE_ASSISTANT', practiceMode: 'VOLUNTEER', role: 'CARE' });
    expect((await emailsTo(input.email)).map((email) => email.subject)).toEqual(['Votre numéro RPPS']);
  });

  it('refuses the état civil if sent, through the action, and changes nothing', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { request } = await preRegistration(establishment.id);
    mockedGetActor.mockResolvedValue(manager);
    const typed = { ...correction(request.id, establishment.id), birthLastName: 'Usurpé', birthDate: '1980-01-01' } as unknown as CorrectPreRegistrationInput;
    await expect(correctPreRegistrationAction(typed)).resolves.toEqual({
      ok: false,
      fieldErrors: { birthLastName: CIVIL_STATUS_LOCKED, birthDate: CIVIL_STATUS_LOCKED },
    });
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).toEqual(request);
  });

  it('never writes the état civil, even if a caller of the domain passes one', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { request } = await preRegistration(establishment.id);
    const smuggled = { ...correction(request.id, establishment.id), birthLastName: 'Usurpé' };
    await correctPreRegistration(manager, smuggled);
    const data = readRequestData((await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).data);
    expect(data.civilStatus).toEqual(readRequestData(request.data).civilStatus);
  });

  it('says when nothing changed, and keeps the request within the manager’s establishments', async () => {
    const { establishment } = await managedEstablishment();
    const second = await createEstablishment('76');
    const both = await managerOf(establishment.id, second.id);
    const { request, values } = await preRegistration(establishment.id);
    const same = correction(request.id, establishment.id, {
      email: values.email,
      mobilePhone: values.mobilePhone,
      practiceLastName: values.practiceLastName,
      practiceFirstName: values.practiceFirstName,
      professionCode: values.professionCode,
      practiceMode: 'EMPLOYEE',
      startDate: values.startDate,
    });
    await expect(correctPreRegistration(both, same)).rejects.toThrow(RPPS_MESSAGES.nothingChanged);

    const elsewhere = await createEstablishment('76');
    await expect(correctPreRegistration(both, correction(request.id, elsewhere.id))).rejects.toEqual(
      new DomainError(RPPS_MESSAGES.establishmentOutOfScope, 'establishmentId'),
    );
    // Another establishment of the same manager: the request follows it.
    await correctPreRegistration(both, correction(request.id, second.id));
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ establishmentId: second.id, status: 'UNDER_REVIEW' });
  });

  it('is only for a request still under review', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { request } = await preRegistration(establishment.id);
    await refusePreRegistration(manager, { requestId: request.id, reason: 'Hors établissement' });
    await expect(correctPreRegistration(manager, correction(request.id, establishment.id))).rejects.toThrow(RPPS_MESSAGES.alreadyProcessed);
    await expect(getCorrectionView(manager, request.id)).resolves.toBeNull();
  });

  it('is « not found » for a manager of another FINESS, by the domain, the action and the page', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { request } = await preRegistration(establishment.id);
    const stranger = await managerOf((await createEstablishment('76')).id);
    await expect(correctPreRegistration(stranger, correction(request.id, stranger.establishmentIds[0]!))).rejects.toThrow('rpps request not found');
    mockedGetActor.mockResolvedValue(stranger);
    await expect(correctPreRegistrationAction(correction(request.id, establishment.id))).resolves.toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    await expect(getCorrectionView(stranger, request.id)).resolves.toBeNull();
    await expect(getCorrectionView(manager, request.id)).resolves.toMatchObject({ id: request.id, civilStatus: { title: 'État civil' } });
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).toEqual(request);
  });
});
