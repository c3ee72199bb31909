import { NextResponse, type NextRequest } from 'next/server';
import { cedexDepartments, lookupPostalCode } from '@/lib/reference/postal-codes';
import { getDepartment } from '@/lib/reference/departments';

// Communes of a postal code, for the « Ville » suggestions of the sign-up form, « Ma fiche » and the
// establishment's account request. `cedex=1` (establishments' addresses only, decision 010): a code no
// commune has is read as a CEDEX code of its department, whose region is given, with no commune to offer.
// Public reference data (no personal data, no database): the ~1.7 MB index stays on the server and the
// browser only gets the few names it needs. Cached a day by browsers and shared caches; the data
// changes only with a new release.
const CACHE = 'public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800';

export interface CommunesResponse {
  /** Most populous first; empty for an unknown postal code. */
  communes: string[];
  /** Region of the most populous commune, null for an unknown postal code. */
  regionCode: string | null;
  /** Asked with `cedex=1`: the code is a CEDEX code (no commune has it); the town is typed by hand. */
  cedex?: boolean;
}

export function GET(request: NextRequest): NextResponse<CommunesResponse | { error: string }> {
  const postalCode = request.nextUrl.searchParams.get('cp')?.trim() ?? '';
  if (!/^\d{5}$/.test(postalCode)) {
    return NextResponse.json({ error: 'Le code postal comporte 5 chiffres.' }, { status: 400 });
  }
  const info = lookupPostalCode(postalCode);
  const body: CommunesResponse = info
    ? { communes: [...new Set(info.communes.map((commune) => commune.name))], regionCode: info.regionCode }
    : request.nextUrl.searchParams.get('cedex') === '1'
      ? cedexAnswer(postalCode)
      : { communes: [], regionCode: null };
  return NextResponse.json(body, { headers: { 'Cache-Control': CACHE } });
}

function cedexAnswer(postalCode: string): CommunesResponse {
  const regions = new Set((cedexDepartments(postalCode) ?? []).map((code) => getDepartment(code)?.regionCode));
  const [regionCode] = regions;
  if (regions.size !== 1 || !regionCode) return { communes: [], regionCode: null };
  return { communes: [], regionCode, cedex: true };
}
