import { getActor } from '@/lib/auth/session';
import { PRIVATE_HEADERS } from '@/lib/http/private-responses';
import { getCandidatePopupForActor } from '@/lib/candidates/popup';

// The popup of a marker on the « Choisir » map (SPEC §6.4). Authorization is in the data-access layer;
// this handler only maps its answer to HTTP.

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ missionId: string; professionalId: string }> },
): Promise<Response> {
  const { missionId, professionalId } = await params;
  const actor = await getActor();
  // 404 for "no session", "not yours", "not a candidate of this mission" alike: nothing to probe (SPEC §2).
  const popup = actor ? await getCandidatePopupForActor(actor, missionId, professionalId) : null;
  if (!popup) return Response.json({ error: 'Candidat introuvable.' }, { status: 404, headers: PRIVATE_HEADERS });
  return Response.json(popup, { headers: PRIVATE_HEADERS });
}
