/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '@/lib/access/actor';
import { deleteProfessionalDocument, getDocumentForDownload, saveProfessionalDocument } from '@/lib/professionals/documents';
import { establishmentMaySeeCandidate } from '@/lib/candidates/access';
import { disconnectPrisma, prisma } from '@/lib/db';
import { createCandidacy } from '../factories';
import type { Role } from '@/lib/generated/prisma/client';
import { createLocalDiskStore, type FileStore, type StoredFile } from '@/lib/storage';
import { withFileTransaction } from '@/lib/storage/file-transaction';

// Real PostgreSQL (DATABASE_URL, migrated) and a local-disk store in a temporary directory.

const RUN = randomUUID().slice(0, 8);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/uploads', name)));

let dir: string;
let store: FileStore;
const userIds: string[] = [];
const establishmentIds: string[] = [];

async function createUser(role: Role, label: string, regionCode: string | null = null) {
  const user = await prisma.user.create({
    data: { email: `${label}-${RUN}@documents.test`, role, firstName: 'Test', lastName: label, regionCode },
  });
  userIds.push(user.id);
  return user;
}

async function createVolunteer(label: string, regionCode: string): Promise<Actor> {
  const user = await createUser('PROFESSIONAL', label);
  const professional = await prisma.professional.create({
    data: {
      userId: user.id,
      phone: '0600000000',
      postalCode: '34000',
      city: 'Montpellier',
      departmentCode: '34',
      regionCode,
      professionCode: 'INFIRMIER',
      activityType: 'EMPLOYEE',
      identifierType: 'NONE',
      mobilisation: 'REGIONAL',
      termsAcceptedAt: new Date(),
      dataConsentAt: new Date(),
    },
  });
  return { ...actorBase(user), professionalId: professional.id };
}

async function createEstablishmentAccount(label: string, regionCode = '76'): Promise<{ actor: Actor; establishmentId: string }> {
  const user = await createUser('ESTABLISHMENT', label);
  const establishment = await prisma.establishment.create({
    data: {
      gid: `TEST-${label}-${RUN}`,
      name: `Centre ${label}`,
      category: 'Centre hospitalier',
      address: '1 rue de la Santé',
      postalCode: '34000',
      city: 'Montpellier',
      departmentCode: '34',
      regionCode,
      memberships: { create: { userId: user.id } },
    },
  });
  establishmentIds.push(establishment.id);
  return { actor: { ...actorBase(user), establishmentIds: [establishment.id] }, establishmentId: establishment.id };
}

function actorBase(user: { id: string; email: string; role: Role; firstName: string; lastName: string; regionCode: string | null }): Actor {
  return { ...user, establishmentIds: [], professionalId: null };
}

async function bytesOf(file: StoredFile | null): Promise<number[]> {
  if (!file) throw new Error('no file');
  return Array.from(new Uint8Array(await new Response(file.stream).arrayBuffer()));
}

async function save(professionalId: string, kind: 'IDENTITY' | 'DIPLOMA', file: string, originalName: string) {
  return withFileTransaction((tx) => saveProfessionalDocument(tx, { professionalId, kind, bytes: fixture(file), originalName }), { store });
}

async function storedKeys(): Promise<string[]> {
  const files = await readdir(path.join(dir, 'documents')).catch(() => []);
  return files.filter((name) => !name.endsWith('.meta.json')).map((name) => `documents/${name}`);
}

async function storageKeyOf(documentId: string): Promise<string> {
  const row = await prisma.document.findUniqueOrThrow({ where: { id: documentId } });
  return row.storageKey;
}

