/** @jest-environment node */
import { writeAudit } from '@/lib/audit';
import { prisma } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { PscSession } from '@/lib/federation/psc-session';
import { RPPS_MESSAGES } from '@/lib/rpps/messages';
import { listRequests } from '@/lib/rpps/queries';
import { readRequestData } from '@/lib/rpps/request-data';
import { changeOwnContact, changeOwnPracticeName, getOwnRecord } from '@/lib/rpps/self-service';
import { sendToDirectory } from '@/lib/rpps/send';
import { changeContact } from '@/lib/rpps/updates';
import { requestListQuerySchema } from '@/lib/validation/rpps';
import { actorFor, createProfessional, createUser } from '../factories';
import { letters, managedEstablishment, person, registerPerson } from './rpps-helpers';

// « Mon enregistrement RPPS » (SPEC §8, docs/decisions/042): a volunteer signed in with Pro Santé Connect
// changes the contact data and practice names of the record PSC certified, « Envoyée au RPPS par le
// professionnel ». The directory is the real one; `holdDirectoryAnswer` only delays its answer to one
// request, so that the status the request is filed with can be read before the directory answers.
jest.mock('@/lib/rpps/send', () => {
  const actual = jest.requireActual<typeof import('@/lib/rpps/send')>('@/lib/rpps/send');
  return { ...actual, sendToDirectory: jest.fn(actual.sendToDirectory) };
});
const { sendToDirectory: realSendToDirectory } = jest.requireActual<typeof import('@/lib/rpps/send')>('@/lib/rpps/send');
const holdDirectoryAnswer = () => jest.mocked(sendToDirectory).mockImplementationOnce(async () => null);
// The audit row is the filing's last write: failing it once rolls back the request and its notice.
jest.mock('@/lib/audit', () => {
  const actual = jest.requireActual<typeof import('@/lib/audit')>('@/lib/audit');
  return { ...actual, writeAudit: jest.fn(actual.writeAudit) };
});

/** The notices of an own change queued to an address (docs/decisions/042, update 2026-12-08). */
const noticesTo = (address: string) =>
  prisma.emailOutbox.findMany({ where: { to: address.toLowerCase(), template: 'rpps-own-change-filed' }, orderBy: { createdAt: 'asc' } });

async function registeredVolunteer() {
  const { establishment, manager } = await managedEstablishment();
  const { record } = await registerPerson(manager, person(establishment.id));
  const { user } = await createProfessional({ record: { identifierType: 'RPPS', identifierNumber: record.rppsNumber } });
  await prisma.federatedIdentity.create({ data: { userId: user.id, provider: 'PRO_SANTE_CONNECT', subject: `psc-${user.id}`, rppsNumber: record.rppsNumber } });
  const volunteer = await actorFor(user.id);
  const psc: PscSession = { userId: user.id, rppsNumber: record.rppsNumber };
  return { establishment, manager, record, volunteer, psc };
}

const NEW_CONTACT = { email: 'moi-meme@exemple.fr', mobilePhoneCountry: 'FR', mobilePhone: '06 11 22 33 44' };

