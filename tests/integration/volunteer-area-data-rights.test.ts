/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deleteAccountAction } from '@/app/(professional)/professionnel/donnees/actions';
import { GET as exportRoute } from '@/app/api/professionnel/export/route';
import { getActor } from '@/lib/auth/session';
import { deleteOwnAccount, exportOwnData, getDeletionBlock, replaceOwnDocument, type OwnDataExport } from '@/lib/professionals/own';
import { DomainError, NotFoundError } from '@/lib/errors';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { prisma } from '@/lib/db';
import { fileStoreFromEnv } from '@/lib/storage';
import { createUser } from '../factories';
import { OTHER_ROLES, createCandidacy, createOtherRoleActors, createVolunteer } from './volunteer-area-support';

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const signedInAs = jest.mocked(getActor);

const DECLINED_SUBJECT = "Un renfort n'est plus disponible pour votre mission";
const outbox = (to: string) => prisma.emailOutbox.findMany({ where: { to }, select: { subject: true, template: true, text: true } });

const PDF = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/uploads/sample.pdf')));
const PNG = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/uploads/sample.png')));

let others: Awaited<ReturnType<typeof createOtherRoleActors>>;
beforeAll(async () => {
  others = await createOtherRoleActors();
});

describe('exportOwnData and GET /api/professionnel/export', () => {
  it('contains the account, record, periods, candidacies with their missions and the documents in base64', async () => {
    const volunteer = await createVolunteer();
    const validator = await createUser('ESTABLISHMENT');
    await createCandidacy(volunteer.professionalId, { status: 'ASSIGNED', start: -3, end: 10, validatorId: validator.id, establishmentName: 'CH Export' });
    await replaceOwnDocument(volunteer.actor, { kind: 'IDENTITY', bytes: PDF, name: 'carte.pdf' });
    await replaceOwnDocument(volunteer.actor, { kind: 'DIPLOMA', bytes: PNG, name: 'diplome.png' });
    signedInAs.mockResolvedValue(volunteer.actor);

    const response = await exportRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="mes-donnees-renfort-rh-crise-\d{4}-\d{2}-\d{2}\.json"/);
    const data = (await response.json()) as OwnDataExport;

    expect(data.account).toMatchObject({ email: volunteer.email, firstName: 'Alex', lastName: 'Renfort', role: 'PROFESSIONAL' });
    expect(data.record).toMatchObject({ phone: '0600000000', postalCode: '31000', professionCode: 'NURSE', professionLabel: 'Infirmier (IDE)' });
    expect(data.availabilityPeriods).toEqual([{ startDate: '2026-01-01', endDate: null }]);
    expect(data.candidacies).toEqual([
      expect.objectContaining({ status: 'ASSIGNED', validatedByEmail: validator.email, mission: expect.objectContaining({ establishment: expect.objectContaining({ name: 'CH Export' }) }) }),
    ]);
    const byKind = Object.fromEntries(data.documents.map((d) => [d.kind, d]));
    expect(byKind.IDENTITY).toMatchObject({ name: 'carte.pdf', mimeType: 'application/pdf', sizeBytes: PDF.byteLength });
    expect(Buffer.from(byKind.IDENTITY!.contentBase64!, 'base64')).toEqual(Buffer.from(PDF));
    expect(Buffer.from(byKind.DIPLOMA!.contentBase64!, 'base64')).toEqual(Buffer.from(PNG));
    expect(JSON.stringify(data)).not.toContain('storageKey');
  });

  it('lists who downloaded their documents, by role', async () => {
    const volunteer = await createVolunteer();
    const document = await replaceOwnDocument(volunteer.actor, { kind: 'IDENTITY', bytes: PDF, name: 'carte.pdf' });
    await prisma.auditLog.create({
      data: { actorId: others.ARS.id, action: 'document.download', entityType: 'Document', entityId: document.id, details: { professionalId: volunteer.professionalId, kind: 'IDENTITY' } },
    });
    const data = await exportOwnData(volunteer.actor);
    expect(data.documentDownloads).toEqual([{ at: expect.any(String), kind: 'IDENTITY', byRole: 'Agence régionale de santé' }]);
  });

  it('gives each volunteer their own data only', async () => {
    const volunteer = await createVolunteer();
    const neighbour = await createVolunteer();
    await replaceOwnDocument(neighbour.actor, { kind: 'IDENTITY', bytes: PNG, name: 'voisin.png' });
    signedInAs.mockResolvedValue(volunteer.actor);
    const data = (await (await exportRoute()).json()) as OwnDataExport;
    expect(data.account.email).toBe(volunteer.email);
    expect(data.documents).toEqual([]);
    expect(JSON.stringify(data)).not.toContain(neighbour.email);
  });

  it('answers 404 to every other role and without a session', async () => {
    for (const actor of [...OTHER_ROLES.map((role) => others[role]), null]) {
      signedInAs.mockResolvedValue(actor);
      const response = await exportRoute();
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('@');
    }
    for (const role of OTHER_ROLES) await expect(exportOwnData(others[role])).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('deleteOwnAccount and deleteAccountAction', () => {
  it('is refused while assigned to a mission that has not ended, and says why', async () => {
    const volunteer = await createVolunteer();
    await createCandidacy(volunteer.professionalId, { status: 'ASSIGNED', start: -5, end: 0, establishmentName: 'CH Courant' });
    expect(await getDeletionBlock(volunteer.actor)).toMatchObject({ establishmentName: 'CH Courant' });
    await expect(deleteOwnAccount(volunteer.actor)).rejects.toBeInstanceOf(DomainError);

    signedInAs.mockResolvedValue(volunteer.actor);
    const result = await deleteAccountAction({ confirmation: 'SUPPRIMER' });
    expect(result).toEqual({ ok: false, formError: expect.stringMatching(/affecté\(e\) à une mission à CH Courant.*ne peut pas être supprimé/) });
    expect(await prisma.user.findUnique({ where: { id: volunteer.userId } })).not.toBeNull();
  });

  it('is allowed once the mission has ended: account, record, candidacies, documents and files are gone', async () => {
    const volunteer = await createVolunteer();
    const validator = await createUser('ESTABLISHMENT');
    const { mission } = await createCandidacy(volunteer.professionalId, { status: 'ASSIGNED', start: -30, end: -1, validatorId: validator.id });
    const document = await replaceOwnDocument(volunteer.actor, { kind: 'IDENTITY', bytes: PDF, name: 'carte.pdf' });
    const key = (await prisma.document.findUniqueOrThrow({ where: { id: document.id } })).storageKey;
    await prisma.emailOutbox.create({ data: { to: volunteer.email, subject: 'Affectation', html: '<p>x</p>', text: 'x', template: 'assignment-confirmed' } });
    expect(await getDeletionBlock(volunteer.actor)).toBeNull();

    signedInAs.mockResolvedValue(volunteer.actor);
    expect(await deleteAccountAction({ confirmation: 'supprimer' })).toEqual({ ok: true, data: null });

    expect(await prisma.user.findUnique({ where: { id: volunteer.userId } })).toBeNull();
    expect(await prisma.professional.findUnique({ where: { id: volunteer.professionalId } })).toBeNull();
    expect(await prisma.candidacy.count({ where: { professionalId: volunteer.professionalId } })).toBe(0);
    expect(await prisma.document.findUnique({ where: { id: document.id } })).toBeNull();
    expect(await fileStoreFromEnv().get(key)).toBeNull();
    expect(await prisma.emailOutbox.count({ where: { to: volunteer.email } })).toBe(0);
    // The mission and the account that validated stay; the audit row names no one.
    expect(await prisma.mission.findUnique({ where: { id: mission.id } })).not.toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'account.delete', entityId: volunteer.userId } });
    expect(JSON.stringify(audit.details)).not.toContain(volunteer.email);
  });

  it('releases a reservation (Contacté) instead of being refused', async () => {
    const volunteer = await createVolunteer();
    const { mission } = await createCandidacy(volunteer.professionalId, { status: 'CONTACTED', start: 2, end: 20 });
    await deleteOwnAccount(volunteer.actor);
    expect(await prisma.candidacy.count({ where: { missionId: mission.id } })).toBe(0);
  });

  it('tells the establishment’s active accounts that the reservation is released, with the decline’s email', async () => {
    const volunteer = await createVolunteer();
    const { establishment, mission } = await createCandidacy(volunteer.professionalId, { status: 'CONTACTED', start: 2, end: 20 });
    const accounts = await Promise.all([
      createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] }),
      createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] }),
    ]);
    const disabled = await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id], status: 'DISABLED' });

    await deleteOwnAccount(volunteer.actor);

    for (const account of accounts) {
      const emails = await outbox(account.email);
      expect(emails.map((email) => [email.subject, email.template])).toEqual([[DECLINED_SUBJECT, 'candidacy-declined']]);
      expect(emails[0]!.text).toContain('Alex Renfort a indiqué'); // the name they reserved, as a decline gives it
      expect(emails[0]!.text).toContain('Sa réservation est levée');
      expect(emails[0]!.text).toContain(`/etablissement/besoins/${mission.id}`);
      // No more than a decline says: not that an account was deleted.
      expect(emails[0]!.text).not.toMatch(/supprim|compte/i);
    }
    expect(await outbox(disabled.email)).toEqual([]);
    expect(await outbox(volunteer.email)).toEqual([]);
  });

  it('tells the agent who pushed the volunteer (En cours) too, as a decline does', async () => {
    const volunteer = await createVolunteer();
    const ars = await createUser('ARS', { regionCode: '76' });
    const { establishment, mission, candidacy } = await createCandidacy(volunteer.professionalId, { status: 'PROPOSED', start: 2, end: 20 });
    await prisma.candidacy.update({ where: { id: candidacy.id }, data: { proposedById: ars.id } });
    const account = await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] });

    await deleteOwnAccount(volunteer.actor);

    const [agentEmail, ...more] = await outbox(ars.email);
    expect(more).toEqual([]);
    expect(agentEmail).toMatchObject({ subject: DECLINED_SUBJECT, template: 'candidacy-declined' });
    expect(agentEmail!.text).toContain(`/ars/missions/${mission.id}`);
    const [establishmentEmail] = await outbox(account.email);
    expect(establishmentEmail!.text).toContain('La proposition de l’ARS est levée');
  });

  it('sends nothing when no reservation was held', async () => {
    const volunteer = await createVolunteer();
    const { establishment } = await createCandidacy(volunteer.professionalId, { status: 'ASSIGNED', start: -30, end: -1 });
    const { establishment: refusing } = await createCandidacy(volunteer.professionalId, { status: 'REFUSED', start: 2, end: 20 });
    const accounts = await Promise.all([establishment, refusing].map((e) => createUser('ESTABLISHMENT', { establishmentIds: [e.id] })));

    await deleteOwnAccount(volunteer.actor);

    expect(await prisma.user.findUnique({ where: { id: volunteer.userId } })).toBeNull();
    for (const account of accounts) expect(await outbox(account.email)).toEqual([]);
  });

  it('needs the typed confirmation', async () => {
    const volunteer = await createVolunteer();
    signedInAs.mockResolvedValue(volunteer.actor);
    expect(await deleteAccountAction({ confirmation: 'oui' })).toEqual({ ok: false, fieldErrors: { confirmation: 'Saisissez SUPPRIMER pour confirmer.' } });
    expect(await prisma.user.findUnique({ where: { id: volunteer.userId } })).not.toBeNull();
  });

  it('refuses every other role and no session, and deletes nothing', async () => {
    const volunteer = await createVolunteer();
    for (const actor of [...OTHER_ROLES.map((role) => others[role]), null]) {
      signedInAs.mockResolvedValue(actor);
      expect(await deleteAccountAction({ confirmation: 'SUPPRIMER' })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
      if (actor) expect(await prisma.user.findUnique({ where: { id: actor.id } })).not.toBeNull();
    }
    for (const role of OTHER_ROLES) await expect(deleteOwnAccount(others[role])).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.user.findUnique({ where: { id: volunteer.userId } })).not.toBeNull();
  });
});
