import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { roleForPath } from '@/lib/auth/route-roles';

// Coarse routing only (SPEC §2, docs/decisions/004-middleware-not-proxy.md): no session → sign-in page,
// another role's area → 403 page. Every layout, page, route handler and server action checks again on
// the server through lib/auth and the feature folders of lib/: this file is never the only gate (CVE-2025-29927).

export async function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requiredRole = roleForPath(pathname);
  if (!requiredRole) return NextResponse.next();

  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (!token?.sub) {
    const signIn = new URL('/connexion', request.url);
    signIn.searchParams.set('callbackUrl', pathname + search);
    return NextResponse.redirect(signIn);
  }
  if (token.role !== requiredRole) {
    return NextResponse.rewrite(new URL('/interdit', request.url), { status: 403 });
  }
  return NextResponse.next();
}

// A literal, as Next reads it at build time; tests/unit/area-roles.test.ts checks it lists every area of
// lib/access/roles.ts.
export const config = {
  matcher: ['/professionnel/:path*', '/etablissement/:path*', '/ars/:path*', '/ccs/:path*', '/rpps/:path*'],
};
