import { NextResponse, type NextRequest } from 'next/server';
import { searchCommunes } from '@/lib/rpps/communes';
import { looksLikePostalCode, POSTAL_CODE_REFUSED } from '@/lib/validation/rpps';

// « Commune de naissance* » type-ahead (SPEC §8): up to ten communes whose name starts with the text.
// Public reference data (the manager's wizard and the professional's pre-registration both use it);
// the index stays on the server. A postal code is answered with the guide's explanation, not results.

const CACHE = 'public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800';

export interface CommuneSuggestion {
  code: string;
  name: string;
  /** « Saint-Denis — Seine-Saint-Denis (93) »: what the list shows. */
  label: string;
}

export interface CommuneSuggestions {
  communes: CommuneSuggestion[];
  /** Why there is nothing to choose (a postal code was typed). */
  message: string | null;
}

export function GET(request: NextRequest): NextResponse<CommuneSuggestions> {
  const text = (request.nextUrl.searchParams.get('q') ?? '').slice(0, 100);
  if (looksLikePostalCode(text)) return NextResponse.json({ communes: [], message: POSTAL_CODE_REFUSED }, { headers: { 'Cache-Control': CACHE } });
  const communes = searchCommunes(text).map((commune) => ({
    code: commune.code,
    name: commune.name,
    label: `${commune.name} — ${commune.departmentName} (${commune.departmentCode})`,
  }));
  return NextResponse.json({ communes, message: null }, { headers: { 'Cache-Control': CACHE } });
}