let owner: Actor;
let otherVolunteer: Actor;
let arsOccitanie: Actor;
let arsIdf: Actor;
let arsNormandie: Actor;
let ccs: Actor;
let rppsManager: Actor;
let establishmentWithCandidacy: Actor;
let establishmentWithout: Actor;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'documents-it-'));
  store = createLocalDiskStore(dir);
  await prisma.profession.upsert({ where: { code: 'INFIRMIER' }, update: {}, create: { code: 'INFIRMIER', label: 'Infirmier' } });

  owner = await createVolunteer('owner', '76');
  otherVolunteer = await createVolunteer('other', '76');
  arsOccitanie = actorBase(await createUser('ARS', 'ars-occ', '76'));
  arsIdf = actorBase(await createUser('ARS', 'ars-idf', '11'));
  arsNormandie = actorBase(await createUser('ARS', 'ars-normandie', '28'));
  ccs = actorBase(await createUser('CCS', 'ccs'));

  const withCandidacy = await createEstablishmentAccount('with');
  establishmentWithCandidacy = withCandidacy.actor;
  establishmentWithout = (await createEstablishmentAccount('without')).actor;
  rppsManager = { ...actorBase(await createUser('RPPS_MANAGER', 'rpps')), establishmentIds: [withCandidacy.establishmentId] };

  const mission = await prisma.mission.create({
    data: {
      establishmentId: withCandidacy.establishmentId,
      professionCode: 'INFIRMIER',
      startDate: new Date('2026-01-05'),
      endDate: new Date('2026-01-30'),
      requestedCount: 2,
    },
  });
  // A refused candidacy still counts: "a candidacy with them", whatever its status (SPEC §6.5).
  await createCandidacy({ professionalId: owner.professionalId as string, missionId: mission.id, status: 'REFUSED', decidedAt: new Date() });
  // The CCS pushed the Occitanie volunteer to a Normandie mission: the ARS of Normandie sees them in
  // « Proposer » and may open their sheet, so their documents too (volunteerSheetScope).
  const normandie = await createEstablishmentAccount('normandie', '28');
  const normandieMission = await prisma.mission.create({
    data: { establishmentId: normandie.establishmentId, professionCode: 'INFIRMIER', startDate: new Date('2026-02-02'), endDate: new Date('2026-02-27'), requestedCount: 1 },
  });
  await createCandidacy({ professionalId: owner.professionalId as string, missionId: normandieMission.id, status: 'REFUSED', decidedAt: new Date() });
});

