/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Actor } from '@/lib/access/actor';
import { DomainError } from '@/lib/errors';
import { IMPORT_MESSAGES, MAX_IMPORT_ROWS } from '@/lib/imports/messages';
import { previewImport } from '@/lib/imports/run-import';
import { checkImportUpload } from '@/lib/imports/upload';
import { declaredUncompressedSize } from '@/lib/imports/zip-entries';
import { ensureReferenceData } from '../factories';
import { actorOf } from './indicators-support';
import { ANNEXE_HEADER, annexeCells, annexeCsv, annexeLine, csvBytes, xlsxBytes } from './imports-support';

// What an import accepts as a file (SPEC §14: by content, never by name): an xlsx workbook or CSV text
// of at most 5 MB and 2 000 lines, with the model's headers. Everything else is one clear French message.

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/uploads', name)));
let ars: Actor;

beforeAll(async () => {
  await ensureReferenceData();
  ars = await actorOf('ARS', { regionCode: '84' });
});

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await previewImport(ars, 'etablissements', bytes).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).field).toBe('file');
  return (error as DomainError).message;
}

/** A real workbook's zip with some entries added or replaced. */
async function alteredWorkbook(entries: Record<string, string>): Promise<Uint8Array> {
  const archive = await JSZip.loadAsync(await xlsxBytes([ANNEXE_HEADER]));
  for (const [name, content] of Object.entries(entries)) archive.file(name, content);
  return archive.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('the file', () => {
  it('is an xlsx workbook or csv text, recognised by content', async () => {
    expect((await checkImportUpload(await xlsxBytes([ANNEXE_HEADER]))).format).toBe('xlsx');
    expect((await checkImportUpload(annexeCsv([annexeLine()]))).format).toBe('csv');
    expect(await refusal(fixture('sample.png'))).toBe(IMPORT_MESSAGES.refused);
    expect(await refusal(fixture('pe-renamed.png'))).toBe(IMPORT_MESSAGES.refused);
    expect(await refusal(fixture('archive.zip'))).toBe(IMPORT_MESSAGES.refused);
    expect(await refusal(fixture('sample.pdf'))).toBe(IMPORT_MESSAGES.refused);
    expect(await refusal(fixture('spreadsheet.xls'))).toBe(IMPORT_MESSAGES.oldExcel);
    expect(await refusal(new Uint8Array([0x4e, 0x6f, 0x6d, 0x00, 0x3b]))).toBe(IMPORT_MESSAGES.refused);
  });

  it('is at most 5 MB and not empty', async () => {
    expect(await refusal(new Uint8Array())).toBe(IMPORT_MESSAGES.empty);
    expect(await refusal(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41))).toBe(IMPORT_MESSAGES.tooLarge);
  });

  it('is not a zip bomb: the declared inflated size is read before anything is inflated', async () => {
    const bomb = await alteredWorkbook({ 'xl/worksheets/sheet1.xml': 'A'.repeat(70 * 1024 * 1024) });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(declaredUncompressedSize(bomb)).toBeGreaterThan(70 * 1024 * 1024);
    expect(await refusal(bomb)).toBe(IMPORT_MESSAGES.unreadable);
    expect(declaredUncompressedSize(new Uint8Array([1, 2, 3]))).toBeNull();
    // A workbook by its content types, that exceljs cannot read.
    expect(await refusal(await alteredWorkbook({ 'xl/workbook.xml': 'pas du XML' }))).toBe(IMPORT_MESSAGES.unreadable);
  });

  it('has the model’s headers, rows under them, and at most 2 000 of them', async () => {
    expect(await refusal(csvBytes([['Identifiant', 'Libellé', 'Date'], ['a', 'b', 'c']]))).toBe(
      IMPORT_MESSAGES.missingColumns(['ARS de rattachement', 'Finess géographique', 'nom établissement', 'Type établissement', 'adresse', 'CP', 'ville', 'nom', 'prenom', 'e-mail', 'telephone']),
    );
    expect(await refusal(csvBytes([ANNEXE_HEADER.filter((header) => header !== 'telephone'), annexeCells(annexeLine()).slice(0, 10)]))).toBe(IMPORT_MESSAGES.missingColumns(['telephone']));
    expect(await refusal(csvBytes([ANNEXE_HEADER]))).toBe(IMPORT_MESSAGES.noRows);
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => annexeCells(annexeLine()));
    expect(await refusal(csvBytes([ANNEXE_HEADER, ...many]))).toBe(IMPORT_MESSAGES.tooManyRows);
  });

  it('may be saved by a French Excel (Windows-1252), with commas, in any column order', async () => {
    const line = annexeLine({ name: 'Hôpital Sainte-Thérèse', city: 'Lyon' });
    const cells = annexeCells(line);
    const reversed = [[...ANNEXE_HEADER].reverse(), [...cells].reverse()];
    const latin1 = Buffer.from(reversed.map((row) => row.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')).join('\r\n'), 'latin1');
    const preview = await previewImport(ars, 'etablissements', new Uint8Array(latin1));
    expect(preview.lines).toEqual([expect.objectContaining({ line: 2, status: 'new', cells: expect.arrayContaining(['Hôpital Sainte-Thérèse']) })]);
  });
});