describe('« Mon enregistrement RPPS »', () => {
  it('files the contact change « Envoyée au RPPS par le professionnel » under the open situation, for its managers, then the directory applies it', async () => {
    const { establishment, manager, record, volunteer, psc } = await registeredVolunteer();
    holdDirectoryAnswer();
    const outcome = await changeOwnContact(volunteer, psc, NEW_CONTACT);
    expect(outcome.status).toBe('SENT_TO_RPPS_BY_PROFESSIONAL');
    const request = await prisma.rppsRequest.findUniqueOrThrow({ where: { id: outcome.requestId } });
    expect(request).toMatchObject({
      procedure: 'UPDATE_INFORMATION',
      status: 'SENT_TO_RPPS_BY_PROFESSIONAL',
      recordId: record.id,
      establishmentId: establishment.id,
      createdById: volunteer.id,
    });
    const data = readRequestData(request.data);
    expect(data.origin).toBe('PROFESSIONAL');
    expect(data.change).toEqual({
      kind: 'CONTACT',
      before: { email: record.email, mobilePhone: record.mobilePhone },
      after: { email: 'moi-meme@exemple.fr', mobilePhone: '+33611223344' },
    });
    // The managers of the establishment find it under the guide's status.
    const listed = await listRequests(manager, requestListQuerySchema.parse({ statut: 'SENT_TO_RPPS_BY_PROFESSIONAL' }));
    expect(listed.rows.map((row) => row.id)).toContain(outcome.requestId);
    expect(listed.rows.find((row) => row.id === outcome.requestId)?.statusLabel).toBe('Envoyée au RPPS par le professionnel');

    expect(await realSendToDirectory(outcome.requestId)).toBe('RPPS_VALIDATED');
    expect(await prisma.rppsRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ email: 'moi-meme@exemple.fr', mobilePhone: '+33611223344' });
    const view = await getOwnRecord(volunteer, psc);
    expect(view?.history[0]).toMatchObject({ number: outcome.number, procedure: "Modification d'informations", status: 'Enregistrement RPPS validé' });
    expect(view?.contact).toMatchObject({ email: 'moi-meme@exemple.fr', phoneCountry: 'FR', phoneNational: '611223344' });
  });

  it('changes the practice names, and refuses a request that changes nothing', async () => {
    const { record, volunteer, psc } = await registeredVolunteer();
    holdDirectoryAnswer();
    const outcome = await changeOwnPracticeName(volunteer, psc, { practiceLastName: 'Martin', practiceFirstName: 'Nathalie' });
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: outcome.requestId } })).toMatchObject({
      procedure: 'CHANGE_PRACTICE_NAME',
      status: 'SENT_TO_RPPS_BY_PROFESSIONAL',
    });
    await realSendToDirectory(outcome.requestId);
    expect(await prisma.rppsRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ practiceLastName: 'Martin', rppsNumber: record.rppsNumber });
    await expect(changeOwnPracticeName(volunteer, psc, { practiceLastName: 'Martin', practiceFirstName: 'Nathalie' })).rejects.toThrow(
      RPPS_MESSAGES.nothingChanged,
    );
    await expect(changeOwnContact(volunteer, psc, { email: record.email, mobilePhoneCountry: 'FR', mobilePhone: '07 30 49 49 59' })).rejects.toThrow(
      RPPS_MESSAGES.nothingChanged,
    );
  });

  it('says the request was sent when the directory fails after it was filed, and leaves it for the sweep', async () => {
    const { record, volunteer, psc } = await registeredVolunteer();
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    jest.mocked(sendToDirectory).mockImplementationOnce(async () => {
      throw new Error('directory down');
    });
    const outcome = await changeOwnContact(volunteer, psc, NEW_CONTACT);
    expect(outcome.status).toBe('SENT_TO_RPPS_BY_PROFESSIONAL');
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: outcome.requestId } })).toMatchObject({ status: 'SENT_TO_RPPS_BY_PROFESSIONAL', recordId: record.id });
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    // The sweep's next attempt is the real directory's answer.
    expect(await realSendToDirectory(outcome.requestId)).toBe('RPPS_VALIDATED');
  });

  it('answers « not found » without the PSC session of this very account, for any other role, and for a number the directory does not hold', async () => {
    const { manager, record, volunteer, psc } = await registeredVolunteer();
    const other = await registeredVolunteer();
    const before = await prisma.rppsRequest.count({ where: { recordId: record.id } });

    expect(await getOwnRecord(volunteer, null)).toBeNull();
    await expect(changeOwnContact(volunteer, null, NEW_CONTACT)).rejects.toBeInstanceOf(NotFoundError);
    // Another volunteer's PSC session does not open this record, nor does this one open theirs.
    expect(await getOwnRecord(other.volunteer, psc)).toBeNull();
    await expect(changeOwnContact(other.volunteer, psc, NEW_CONTACT)).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeOwnPracticeName(volunteer, other.psc, { practiceLastName: 'Intrus', practiceFirstName: 'Intrus' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // Every other role, even holding a session object for the number.
    for (const role of ['ESTABLISHMENT', 'ARS', 'CCS', 'RPPS_MANAGER'] as const) {
      const user = role === 'RPPS_MANAGER' ? manager : await actorFor((await createUser(role)).id);
      const session = { userId: user.id, rppsNumber: record.rppsNumber };
      expect(await getOwnRecord(user, session)).toBeNull();
      await expect(changeOwnContact(user, session, NEW_CONTACT)).rejects.toBeInstanceOf(NotFoundError);
    }
    // PSC certified a number that is not in our directory.
    const unknown = { userId: volunteer.id, rppsNumber: '10000000000' };
    expect(await getOwnRecord(volunteer, unknown)).toBeNull();
    await expect(changeOwnContact(volunteer, unknown, NEW_CONTACT)).rejects.toBeInstanceOf(NotFoundError);

    expect(await prisma.rppsRequest.count({ where: { recordId: record.id } })).toBe(before);
    expect(await prisma.rppsRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ email: record.email });
  });
});

