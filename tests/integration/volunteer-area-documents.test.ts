/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deleteDocumentAction, uploadDocumentAction } from '@/app/(professional)/professionnel/documents/actions';
import { GET as download } from '@/app/api/documents/[id]/route';
import { getActor } from '@/lib/auth/session';
import { deleteOwnDocument, listOwnDocuments, replaceOwnDocument } from '@/lib/professionals/own';
import { DomainError, NotFoundError } from '@/lib/errors';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { prisma } from '@/lib/db';
import { fileStoreFromEnv } from '@/lib/storage';
import { OTHER_ROLES, createOtherRoleActors, createVolunteer } from './volunteer-area-support';

// Real database and the local-disk store of UPLOADS_DIR (set by scripts/test.ts for this run).
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const signedInAs = jest.mocked(getActor);

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/uploads', name)));
const PDF = fixture('sample.pdf');
const PNG = fixture('sample.png');

function uploadForm(kind: string, bytes: Uint8Array | null, name = 'scan.pdf'): FormData {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', bytes ? new File([Buffer.from(bytes)], name) : new File([], ''));
  return form;
}

async function storageKey(documentId: string): Promise<string> {
  return (await prisma.document.findUniqueOrThrow({ where: { id: documentId } })).storageKey;
}

function get(documentId: string) {
  return download(new Request(`http://localhost/api/documents/${documentId}`), { params: Promise.resolve({ id: documentId }) });
}

let others: Awaited<ReturnType<typeof createOtherRoleActors>>;
beforeAll(async () => {
  others = await createOtherRoleActors();
});

describe('listOwnDocuments / replaceOwnDocument / deleteOwnDocument', () => {
  it('adds, lists, replaces (deleting the old bytes after the commit) and deletes a document', async () => {
    const volunteer = await createVolunteer();
    expect(await listOwnDocuments(volunteer.actor)).toEqual({ IDENTITY: null, DIPLOMA: null });

    const first = await replaceOwnDocument(volunteer.actor, { kind: 'IDENTITY', bytes: PDF, name: 'carte.pdf' });
    expect(first).toMatchObject({ kind: 'IDENTITY', originalName: 'carte.pdf', mimeType: 'application/pdf', sizeBytes: PDF.byteLength });
    const firstKey = await storageKey(first.id);

    const second = await replaceOwnDocument(volunteer.actor, { kind: 'IDENTITY', bytes: PNG, name: 'passeport.png' });
    expect(await listOwnDocuments(volunteer.actor)).toEqual({
      IDENTITY: expect.objectContaining({ id: second.id, originalName: 'passeport.png', mimeType: 'image/png', uploadedAt: expect.any(String) }),
      DIPLOMA: null,
    });
    expect(await fileStoreFromEnv().get(firstKey)).toBeNull();

    const secondKey = await storageKey(second.id);
    await deleteOwnDocument(volunteer.actor, second.id);
    expect((await listOwnDocuments(volunteer.actor)).IDENTITY).toBeNull();
    expect(await fileStoreFromEnv().get(secondKey)).toBeNull();
  });

  it('refuses a file by its content (HTML renamed .pdf) as a field error, keeping the current one', async () => {
    const volunteer = await createVolunteer();
    const current = await replaceOwnDocument(volunteer.actor, { kind: 'DIPLOMA', bytes: PDF, name: 'diplome.pdf' });
    const attempt = replaceOwnDocument(volunteer.actor, { kind: 'DIPLOMA', bytes: fixture('page-html-renamed.pdf'), name: 'diplome.pdf' });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ field: 'file', message: expect.stringContaining("n'est pas accepté") });
    expect((await listOwnDocuments(volunteer.actor)).DIPLOMA?.id).toBe(current.id);
  });

  it('refuses a file over 5 MB', async () => {
    const volunteer = await createVolunteer();
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF.subarray(0, 8));
    await expect(replaceOwnDocument(volunteer.actor, { kind: 'DIPLOMA', bytes: big, name: 'gros.pdf' })).rejects.toMatchObject({ field: 'file', message: 'Le fichier dépasse 5 Mo.' });
  });

  it('cannot delete another volunteer’s document', async () => {
    const volunteer = await createVolunteer();
    const neighbour = await createVolunteer();
    const theirs = await replaceOwnDocument(neighbour.actor, { kind: 'IDENTITY', bytes: PDF, name: 'carte.pdf' });
    await expect(deleteOwnDocument(volunteer.actor, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listOwnDocuments(neighbour.actor)).IDENTITY?.id).toBe(theirs.id);
  });

  it('answers not found to every other role', async () => {
    for (const role of OTHER_ROLES) {
      await expect(listOwnDocuments(others[role])).rejects.toBeInstanceOf(NotFoundError);
      await expect(replaceOwnDocument(others[role], { kind: 'IDENTITY', bytes: PDF, name: 'x.pdf' })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe('uploadDocumentAction / deleteDocumentAction', () => {
  it('upload with FormData, download through /api/documents/[id], then delete', async () => {
    const volunteer = await createVolunteer();
    signedInAs.mockResolvedValue(volunteer.actor);

    const uploaded = await uploadDocumentAction(uploadForm('DIPLOMA', PDF, 'mon diplôme.pdf'));
    expect(uploaded).toMatchObject({ ok: true, data: { kind: 'DIPLOMA', originalName: 'mon diplôme.pdf' } });
    const id = uploaded.ok ? uploaded.data.id : '';

    const response = await get(id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('diplome.pdf');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);

    expect(await deleteDocumentAction({ documentId: id })).toEqual({ ok: true, data: null });
    expect((await get(id)).status).toBe(404);
  });

  it('says what is wrong with the file, next to the field', async () => {
    const volunteer = await createVolunteer();
    signedInAs.mockResolvedValue(volunteer.actor);
    expect(await uploadDocumentAction(uploadForm('IDENTITY', null))).toEqual({ ok: false, fieldErrors: { file: 'Choisissez un fichier.' } });
    expect(await uploadDocumentAction(uploadForm('IDENTITY', fixture('pe-renamed.png'), 'photo.png'))).toEqual({
      ok: false,
      fieldErrors: { file: expect.stringContaining("n'est pas accepté") },
    });
    expect((await uploadDocumentAction(uploadForm('PASSPORT', PDF))).ok).toBe(false);
  });

  it('another volunteer can neither download nor delete the document', async () => {
    const volunteer = await createVolunteer();
    const neighbour = await createVolunteer();
    const theirs = await replaceOwnDocument(neighbour.actor, { kind: 'IDENTITY', bytes: PDF, name: 'carte.pdf' });
    signedInAs.mockResolvedValue(volunteer.actor);

    expect((await get(theirs.id)).status).toBe(404);
    expect(await deleteDocumentAction({ documentId: theirs.id })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    expect((await listOwnDocuments(neighbour.actor)).IDENTITY?.id).toBe(theirs.id);
  });

  it('refuses every other role and no session, and changes nothing', async () => {
    const volunteer = await createVolunteer();
    const own = await replaceOwnDocument(volunteer.actor, { kind: 'IDENTITY', bytes: PDF, name: 'carte.pdf' });
    for (const actor of [...OTHER_ROLES.map((role) => others[role]), null]) {
      signedInAs.mockResolvedValue(actor);
      expect(await uploadDocumentAction(uploadForm('IDENTITY', PNG, 'x.png'))).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
      expect(await deleteDocumentAction({ documentId: own.id })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    }
    expect((await listOwnDocuments(volunteer.actor)).IDENTITY).toMatchObject({ id: own.id, mimeType: 'application/pdf' });
  });
});
