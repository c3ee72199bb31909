// What an uploaded document may be (SPEC §5.1: pdf, doc, docx, jpg, png; 5 MB each at most).
// Client-safe: the sign-up form imports these constants to pre-check a file before sending it; the
// server decides on the file's content in upload-check.ts, never on these declared values alone.

/** 5 MB, as the `documents_size_check` constraint of the database. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** The accepted formats, keyed by the extension we store and serve them under. */
export const UPLOAD_FORMATS = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jpg: 'image/jpeg',
  png: 'image/png',
} as const;

export type UploadExtension = keyof typeof UPLOAD_FORMATS;
export type UploadMimeType = (typeof UPLOAD_FORMATS)[UploadExtension];

/** Value of the `accept` attribute of the file inputs: extensions (with .jpeg) and MIME types. */
export const ACCEPTED_UPLOAD_TYPES = [
  '.pdf',
  '.doc',
  '.docx',
  '.jpg',
  '.jpeg',
  '.png',
  ...Object.values(UPLOAD_FORMATS),
].join(',');

export const UPLOAD_MESSAGES = {
  empty: 'Le fichier est vide.',
  tooLarge: 'Le fichier dépasse 5 Mo.',
  refused: "Ce fichier n'est pas accepté : formats autorisés PDF, DOC, DOCX, JPG, PNG.",
} as const;

/** For the client form: the size message to show at once, or null. The server checks again. */
export function uploadSizeError(sizeBytes: number): string | null {
  if (sizeBytes <= 0) return UPLOAD_MESSAGES.empty;
  if (sizeBytes > MAX_UPLOAD_BYTES) return UPLOAD_MESSAGES.tooLarge;
  return null;
}

/** The extension served for a stored MIME type (download names are chosen by the server). */
export function extensionForMimeType(mimeType: string): UploadExtension | null {
  const entry = Object.entries(UPLOAD_FORMATS).find(([, mime]) => mime === mimeType);
  return entry ? (entry[0] as UploadExtension) : null;
}
