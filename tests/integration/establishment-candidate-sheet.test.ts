/** @jest-environment node */
import { randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GET as downloadRoute } from '@/app/api/documents/[id]/route';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { establishmentMaySeeCandidate } from '@/lib/candidates/access';
import { getCandidateSheet } from '@/lib/candidates/sheet';
import { getDocumentForDownload } from '@/lib/professionals/documents';
import { createLocalDiskStore, fileStoreFromEnv, newStorageKey, type FileStore } from '@/lib/storage';
import { createMission, createProfessional, ensureReferenceData, type ProfessionalOptions, createCandidacy } from '../factories';
import { actorOf, finessWithTwoAccounts, otherFinessAccount, type Finess } from './establishment-support';

// The candidate sheet and its downloads (SPEC §6.5): visible only to the accounts for which the volunteer
// matches one of their open missions, or has a candidacy with them. Region and profession are used by no
// other test file, so that nobody else's volunteers or crisis modes meet these missions.

// Only for the download route, which reads the session itself (it needs a request scope Jest lacks).
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));

const REGION = '53';
const PLACE = { departmentCode: '35', postalCode: '35000' };
const PROFESSION = 'OCCUPATIONAL_THERAPIST';
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

let finess: Finess;
let other: Actor;
let openMission: { id: string };
let archivedMission: { id: string };

const volunteer = (options: ProfessionalOptions = {}) =>
  createProfessional({ regionCode: REGION, professionCode: PROFESSION, periods: [{ startDate: utc(2026, 1, 1), endDate: null }], ...options });

beforeAll(async () => {
  await ensureReferenceData();
  finess = await finessWithTwoAccounts(REGION, PLACE);
  other = await otherFinessAccount(REGION, PLACE);
  openMission = await createMission(finess.establishmentId, { professionCode: PROFESSION, requestedCount: 2, startDate: utc(2026, 12, 1), endDate: utc(2027, 1, 31) });
  archivedMission = await createMission(finess.establishmentId, { professionCode: 'DIETITIAN', status: 'ARCHIVED', archivedAt: new Date(), startDate: utc(2026, 1, 1), endDate: utc(2026, 1, 31) });
});