describe('the notice of an own change (docs/decisions/042, update 2026-12-08)', () => {
  // An address of this test alone, so that « nothing was sent to it » reads no other test's mail.
  const freshContact = () => ({ ...NEW_CONTACT, email: `moi-${letters()}@exemple.fr` });

  it('queues, with the request, a notice to the address being replaced, the new one masked', async () => {
    const { record, volunteer, psc } = await registeredVolunteer();
    const contact = freshContact();
    holdDirectoryAnswer();
    const outcome = await changeOwnContact(volunteer, psc, contact);
    const [notice, ...more] = await noticesTo(record.email);
    expect(more).toHaveLength(0);
    expect(notice?.subject).toBe('Demande de modification de vos données de contact au RPPS');
    const text = notice!.text.replace(/\s+/g, ' ');
    expect(text).toContain('Adresse email : m***@exemple.fr');
    expect(text).toContain('Téléphone mobile : numéro se terminant par 44');
    expect(text).toContain('depuis une session ouverte avec Pro Santé Connect');
    expect(text).toContain(`(demande n° ${outcome.number})`);
    expect(notice!.html).not.toContain(contact.email);
    expect(notice!.text).not.toContain(contact.email);
    // The new address gets nothing: it is the one a stranger would have typed.
    expect(await noticesTo(contact.email)).toHaveLength(0);
  });

  it('tells the record’s email of a phone-only change and of a practice-name change too', async () => {
    const { record, volunteer, psc } = await registeredVolunteer();
    holdDirectoryAnswer();
    await changeOwnContact(volunteer, psc, { email: record.email, mobilePhoneCountry: 'FR', mobilePhone: '06 99 88 77 66' });
    holdDirectoryAnswer();
    await changeOwnPracticeName(volunteer, psc, { practiceLastName: 'Martin', practiceFirstName: 'Nathalie' });
    const [phone, names, ...more] = await noticesTo(record.email);
    expect(more).toHaveLength(0);
    expect(phone?.text).toContain('numéro se terminant par 66');
    expect(phone?.text).not.toContain('Adresse email');
    expect(names?.subject).toBe("Demande de modification de votre nom et prénom d'exercice au RPPS");
    expect(names?.text).toContain('Nathalie Martin');
  });

  it('sends none for a manager’s change of the same data, nor for a refused or unauthorised request', async () => {
    const { manager, record, volunteer, psc } = await registeredVolunteer();
    const other = await registeredVolunteer();
    const contact = freshContact();
    // Answered by the directory at once: the record holds the new contact data, so asking them again changes nothing.
    expect((await changeContact(manager, record.rppsNumber, contact)).status).toBe('RPPS_VALIDATED');
    await expect(changeOwnContact(volunteer, psc, contact)).rejects.toThrow(RPPS_MESSAGES.nothingChanged);
    await expect(changeOwnContact(other.volunteer, psc, { ...NEW_CONTACT, email: 'autre@exemple.fr' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.rppsRequest.count({ where: { recordId: record.id, procedure: 'UPDATE_INFORMATION' } })).toBe(1);
    expect(await noticesTo(record.email)).toHaveLength(0);
    expect(await noticesTo(contact.email)).toHaveLength(0);
    expect(await noticesTo(other.record.email)).toHaveLength(0);
  });

  it('is rolled back with the request when the filing fails', async () => {
    const { record, volunteer, psc } = await registeredVolunteer();
    jest.mocked(writeAudit).mockRejectedValueOnce(new Error('audit down'));
    await expect(changeOwnContact(volunteer, psc, NEW_CONTACT)).rejects.toThrow('audit down');
    expect(await prisma.rppsRequest.count({ where: { recordId: record.id, procedure: 'UPDATE_INFORMATION' } })).toBe(0);
    expect(await noticesTo(record.email)).toHaveLength(0);
  });
});
