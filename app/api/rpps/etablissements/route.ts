import { NextResponse, type NextRequest } from 'next/server';
import { searchPreRegistrationEstablishments, type PublicEstablishment } from '@/lib/rpps/pre-registration';

// « Établissement* » of the public pre-registration (SPEC §8): establishments that have an RPPS+
// manager, searched by FINESS (or SIRET) or by name. FINESS numbers and names are public (the FINESS
// directory is open data); nothing personal is returned.

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: NextRequest): Promise<NextResponse<{ establishments: PublicEstablishment[] }>> {
  const text = (request.nextUrl.searchParams.get('q') ?? '').slice(0, 100);
  const establishments = await searchPreRegistrationEstablishments(text);
  return NextResponse.json({ establishments }, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