describe('who may see a volunteer', () => {
  it('lets both accounts of the FINESS see a volunteer matching one of its open missions, and no other FINESS', async () => {
    const { professional } = await volunteer();
    expect(await establishmentMaySeeCandidate(finess.first, professional.id)).toBe(true);
    expect(await establishmentMaySeeCandidate(finess.second, professional.id)).toBe(true);
    expect(await establishmentMaySeeCandidate(other, professional.id)).toBe(false);
  });

  it.each<[string, ProfessionalOptions]>([
    ['of another profession', { professionCode: 'DIETITIAN' }],
    ['of another region', { regionCode: '76' }],
    ['who switched to « Indisponible »', { available: false }],
    ['whose availability is all in the past', { periods: [{ startDate: utc(2025, 1, 1), endDate: utc(2025, 2, 1) }] }],
  ])('hides a volunteer %s who has no candidacy with them', async (_who, options) => {
    const { professional } = await volunteer(options);
    expect(await establishmentMaySeeCandidate(finess.first, professional.id)).toBe(false);
  });

  it('applies the mission\'s criteria: no vehicle, no match for a mission that needs one', async () => {
    const needsVehicle = await finessWithTwoAccounts(REGION, PLACE);
    await createMission(needsVehicle.establishmentId, { professionCode: PROFESSION, needsVehicle: true });
    const { professional: without } = await volunteer({ record: { hasVehicle: false } });
    const { professional: withOne } = await volunteer({ record: { hasVehicle: true } });
    expect(await establishmentMaySeeCandidate(needsVehicle.first, without.id)).toBe(false);
    expect(await establishmentMaySeeCandidate(needsVehicle.first, withOne.id)).toBe(true);
  });

  it('does not count archived missions as open ones', async () => {
    const { professional } = await volunteer({ professionCode: 'DIETITIAN' });
    expect(await establishmentMaySeeCandidate(finess.first, professional.id)).toBe(false);
    await prisma.mission.update({ where: { id: archivedMission.id }, data: { status: 'OPEN', archivedAt: null } });
    try {
      expect(await establishmentMaySeeCandidate(finess.first, professional.id)).toBe(true);
    } finally {
      await prisma.mission.update({ where: { id: archivedMission.id }, data: { status: 'ARCHIVED', archivedAt: new Date() } });
    }
  });

  it('lets them see a volunteer with a candidacy of any status on one of their missions, even an archived one', async () => {
    const { professional } = await volunteer({ professionCode: 'DIETITIAN', available: false });
    await createCandidacy({ professionalId: professional.id, missionId: archivedMission.id, status: 'REFUSED', decidedAt: new Date() });
    expect(await establishmentMaySeeCandidate(finess.first, professional.id)).toBe(true);
    expect(await establishmentMaySeeCandidate(finess.second, professional.id)).toBe(true);
    expect(await establishmentMaySeeCandidate(other, professional.id)).toBe(false);
  });

  it('follows crisis management: a direct match is hidden, a volunteer pushed to them is not', async () => {
    const { professional: direct } = await volunteer();
    const { professional: pushed } = await volunteer();
    const crisis = await prisma.crisisMode.create({ data: { regionCode: REGION, allProfessions: false, professionCodes: [PROFESSION] } });
    try {
      await prisma.candidacy.create({ data: { professionalId: pushed.id, missionId: openMission.id, status: 'PROPOSED', proposedAt: new Date() } });
      expect(await establishmentMaySeeCandidate(finess.first, direct.id)).toBe(false);
      expect(await establishmentMaySeeCandidate(finess.first, pushed.id)).toBe(true);
    } finally {
      await prisma.crisisMode.update({ where: { id: crisis.id }, data: { endedAt: new Date() } });
    }
    expect(await establishmentMaySeeCandidate(finess.first, direct.id)).toBe(true);
  });

  it('hides a volunteer another establishment has reserved, unless the reservation is on their mission', async () => {
    const { professional } = await volunteer();
    const elsewhere = await finessWithTwoAccounts(REGION, PLACE);
    const theirs = await createMission(elsewhere.establishmentId, { professionCode: PROFESSION });
    await prisma.candidacy.create({ data: { professionalId: professional.id, missionId: theirs.id, status: 'CONTACTED', contactedAt: new Date() } });
    expect(await establishmentMaySeeCandidate(finess.first, professional.id)).toBe(false);
    expect(await establishmentMaySeeCandidate(elsewhere.second, professional.id)).toBe(true);
  });

  it('answers no to every other role and to ids that are not volunteers', async () => {
    const { professional } = await volunteer();
    for (const actor of [
      await actorOf('PROFESSIONAL'),
      await actorOf('ARS', { regionCode: REGION }),
      await actorOf('CCS'),
      await actorOf('RPPS_MANAGER', { establishmentIds: [finess.establishmentId] }),
    ]) {
      expect(await establishmentMaySeeCandidate(actor, professional.id)).toBe(false);
      expect(await getCandidateSheet(actor, professional.id)).toBeNull();
    }
    expect(await establishmentMaySeeCandidate(finess.first, '00000000-0000-4000-8000-000000000000')).toBe(false);
    expect(await establishmentMaySeeCandidate(finess.first, "' OR 1=1 --")).toBe(false);
  });
});

describe('getCandidateSheet', () => {
  it('gives every field of SPEC §6.5, with « RPPS vérifié » when our directory knows the number', async () => {
    const rppsNumber = `1${String(randomInt(0, 9_999_999_999)).padStart(10, '0')}`;
    await prisma.rppsRecord.create({
      data: {
        rppsNumber,
        civility: 'MRS',
        sex: 'FEMALE',
        birthLastName: `Le Goff-${rppsNumber}`, // the identity is unique (issue 10 §3)
        firstNames: 'Anne',
        birthDate: utc(1980, 5, 4),
        birthCountry: 'FR',
        birthCommuneName: 'Rennes',
        email: 'anne@example.test',
        practiceLastName: 'Le Goff',
        practiceFirstName: 'Anne',
      },
    });
    const { professional, user } = await volunteer({
      lastName: 'Le Goff',
      record: {
        identifierType: 'RPPS',
        identifierNumber: rppsNumber,
        hasVehicle: true,
        icuExperience: true,
        availableWeekends: true,
        mobilisation: 'NATIONAL',
        comment: 'Disponible dès lundi.',
        activityType: 'RETIRED',
      },
      periods: [
        { startDate: utc(2026, 11, 1), endDate: utc(2026, 12, 31) },
        { startDate: utc(2027, 3, 1), endDate: null },
      ],
    });
    await prisma.document.create({ data: { professionalId: professional.id, kind: 'IDENTITY', storageKey: newStorageKey('documents'), originalName: 'cni.pdf', mimeType: 'application/pdf', sizeBytes: 10 } });

    const sheet = await getCandidateSheet(finess.second, professional.id, new Date('2026-11-22T10:00:00Z'));
    expect(sheet).toMatchObject({
      id: professional.id,
      status: 'DISPONIBLE',
      lastName: 'Le Goff',
      firstName: 'Alex',
      email: user.email,
      phone: '0600000000',
      postalCode: '31000',
      departmentCode: '31',
      professionCode: PROFESSION,
      activityType: 'RETIRED',
      identifierType: 'RPPS',
      identifierNumber: rppsNumber,
      rppsVerified: true,
      hasVehicle: true,
      icuExperience: true,
      ehpadExperience: false,
      availableWeekdays: true,
      availableWeekends: true,
      mobilisation: 'NATIONAL',
      comment: 'Disponible dès lundi.',
      periods: [
        { startDate: utc(2026, 11, 1), endDate: utc(2026, 12, 31) },
        { startDate: utc(2027, 3, 1), endDate: null },
      ],
    });
    expect(sheet?.registeredAt).toEqual(professional.createdAt);
    expect(sheet?.documents).toEqual({ IDENTITY: { id: expect.any(String), originalName: 'cni.pdf' } });
    expect(await getCandidateSheet(other, professional.id)).toBeNull();
  });

  it('does not call an unknown RPPS number verified, and says « Contacté » once reserved by them', async () => {
    const { professional } = await volunteer({ record: { identifierType: 'RPPS', identifierNumber: '19999999999' } });
    await prisma.candidacy.create({ data: { professionalId: professional.id, missionId: openMission.id, status: 'CONTACTED', contactedAt: new Date() } });
    expect(await getCandidateSheet(finess.first, professional.id)).toMatchObject({ rppsVerified: false, status: 'CONTACTED' });
  });
});

