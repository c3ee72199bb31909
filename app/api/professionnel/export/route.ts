import { getActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { exportOwnData } from '@/lib/professionals/own';
import { attachmentDisposition } from '@/lib/storage/download-name';

// « Télécharger mes données » (GDPR access and portability, SPEC §5.2): the volunteer's own data as one
// JSON file. Only the volunteer themself: every other role, and no session, get the same 404.

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor || actor.role !== 'PROFESSIONAL') return notFound();
  let data;
  try {
    data = await exportOwnData(actor);
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    status: 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': attachmentDisposition(`mes-donnees-renfort-rh-crise-${day}.json`),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}

function notFound(): Response {
  return new Response('Introuvable.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
