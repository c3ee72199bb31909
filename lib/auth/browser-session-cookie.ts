import 'server-only';
import { decode } from 'next-auth/jwt';
import { env } from '@/lib/env';
import { knownDeviceCookie } from '@/lib/auth/known-device';

// next-auth v4 always gives its session cookie an expiry (session.maxAge). Without « Garder la session
// ouverte » the session must end with the browser, so its cookie loses Expires/Max-Age here; the token
// itself still ends after SHORT_SESSION_SECONDS (checked in lib/auth/session.ts).

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token=/;

export async function withBrowserSessionCookie(response: Response, { signingIn = false } = {}): Promise<Response> {
  const cookies = response.headers.getSetCookie();
  const sessionCookie = cookies.find((cookie) => SESSION_COOKIE.test(cookie));
  if (!sessionCookie) return response;

  const value = sessionCookie.split(';')[0]!.replace(SESSION_COOKIE, '');
  if (!value) return response; // sign-out clears the cookie: keep its Max-Age=0
  const token = await decode({ token: value, secret: env().NEXTAUTH_SECRET ?? '' }).catch(() => null);
  if (!token) return response;
  // A successful sign-in also marks this browser as known to the account (lib/auth/known-device.ts).
  const deviceCookie = signingIn && token.sub ? knownDeviceCookie(token.sub) : null;
  if (token.remember && !deviceCookie) return response;

  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const cookie of cookies) {
    headers.append('set-cookie', cookie === sessionCookie && !token.remember ? stripExpiry(cookie) : cookie);
  }
  if (deviceCookie) headers.append('set-cookie', deviceCookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export function stripExpiry(cookie: string): string {
  return cookie
    .split(';')
    .filter((part) => !/^\s*(expires|max-age)=/i.test(part))
    .join(';');
}
