import { attachmentDisposition } from '@/lib/storage/download-name';

// The answers of the routes that serve one person's data (exports, journal, documents, « Mes données »,
// the map and its popups): never cached nor sniffed; a file the browser saves under the name the server
// chose; and the one « not found » that tells nothing (SPEC §2).

export const PRIVATE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' };

export function downloadResponse(body: BodyInit, contentType: string, fileName: string): Response {
  return new Response(body, { status: 200, headers: { 'Content-Type': contentType, 'Content-Disposition': attachmentDisposition(fileName), ...PRIVATE_HEADERS } });
}

export function notFoundResponse(message = 'Introuvable.'): Response {
  return new Response(message, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...PRIVATE_HEADERS } });
}

/** An export refused before its first byte (too large for xlsx): the reason, in French, as the page. */
export function refusedResponse(message: string): Response {
  return new Response(message, { status: 422, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...PRIVATE_HEADERS } });
}
