import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { roleForPath } from '@/lib/auth/route-roles';
import { contentSecurityPolicy, newNonce } from '@/lib/security/content-security-policy';

// Two jobs, both coarse (docs/decisions/004-middleware-not-proxy.md):
// 1. Every page gets a Content-Security-Policy with a fresh nonce (SPEC §14, docs/decisions/024). Next
//    reads the policy from the request headers and puts the nonce on its own scripts.
// 2. Routing (SPEC §2): no session → sign-in page, another role's area → 403 page. Every layout, page,
//    route handler and server action checks again on the server through lib/auth and the feature folders
//    of lib/: this file is never the only gate (CVE-2025-29927).

export async function middleware(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);

  const response = (await route(request, requestHeaders)) ?? NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

async function route(request: NextRequest, requestHeaders: Headers): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  const requiredRole = roleForPath(pathname);
  if (!requiredRole) return null;

  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (!token?.sub) {
    const signIn = new URL('/connexion', request.url);
    signIn.searchParams.set('callbackUrl', pathname + search);
    return NextResponse.redirect(signIn);
  }
  if (token.role !== requiredRole) {
    return NextResponse.rewrite(new URL('/interdit', request.url), { status: 403, request: { headers: requestHeaders } });
  }
  return null;
}

// Every page, not the API (route handlers set their own headers: a document download keeps its sandbox
// policy), Next's static files, or the files of public/ (map data, import templates). Nor the sign-up
// form's upload route, a public JSON endpoint like the API: run through middleware, each 1 MB body would
// be buffered once more for it, which a surge of sign-ups pays on every request (decision 036); its
// policy comes from next.config.js. A literal, as Next reads it at build time;
// tests/integration/area-roles.test.ts checks that every area goes through it.
export const config = {
  matcher: ['/((?!api/|inscription/professionnel/envoi|_next/static|_next/image|map/|modeles/|favicon.ico|icon.svg).*)'],
};