afterAll(async () => {
  // Users cascade to professionals, documents, candidacies and memberships.
  await prisma.auditLog.deleteMany({ where: { actorId: { in: userIds } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.mission.deleteMany({ where: { establishmentId: { in: establishmentIds } } });
  await prisma.establishment.deleteMany({ where: { id: { in: establishmentIds } } });
  await disconnectPrisma();
  await rm(dir, { recursive: true, force: true });
});

describe('saveProfessionalDocument', () => {
  it('stores the bytes under a random key and the detected type in the row', async () => {
    const result = await save(owner.professionalId as string, 'DIPLOMA', 'sample.docx', 'C:\\Users\\moi\\Diplôme IDE.docx');
    if (!result.ok) throw new Error(result.message);
    expect(result.document).toMatchObject({
      kind: 'DIPLOMA',
      originalName: 'Diplôme IDE.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      sizeBytes: fixture('sample.docx').length,
    });
    const key = await storageKeyOf(result.document.id);
    expect(key).toMatch(/^documents\/[0-9a-f-]{36}-[A-Za-z0-9_-]{22}$/);
    expect(key).not.toContain('Dipl');
    expect(await bytesOf(await store.get(key))).toEqual(Array.from(fixture('sample.docx')));
  });

  it('replaces the document of the same kind and deletes the old bytes after the commit', async () => {
    const first = await save(otherVolunteer.professionalId as string, 'IDENTITY', 'sample.pdf', 'cni.pdf');
    if (!first.ok) throw new Error(first.message);
    const oldKey = await storageKeyOf(first.document.id);

    const second = await save(otherVolunteer.professionalId as string, 'IDENTITY', 'sample.png', 'cni.png');
    if (!second.ok) throw new Error(second.message);
    const newKey = await storageKeyOf(second.document.id);

    expect(newKey).not.toBe(oldKey);
    const rows = await prisma.document.findMany({ where: { professionalId: otherVolunteer.professionalId as string, kind: 'IDENTITY' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mimeType: 'image/png', originalName: 'cni.png', storageKey: newKey });
    await expect(store.get(oldKey)).resolves.toBeNull();
    expect(await bytesOf(await store.get(newKey))).toEqual(Array.from(fixture('sample.png')));
  });

  it('leaves exactly one row and no orphan bytes when replacements race', async () => {
    const professionalId = otherVolunteer.professionalId as string;
    const current = await prisma.document.findFirstOrThrow({ where: { professionalId, kind: 'IDENTITY' } });
    const before = new Set(await storedKeys());

    const files = ['sample.pdf', 'sample.jpg', 'sample.png', 'sample.pdf', 'sample.jpg'];
    const results = await Promise.all(files.map((file, i) => save(professionalId, 'IDENTITY', file, `${i}-${file}`)));
    expect(results.map((result) => result.ok)).toEqual(files.map(() => true));

    const rows = await prisma.document.findMany({ where: { professionalId, kind: 'IDENTITY' } });
    expect(rows).toHaveLength(1);
    const after = await storedKeys();
    // The previous bytes and the loser's bytes are both gone; only the winner's remain.
    expect(after.filter((key) => !before.has(key))).toEqual([rows[0].storageKey]);
    expect(after).not.toContain(current.storageKey);
  });

  it('refuses a renamed HTML page without writing bytes or a row', async () => {
    const before = await storedKeys();
    const result = await save(otherVolunteer.professionalId as string, 'DIPLOMA', 'page-html-renamed.pdf', 'diplome.pdf');
    expect(result).toEqual({ ok: false, message: "Ce fichier n'est pas accepté : formats autorisés PDF, DOC, DOCX, JPG, PNG." });
    expect(await storedKeys()).toEqual(before);
    await expect(prisma.document.count({ where: { professionalId: otherVolunteer.professionalId as string, kind: 'DIPLOMA' } })).resolves.toBe(0);
  });

  it('keeps the old document and removes the new bytes when the transaction fails', async () => {
    const professionalId = otherVolunteer.professionalId as string;
    const kept = await prisma.document.findFirstOrThrow({ where: { professionalId, kind: 'IDENTITY' } });
    const before = await storedKeys();

    await expect(
      withFileTransaction(
        async (tx) => {
          const result = await saveProfessionalDocument(tx, { professionalId, kind: 'IDENTITY', bytes: fixture('sample.jpg'), originalName: 'cni.jpg' });
          expect(result.ok).toBe(true);
          throw new Error('the rest of the sign-up failed');
        },
        { store },
      ),
    ).rejects.toThrow('the rest of the sign-up failed');

    await expect(prisma.document.findUniqueOrThrow({ where: { id: kept.id } })).resolves.toEqual(kept);
    expect((await storedKeys()).sort()).toEqual([...before].sort());
    await expect(store.get(kept.storageKey)).resolves.toMatchObject({ size: kept.sizeBytes, contentType: kept.mimeType });
  });
});

describe('getDocumentForDownload', () => {
  let documentId: string;

  beforeAll(async () => {
    const result = await save(owner.professionalId as string, 'IDENTITY', 'sample.pdf', 'ma-cni.pdf');
    if (!result.ok) throw new Error(result.message);
    documentId = result.document.id;
  });

  it.each([
    ['the owner', () => owner],
    ['the ARS of the region the volunteer chose', () => arsOccitanie],
    ['the ARS of another region where the volunteer holds a candidacy', () => arsNormandie],
    ['the CCS', () => ccs],
    ['an establishment the volunteer has a candidacy with', () => establishmentWithCandidacy],
  ])('lets %s download it, under a name chosen by the server', async (_who, actor) => {
    const download = await getDocumentForDownload(actor(), documentId, { store });
    expect(download).toMatchObject({
      id: documentId,
      professionalId: owner.professionalId,
      kind: 'IDENTITY',
      mimeType: 'application/pdf',
      originalName: 'ma-cni.pdf',
      downloadName: 'piece-identite.pdf',
    });
    expect(await bytesOf((await download?.open()) ?? null)).toEqual(Array.from(fixture('sample.pdf')));
  });

  it.each([
    ['another volunteer', () => otherVolunteer],
    ['the ARS of another region without a candidacy of theirs', () => arsIdf],
    ['an establishment without candidacy', () => establishmentWithout],
    ['an RPPS manager, even of that establishment', () => rppsManager],
  ])('answers null to %s', async (_who, actor) => {
    await expect(getDocumentForDownload(actor(), documentId, { store })).resolves.toBeNull();
  });

  it('answers null for unknown or malformed ids', async () => {
    await expect(getDocumentForDownload(ccs, randomUUID(), { store })).resolves.toBeNull();
    await expect(getDocumentForDownload(ccs, 'not-a-uuid', { store })).resolves.toBeNull();
    await expect(getDocumentForDownload(ccs, `${documentId}' OR '1'='1`, { store })).resolves.toBeNull();
  });

  it('writes one audit row per download, only when the bytes are read', async () => {
    const where = { action: 'document.download', entityType: 'Document', entityId: documentId, actorId: arsOccitanie.id };
    const before = await prisma.auditLog.findMany({ where, select: { id: true } });
    const download = await getDocumentForDownload(arsOccitanie, documentId, { store });
    await expect(prisma.auditLog.count({ where })).resolves.toBe(before.length);

    const file = await download?.open();
    await file?.stream.cancel();
    const rows = await prisma.auditLog.findMany({ where: { ...where, id: { notIn: before.map((row) => row.id) } } });
    expect(rows).toHaveLength(1);
    expect(rows[0].details).toEqual({ professionalId: owner.professionalId, kind: 'IDENTITY' });
  });

  it('answers null from open() and logs nothing when the bytes are missing', async () => {
    const empty = createLocalDiskStore(path.join(dir, 'elsewhere'));
    const download = await getDocumentForDownload(ccs, documentId, { store: empty });
    const before = await prisma.auditLog.count({ where: { entityId: documentId, actorId: ccs.id } });
    await expect(download?.open()).resolves.toBeNull();
    await expect(prisma.auditLog.count({ where: { entityId: documentId, actorId: ccs.id } })).resolves.toBe(before);
  });
});

describe('establishmentMaySeeCandidate, the rule of establishment downloads', () => {
  it('is true only for an establishment account with a candidacy of that volunteer', async () => {
    await expect(establishmentMaySeeCandidate(establishmentWithCandidacy, owner.professionalId as string)).resolves.toBe(true);
    await expect(establishmentMaySeeCandidate(establishmentWithCandidacy, otherVolunteer.professionalId as string)).resolves.toBe(false);
    await expect(establishmentMaySeeCandidate(establishmentWithout, owner.professionalId as string)).resolves.toBe(false);
    await expect(establishmentMaySeeCandidate(rppsManager, owner.professionalId as string)).resolves.toBe(false);
  });
});

describe('deleteProfessionalDocument', () => {
  it('lets only the owner delete, removing the row and then the bytes', async () => {
    const result = await save(owner.professionalId as string, 'DIPLOMA', 'sample.doc', 'diplome.doc');
    if (!result.ok) throw new Error(result.message);
    const key = await storageKeyOf(result.document.id);

    for (const intruder of [otherVolunteer, ccs, arsOccitanie, establishmentWithCandidacy]) {
      await expect(deleteProfessionalDocument(intruder, result.document.id, store)).resolves.toBe(false);
    }
    await expect(prisma.document.count({ where: { id: result.document.id } })).resolves.toBe(1);

    await expect(deleteProfessionalDocument(owner, result.document.id, store)).resolves.toBe(true);
    await expect(prisma.document.count({ where: { id: result.document.id } })).resolves.toBe(0);
    await expect(store.get(key)).resolves.toBeNull();
    await expect(
      prisma.auditLog.count({ where: { action: 'document.delete', entityId: result.document.id, actorId: owner.id } }),
    ).resolves.toBe(1);
    await expect(deleteProfessionalDocument(owner, result.document.id, store)).resolves.toBe(false);
  });
});
