import { getActor } from '@/lib/auth/session';
import { PRIVATE_HEADERS } from '@/lib/http/private-responses';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { parseMapView } from '@/lib/candidates/map-view';
import { searchCandidateMapForActor } from '@/lib/candidates/search';

// The « Choisir » map's features for the view it moved to (SPEC §6.4, decision 037): the table's filters
// (same URL query) at another zoom level or place. Authorization is in the data-access layer; this handler
// only maps its answer to HTTP.

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request, { params }: { params: Promise<{ missionId: string }> }): Promise<Response> {
  const { missionId } = await params;
  const searchParams = new URL(request.url).searchParams;
  const view = parseMapView(searchParams);
  if (!view) return Response.json({ error: 'Vue de carte invalide.' }, { status: 400, headers: PRIVATE_HEADERS });
  const actor = await getActor();
  // 404 for "no session" and "not yours" alike: nothing to probe (SPEC §2).
  const map = actor ? await searchCandidateMapForActor(actor, missionId, parseCandidateQuery(Object.fromEntries(searchParams)), view) : null;
  if (!map) return Response.json({ error: 'Besoin introuvable.' }, { status: 404, headers: PRIVATE_HEADERS });
  return Response.json(map, { headers: PRIVATE_HEADERS });
}
