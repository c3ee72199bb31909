import { NextResponse, type NextRequest } from 'next/server';
import { lookupPostalCode } from '@/lib/reference/postal-codes';

// Communes of a postal code, for the « Ville » suggestions of the sign-up form and « Ma fiche ».
// Public reference data (no personal data, no database): the ~1.3 MB index stays on the server and the
// browser only gets the few names it needs. Cached a day by browsers and shared caches; the data
// changes only with a new release.
const CACHE = 'public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800';

export interface CommunesResponse {
  /** Most populous first; empty for an unknown postal code. */
  communes: string[];
  /** Region of the most populous commune, null for an unknown postal code. */
  regionCode: string | null;
}

export function GET(request: NextRequest): NextResponse<CommunesResponse | { error: string }> {
  const postalCode = request.nextUrl.searchParams.get('cp')?.trim() ?? '';
  if (!/^\d{5}$/.test(postalCode)) {
    return NextResponse.json({ error: 'Le code postal comporte 5 chiffres.' }, { status: 400 });
  }
  const info = lookupPostalCode(postalCode);
  const body: CommunesResponse = info
    ? { communes: [...new Set(info.communes.map((commune) => commune.name))], regionCode: info.regionCode }
    : { communes: [], regionCode: null };
  return NextResponse.json(body, { headers: { 'Cache-Control': CACHE } });
}
