import { getActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { openExport } from '@/lib/exports/open-export';
import { attachmentDisposition } from '@/lib/storage/download-name';

// Exports of SPEC §7.2: `/api/exports/missions|benevoles|affectations?format=xlsx|csv`, streamed as they
// are read (lib/exports). No session, another role, an unknown dataset or format: the same 404.

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return notFound();
  const { dataset } = await params;
  const format = new URL(request.url).searchParams.get('format');
  try {
    const file = await openExport(actor, dataset, format);
    return new Response(file.stream, {
      status: 200,
      headers: {
        'Content-Type': file.contentType,
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
