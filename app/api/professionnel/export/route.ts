import { getActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { exportOwnData } from '@/lib/professionals/own';
import { downloadResponse, notFoundResponse } from '@/lib/http/private-responses';

// « Télécharger mes données » (GDPR access and portability, SPEC §5.2): the volunteer's own data as one
// JSON file. Only the volunteer themself: every other role, and no session, get the same 404.

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor || actor.role !== 'PROFESSIONAL') return notFoundResponse();
  let data;
  try {
    data = await exportOwnData(actor);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
  const day = data.exportedAt.slice(0, 10);
  return downloadResponse(JSON.stringify(data, null, 2), 'application/json; charset=utf-8', `mes-donnees-renfort-rh-crise-${day}.json`);
}
