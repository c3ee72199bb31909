import { getActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { openJournalExport } from '@/lib/journal/export';
import { parseJournalQuery } from '@/lib/journal/query';
import { attachmentDisposition } from '@/lib/storage/download-name';

// The journal's csv (SPEC §15): `/api/journal?from=…&action=…`, the filters of /ars/journal or
// /ccs/journal. Its own authorization (lib/journal): no session or any role but ARS and CCS → 404.

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return notFound();
  const { page: _page, ...query } = parseJournalQuery(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const file = await openJournalExport(actor, query);
    return new Response(file.stream, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': attachmentDisposition(file.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}

function notFound(): Response {
  return new Response('Introuvable.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
