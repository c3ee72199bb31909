/**
 * The caller's IP for rate limiting. Behind Vercel or a reverse proxy the first x-forwarded-for hop is
 * the client; a missing header (direct connection, tests) groups callers under one key, which only
 * makes limiting stricter.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  if (forwarded) return forwarded.split(',')[0]!.trim();
  return headers.get('x-real-ip')?.trim() || 'unknown';
}
