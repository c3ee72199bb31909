import { getActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { openExport } from '@/lib/exports/open-export';
import { ExportRefusedError } from '@/lib/exports/dataset';
import { downloadResponse, notFoundResponse, refusedResponse } from '@/lib/http/private-responses';

// Exports of SPEC §7.2: `/api/exports/missions|benevoles|affectations?format=xlsx|csv`, streamed as they
// are read (lib/exports). No session, another role, an unknown dataset or format: the same 404. An xlsx
// longer than Excel opens: 422 with the French reason (docs/decisions/034).

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  const { dataset } = await params;
  const format = new URL(request.url).searchParams.get('format');
  try {
    const file = await openExport(actor, dataset, format);
    return downloadResponse(file.stream, file.contentType, file.fileName);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    if (error instanceof ExportRefusedError) return refusedResponse(error.message);
    throw error;
  }
}
