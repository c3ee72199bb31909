import 'server-only';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { env, isProduction } from '@/lib/env';

// « Device cookies » (OWASP, Slow down online guessing attacks): a browser that signed in to an account
// keeps a signed cookie naming that account. Its later attempts are throttled on their own counter, so
// a stranger's failures on the account's counter never delay the owner's usual browser (SPEC §14).
// Only the sign-in route reads it; it proves nothing by itself — the password is still checked.

export const KNOWN_DEVICE_COOKIE = 'renfort.appareil';
const LIFETIME_SECONDS = 180 * 24 * 3600;

export interface KnownDevice {
  userId: string;
  deviceId: string;
}

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`known-device:${payload}`).digest('base64url');
}

/** The Set-Cookie header that marks this browser as known to `userId`, or null without a secret. */
export function knownDeviceCookie(userId: string, now = new Date()): string | null {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) return null;
  const expires = Math.floor(now.getTime() / 1000) + LIFETIME_SECONDS;
  const payload = `${userId}.${randomUUID()}.${expires}`;
  const secure = isProduction() ? '; Secure' : '';
  return `${KNOWN_DEVICE_COOKIE}=${payload}.${signature(payload, secret)}; Path=/api/auth; Max-Age=${LIFETIME_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}

/** The known device named by a Cookie header, if its signature and date are good. */
export function readKnownDevice(cookieHeader: string | null | undefined, now = new Date()): KnownDevice | null {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret || !cookieHeader) return null;
  const raw = cookieHeader
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${KNOWN_DEVICE_COOKIE}=`))
    ?.slice(KNOWN_DEVICE_COOKIE.length + 1);
  const parts = raw?.split('.');
  if (!parts || parts.length !== 4) return null;
  const [userId, deviceId, expires, given] = parts as [string, string, string, string];
  const expected = Buffer.from(signature(`${userId}.${deviceId}.${expires}`, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  if (Number(expires) * 1000 < now.getTime()) return null;
  return { userId, deviceId };
}
