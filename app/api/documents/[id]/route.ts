import { getActor } from '@/lib/auth/session';
import { PRIVATE_HEADERS, notFoundResponse } from '@/lib/http/private-responses';
import { getDocumentForDownload } from '@/lib/professionals/documents';
import { attachmentDisposition } from '@/lib/storage/download-name';

// The only way to read an uploaded document's bytes (SPEC §12, §14). Authorization and the audit row
// are in the data-access layer; this handler only maps its answer to HTTP.

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const notFound = () => notFoundResponse('Document introuvable.');

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const actor = await getActor();
  // 404 for "no session", "not yours" and "does not exist" alike: ids cannot be probed (SPEC §2).
  if (!actor) return notFound();

  // `?mission=`: the regulator's sheet opened from that mission's « Proposer » (lib/candidates/access.ts).
  const missionId = new URL(request.url).searchParams.get('mission') || null;
  const document = await getDocumentForDownload(actor, id, { missionId });
  if (!document) return notFound();
  const file = await document.open();
  if (!file) return notFound();

  return new Response(file.stream, {
    status: 200,
    headers: {
      // The type we detected and stored, not whatever the storage backend or the uploader claims.
      'Content-Type': document.mimeType,
      'Content-Length': String(file.size),
      'Content-Disposition': attachmentDisposition(document.downloadName),
      ...PRIVATE_HEADERS,
      // Should a browser ever render it anyway, it runs nothing and loads nothing.
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
