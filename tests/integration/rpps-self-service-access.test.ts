/** @jest-environment node */
import { getServerSession } from 'next-auth';
import { prisma } from '@/lib/db';
import type { IdentityProvider, Role } from '@/lib/generated/prisma/enums';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import OwnRppsRecordPage from '@/app/(professional)/professionnel/rpps/page';
import { changeOwnContactAction, changeOwnPracticeNameAction } from '@/app/(professional)/professionnel/rpps/actions';
import { createEstablishment, createProfessional, createUser, openSession } from '../factories';
import { managedEstablishment, person, registerPerson } from './rpps-helpers';
import { pageRefusal } from './page-refusal';

// « Mon enregistrement RPPS » as the browser reaches it (docs/decisions/042): only the session cookie is
// replaced; the actor, the PSC link and the record come from the database. The record is the one PSC
// certified for a session opened with PSC — a password session of the same account, any other role
// (the record's own RPPS+ manager included) and an establishment account get « not found ».
jest.mock('next-auth', () => ({ getServerSession: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedSession = jest.mocked(getServerSession);

async function signedIn(userId: string, role: Role, identityProvider: IdentityProvider | null) {
  mockedSession.mockResolvedValue({ user: { id: userId, role }, sessionVersion: 0, sessionId: await openSession(userId), expires: '', identityProvider });
}

async function registeredVolunteer() {
  const { establishment, manager } = await managedEstablishment();
  const { record } = await registerPerson(manager, person(establishment.id));
  const { user } = await createProfessional({ record: { identifierType: 'RPPS', identifierNumber: record.rppsNumber } });
  await prisma.federatedIdentity.create({ data: { userId: user.id, provider: 'PRO_SANTE_CONNECT', subject: `psc-${user.id}`, rppsNumber: record.rppsNumber } });
  return { establishment, manager, record, user };
}

const CONTACT = { email: 'par-moi@exemple.fr', mobilePhoneCountry: 'FR', mobilePhone: '0611223344' };
const NAMES = { practiceLastName: 'Autre', practiceFirstName: 'Nom' };


describe('« Mon enregistrement RPPS » actions', () => {
  it('file the change for the volunteer signed in with Pro Santé Connect, and keep field errors by the field', async () => {
    const { record, user } = await registeredVolunteer();
    await signedIn(user.id, 'PROFESSIONAL', 'PRO_SANTE_CONNECT');
    const contact = await changeOwnContactAction(CONTACT);
    expect(contact).toMatchObject({ ok: true, data: { status: 'RPPS_VALIDATED' } });
    const names = await changeOwnPracticeNameAction(NAMES);
    expect(names).toMatchObject({ ok: true, data: { status: 'RPPS_VALIDATED' } });
    expect(await prisma.rppsRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ email: 'par-moi@exemple.fr', practiceLastName: 'Autre' });
    expect(await changeOwnContactAction({ ...CONTACT, email: 'pas-une-adresse' })).toMatchObject({ ok: false, fieldErrors: { email: expect.any(String) } });
  });

  it('refuse a password session of the same account, a ProConnect session, and a PSC session without a link', async () => {
    const { record, user } = await registeredVolunteer();
    for (const provider of [null, 'PROCONNECT'] as const) {
      await signedIn(user.id, 'PROFESSIONAL', provider);
      expect(await changeOwnContactAction(CONTACT)).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
      expect(await changeOwnPracticeNameAction(NAMES)).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    }
    const unlinked = await createProfessional({ record: { identifierType: 'RPPS', identifierNumber: record.rppsNumber } });
    await signedIn(unlinked.user.id, 'PROFESSIONAL', 'PRO_SANTE_CONNECT');
    expect(await changeOwnContactAction(CONTACT)).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    expect(await prisma.rppsRequest.count({ where: { recordId: record.id, procedure: { not: 'INITIAL_REGISTRATION' } } })).toBe(0);
  });

  it('refuse every other role, the record’s own RPPS+ manager and an establishment account included', async () => {
    const { establishment, manager, record } = await registeredVolunteer();
    const others: [string, Role][] = [
      [manager.id, 'RPPS_MANAGER'],
      [(await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] })).id, 'ESTABLISHMENT'],
      [(await createUser('ESTABLISHMENT', { establishmentIds: [(await createEstablishment('76')).id] })).id, 'ESTABLISHMENT'],
      [(await createUser('ARS')).id, 'ARS'],
      [(await createUser('CCS')).id, 'CCS'],
    ];
    for (const [userId, role] of others) {
      // Even with a PSC link to the number and a PSC session: the page is a volunteer's.
      await prisma.federatedIdentity.deleteMany({ where: { rppsNumber: record.rppsNumber } });
      await prisma.federatedIdentity.create({ data: { userId, provider: 'PRO_SANTE_CONNECT', subject: `psc-${userId}`, rppsNumber: record.rppsNumber } });
      await signedIn(userId, role, 'PRO_SANTE_CONNECT');
      expect(await changeOwnContactAction(CONTACT)).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
      expect(await changeOwnPracticeNameAction(NAMES)).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
      expect(await pageRefusal(() => OwnRppsRecordPage())).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    }
    expect(await prisma.rppsRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ email: record.email });
  });
});

describe('« Mon enregistrement RPPS » page', () => {
  it('renders for a volunteer, and sends a visitor without a session to the sign-in page', async () => {
    const { user } = await registeredVolunteer();
    await signedIn(user.id, 'PROFESSIONAL', null);
    expect(await pageRefusal(() => OwnRppsRecordPage())).toBe('rendered');
    await signedIn(user.id, 'PROFESSIONAL', 'PRO_SANTE_CONNECT');
    expect(await pageRefusal(() => OwnRppsRecordPage())).toBe('rendered');
    mockedSession.mockResolvedValue(null);
    expect(await pageRefusal(() => OwnRppsRecordPage())).toMatch(/^NEXT_REDIRECT;.*\/connexion/);
  });
});
