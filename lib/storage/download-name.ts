import type { DocumentKind } from '@/lib/generated/prisma/enums';
import { extensionForMimeType } from '@/lib/storage/upload-rules';

// Download names are chosen by the server from what we know (kind + detected type), never from the
// name the user uploaded (SPEC §14): no path, no quote, no `.html` can reach a Content-Disposition.

const BASE_NAMES: Record<DocumentKind, string> = {
  IDENTITY: 'piece-identite',
  DIPLOMA: 'diplome',
};

export function documentDownloadName(kind: DocumentKind, mimeType: string): string {
  const extension = extensionForMimeType(mimeType);
  return extension ? `${BASE_NAMES[kind]}.${extension}` : BASE_NAMES[kind];
}

/** `attachment` with both the plain and the RFC 5987 forms of the (ASCII, server-chosen) name. */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
