import 'server-only';
import { decode } from 'next-auth/jwt';
import { env } from '@/lib/env';

// next-auth v4 always gives its session cookie an expiry (session.maxAge). Without « Garder la session
// ouverte » the session must end with the browser, so its cookie loses Expires/Max-Age here; the token
// itself still ends after SHORT_SESSION_SECONDS (checked in lib/auth/session.ts).

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token=/;

export async function withBrowserSessionCookie(response: Response): Promise<Response> {
  const cookies = response.headers.getSetCookie();
  const sessionCookie = cookies.find((cookie) => SESSION_COOKIE.test(cookie));
  if (!sessionCookie) return response;

  const value = sessionCookie.split(';')[0]!.replace(SESSION_COOKIE, '');
  if (!value) return response; // sign-out clears the cookie: keep its Max-Age=0
  const token = await decode({ token: value, secret: env().NEXTAUTH_SECRET ?? '' }).catch(() => null);
  if (!token || token.remember) return response;

  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const cookie of cookies) {
    headers.append('set-cookie', cookie === sessionCookie ? stripExpiry(cookie) : cookie);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export function stripExpiry(cookie: string): string {
  return cookie
    .split(';')
    .filter((part) => !/^\s*(expires|max-age)=/i.test(part))
    .join(';');
}
