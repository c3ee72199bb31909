import 'server-only';
import { createHash } from 'node:crypto';
// `file-type/core`: see lib/storage/upload-check.ts for why not the root export.
import { fileTypeFromBuffer } from 'file-type/core';
import { DomainError } from '@/lib/errors';
import { IMPORT_MESSAGES, MAX_IMPORT_BYTES, MAX_XLSX_UNCOMPRESSED_BYTES } from '@/lib/imports/messages';
import { declaredUncompressedSize } from '@/lib/imports/zip-entries';

// An import file is judged by its CONTENT, never by its name or declared type (SPEC §14): an xlsx is a
// zip that file-type recognises as a workbook; a csv is text (no known binary signature, no NUL byte).

export type ImportFormat = 'xlsx' | 'csv';

export interface ImportUpload {
  format: ImportFormat;
  bytes: Uint8Array;
  /** SHA-256 of the bytes: the import must be of the very file that was previewed. */
  hash: string;
}

export async function checkImportUpload(bytes: Uint8Array): Promise<ImportUpload> {
  if (bytes.byteLength === 0) throw new DomainError(IMPORT_MESSAGES.empty, 'file');
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new DomainError(IMPORT_MESSAGES.tooLarge, 'file');
  const hash = createHash('sha256').update(bytes).digest('hex');
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.ext === 'xlsx') {
    const inflated = declaredUncompressedSize(bytes);
    if (inflated === null || inflated > MAX_XLSX_UNCOMPRESSED_BYTES) throw new DomainError(IMPORT_MESSAGES.unreadable, 'file');
    return { format: 'xlsx', bytes, hash };
  }
  if (detected?.ext === 'cfb') throw new DomainError(IMPORT_MESSAGES.oldExcel, 'file');
  if (detected || bytes.includes(0)) throw new DomainError(IMPORT_MESSAGES.refused, 'file');
  return { format: 'csv', bytes, hash };
}
