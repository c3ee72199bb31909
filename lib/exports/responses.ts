import { attachmentDisposition } from '@/lib/storage/download-name';

// The answers of the download routes (exports, journal): a file the browser saves under the name the
// server chose, never cached nor sniffed; and the one « not found » that tells nothing (SPEC §2).

const PRIVATE = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' };

export function downloadResponse(body: ReadableStream<Uint8Array>, contentType: string, fileName: string): Response {
  return new Response(body, { status: 200, headers: { 'Content-Type': contentType, 'Content-Disposition': attachmentDisposition(fileName), ...PRIVATE } });
}

export function notFoundResponse(): Response {
  return new Response('Introuvable.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...PRIVATE } });
}

/** An export refused before its first byte (too large for xlsx): the reason, in French, as the page. */
export function refusedResponse(message: string): Response {
  return new Response(message, { status: 422, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...PRIVATE } });
}
