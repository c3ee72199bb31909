import { getActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { downloadResponse, notFoundResponse } from '@/lib/http/private-responses';
import { openJournalExport } from '@/lib/journal/export';
import { parseJournalQuery } from '@/lib/journal/query';

// The journal's csv (SPEC §15): `/api/journal?from=…&action=…`, the filters of /ars/journal or
// /ccs/journal. Its own authorization (lib/journal): no session or any role but ARS and CCS → 404.

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  const { page: _page, ...query } = parseJournalQuery(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const file = await openJournalExport(actor, query);
    return downloadResponse(file.stream, 'text/csv; charset=utf-8', file.fileName);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}
