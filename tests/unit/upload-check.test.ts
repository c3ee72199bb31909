/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACCEPTED_UPLOAD_TYPES, MAX_UPLOAD_BYTES, checkUpload } from '@/lib/storage/upload-check';
import { UPLOAD_MESSAGES, extensionForMimeType, uploadSizeError } from '@/lib/storage/upload-rules';

// Fixtures are built by tests/fixtures/uploads/generate.ts.
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/uploads', name)));

const REFUSED = "Ce fichier n'est pas accepté : formats autorisés PDF, DOC, DOCX, JPG, PNG.";

describe('checkUpload accepts the five formats by content', () => {
  it.each([
    ['sample.pdf', 'attestation.pdf', 'pdf', 'application/pdf'],
    ['sample.png', 'scan.png', 'png', 'image/png'],
    ['sample.jpg', 'photo.jpeg', 'jpg', 'image/jpeg'],
    ['sample.docx', 'diplome.docx', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['sample.doc', 'diplome.doc', 'doc', 'application/msword'],
    ['sample.doc', 'DIPLOME.DOC', 'doc', 'application/msword'],
  ])('%s declared as %s', async (file, declaredName, extension, mimeType) => {
    await expect(checkUpload(fixture(file), declaredName)).resolves.toEqual({ ok: true, extension, mimeType });
  });

  it('trusts the content over a wrong but harmless declared extension (a PNG named .jpg stays a PNG)', async () => {
    await expect(checkUpload(fixture('sample.png'), 'photo.jpg')).resolves.toEqual({ ok: true, extension: 'png', mimeType: 'image/png' });
  });

  it('reads a Uint8Array view that does not start at offset 0', async () => {
    const doc = fixture('sample.doc');
    const padded = new Uint8Array(doc.length + 7);
    padded.set(doc, 7);
    await expect(checkUpload(padded.subarray(7), 'cv.doc')).resolves.toMatchObject({ ok: true, extension: 'doc' });
  });
});

describe('checkUpload refuses everything else', () => {
  it.each([
    ['page-html-renamed.pdf', 'facture.pdf', 'HTML renamed .pdf'],
    ['image.svg', 'logo.svg', 'SVG (scriptable)'],
    ['image.svg', 'logo.png', 'SVG renamed .png'],
    ['elf-renamed.png', 'photo.png', 'ELF executable renamed .png'],
    ['pe-renamed.png', 'photo.png', 'Windows executable renamed .png'],
    ['archive.zip', 'diplome.docx', 'plain ZIP renamed .docx'],
    ['spreadsheet.xls', 'tableau.xls', 'Excel 97 workbook'],
    ['spreadsheet.xls', 'diplome.doc', 'Excel 97 workbook renamed .doc'],
    ['sample.doc', 'diplome.docx', 'Word 97 document declared .docx'],
    ['sample.doc', 'diplome', 'Word 97 document without extension'],
  ])('%s declared as %s (%s)', async (file, declaredName) => {
    await expect(checkUpload(fixture(file), declaredName)).resolves.toEqual({ ok: false, message: REFUSED });
  });

  it('refuses plain text', async () => {
    await expect(checkUpload(new TextEncoder().encode('juste du texte'), 'notes.pdf')).resolves.toEqual({ ok: false, message: REFUSED });
  });

  it('refuses an empty file', async () => {
    await expect(checkUpload(new Uint8Array(0), 'vide.pdf')).resolves.toEqual({ ok: false, message: 'Le fichier est vide.' });
  });

  it('refuses a file one byte over 5 MB, even a valid PDF, and accepts exactly 5 MB', async () => {
    const pdf = fixture('sample.pdf');
    const over = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    over.set(pdf);
    await expect(checkUpload(over, 'gros.pdf')).resolves.toEqual({ ok: false, message: 'Le fichier dépasse 5 Mo.' });

    const limit = new Uint8Array(MAX_UPLOAD_BYTES);
    limit.set(pdf);
    await expect(checkUpload(limit, 'limite.pdf')).resolves.toMatchObject({ ok: true, extension: 'pdf' });
  });
});

describe('client-side rules', () => {
  it('caps uploads at 5 × 1024 × 1024 bytes', () => {
    expect(MAX_UPLOAD_BYTES).toBe(5_242_880);
  });

  it('lists the accepted extensions and types for the accept attribute', () => {
    expect(ACCEPTED_UPLOAD_TYPES.split(',')).toEqual([
      '.pdf',
      '.doc',
      '.docx',
      '.jpg',
      '.jpeg',
      '.png',
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'image/jpeg',
      'image/png',
    ]);
  });

  it('pre-checks the size with the same messages as the server', () => {
    expect(uploadSizeError(0)).toBe(UPLOAD_MESSAGES.empty);
    expect(uploadSizeError(MAX_UPLOAD_BYTES)).toBeNull();
    expect(uploadSizeError(MAX_UPLOAD_BYTES + 1)).toBe('Le fichier dépasse 5 Mo.');
  });

  it('maps stored types back to the served extension', () => {
    expect(extensionForMimeType('application/msword')).toBe('doc');
    expect(extensionForMimeType('text/html')).toBeNull();
  });
});