describe('downloads follow the same rule', () => {
  let dir: string;
  let store: FileStore;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'establishment-sheet-'));
    store = createLocalDiskStore(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function documentOf(options: ProfessionalOptions) {
    const { professional } = await volunteer(options);
    const storageKey = newStorageKey('documents');
    await store.put(storageKey, new TextEncoder().encode('%PDF-1.4 test'), 'application/pdf');
    const document = await prisma.document.create({ data: { professionalId: professional.id, kind: 'DIPLOMA', storageKey, originalName: 'diplome.pdf', mimeType: 'application/pdf', sizeBytes: 13 } });
    return { professionalId: professional.id, documentId: document.id };
  }

  it('serves a matching volunteer’s document to both accounts of the FINESS, logs the read, and refuses another FINESS', async () => {
    const { professionalId, documentId } = await documentOf({});
    expect(await establishmentMaySeeCandidate(finess.first, professionalId)).toBe(true);
    const download = await getDocumentForDownload(finess.second, documentId, { store });
    expect(download).toMatchObject({ id: documentId, kind: 'DIPLOMA', downloadName: expect.stringMatching(/\.pdf$/) });
    const file = await download!.open();
    await file!.stream.cancel();
    expect(await prisma.auditLog.count({ where: { action: 'document.download', entityId: documentId, actorId: finess.second.id } })).toBe(1);
    expect(await getDocumentForDownload(other, documentId, { store })).toBeNull();
  });

  it('refuses the document of a volunteer who neither matches nor has a candidacy with them', async () => {
    const { professionalId, documentId } = await documentOf({ professionCode: 'DIETITIAN' });
    expect(await establishmentMaySeeCandidate(finess.first, professionalId)).toBe(false);
    expect(await getDocumentForDownload(finess.first, documentId, { store })).toBeNull();
  });
});

describe('GET /api/documents/[id] for establishments', () => {
  it('answers the file to an account the rule lets in, and 404 to another FINESS', async () => {
    const { professional } = await volunteer();
    const store = fileStoreFromEnv();
    const storageKey = newStorageKey('documents');
    await store.put(storageKey, new TextEncoder().encode('%PDF-1.4 route'), 'application/pdf');
    const document = await prisma.document.create({ data: { professionalId: professional.id, kind: 'IDENTITY', storageKey, originalName: 'cni.pdf', mimeType: 'application/pdf', sizeBytes: 14 } });
    const get = async (actor: Actor | null) => {
      jest.mocked(getActor).mockResolvedValue(actor);
      return downloadRoute(new Request(`http://test/api/documents/${document.id}`), { params: Promise.resolve({ id: document.id }) });
    };

    const allowed = await get(finess.second);
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toBe('%PDF-1.4 route');
    for (const actor of [other, await actorOf('RPPS_MANAGER', { establishmentIds: [finess.establishmentId] }), null]) {
      const refused = await get(actor);
      expect(refused.status).toBe(404);
      await refused.body?.cancel();
    }
    expect(await prisma.auditLog.count({ where: { action: 'document.download', entityId: document.id } })).toBe(1);
  });
});
