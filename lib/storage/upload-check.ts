import 'server-only';
// Server-side check of an uploaded file by its CONTENT (magic bytes, via file-type), as SPEC §14 asks:
// an HTML page or an executable renamed `.pdf`/`.png` is refused whatever its name says.
//
// `file-type/core` rather than `file-type`: the same `fileTypeFromBuffer`, without the Node-only stream
// helpers, and its package export resolves under Jest's CommonJS conditions (the root export only
// offers `import`/`module-sync` under `node`). The package and its dependencies are ESM only, so the
// Jest config must let them through transformIgnorePatterns (Node 20 has no require(esm) in Jest).
import { fileTypeFromBuffer } from 'file-type/core';
import {
  MAX_UPLOAD_BYTES,
  UPLOAD_FORMATS,
  UPLOAD_MESSAGES,
  type UploadExtension,
  type UploadMimeType,
} from '@/lib/storage/upload-rules';

// Re-exported for server code; client components import them from '@/lib/storage/upload-rules',
// which does not pull file-type into the browser bundle.
export { ACCEPTED_UPLOAD_TYPES, MAX_UPLOAD_BYTES } from '@/lib/storage/upload-rules';

export type UploadCheckResult =
  | { ok: true; mimeType: UploadMimeType; extension: UploadExtension }
  | { ok: false; message: string };

// What file-type reports for each accepted format. `cfb` (OLE2) is handled apart: it is the container
// of Word 97-2003, but also of Excel, PowerPoint, Outlook messages and MSI installers.
const DETECTED: Record<string, UploadExtension> = {
  'application/pdf': 'pdf',
  [UPLOAD_FORMATS.docx]: 'docx',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

// Every Word 97-2003 document has a stream named "WordDocument"; its directory entry stores the name in
// UTF-16LE. Other OLE2 files (an .xls or an .msi renamed .doc) do not.
const WORD_STREAM_NAME = new Uint8Array(Buffer.from('WordDocument', 'utf16le'));

export async function checkUpload(bytes: Uint8Array, declaredName: string): Promise<UploadCheckResult> {
  if (bytes.byteLength === 0) return refuse(UPLOAD_MESSAGES.empty);
  // Before parsing: the size alone decides, and we never parse more than we would keep.
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return refuse(UPLOAD_MESSAGES.tooLarge);

  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return refuse(UPLOAD_MESSAGES.refused);

  if (detected.mime === 'application/x-cfb') {
    // Only the declared extension tells a .doc from another OLE2 file, so both must agree.
    return declaredExtension(declaredName) === 'doc' && contains(bytes, WORD_STREAM_NAME)
      ? accept('doc')
      : refuse(UPLOAD_MESSAGES.refused);
  }

  const extension = DETECTED[detected.mime];
  // A PNG named .jpg is still a PNG: we store the detected type and serve it under our own name, so a
  // wrong declared extension is harmless and not worth refusing a volunteer's scan for.
  return extension ? accept(extension) : refuse(UPLOAD_MESSAGES.refused);
}

function accept(extension: UploadExtension): UploadCheckResult {
  return { ok: true, extension, mimeType: UPLOAD_FORMATS[extension] };
}

function refuse(message: string): UploadCheckResult {
  return { ok: false, message };
}

function declaredExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).trim().toLowerCase();
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(needle) !== -1;
}
