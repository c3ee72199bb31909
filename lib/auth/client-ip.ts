import { env } from '@/lib/env';

// The caller's address for per-IP rate limits (SPEC §14, docs/decisions/024-sign-in-hardening.md). Only a
// proxy we run may tell it: a client can write any `X-Forwarded-For` it likes, and Next.js keeps a
// client's value instead of adding the socket's. So the address comes from the deployment's proxy, as
// set by TRUSTED_PROXY:
// - `vercel` (the default on Vercel): Vercel's own `x-vercel-forwarded-for` / `x-real-ip`, which Vercel
//   overwrites;
// - `hops:N`: N proxies of ours each append to `X-Forwarded-For`, so the client is the Nth value from the
//   right (anything to its left was written by the client);
// - `none` (the default elsewhere): no header is trusted and every caller shares one key, which only makes
//   the per-IP limits stricter; the per-account delays (lib/auth/login-throttle.ts) still apply.

export const SHARED_KEY = 'unknown';

export type ProxyTrust = { kind: 'none' } | { kind: 'vercel' } | { kind: 'hops'; hops: number };

export function proxyTrust(): ProxyTrust {
  const setting = env().TRUSTED_PROXY ?? (env().VERCEL ? 'vercel' : 'none');
  if (setting === 'vercel') return { kind: 'vercel' };
  const hops = /^hops:(\d+)$/.exec(setting);
  return hops ? { kind: 'hops', hops: Number(hops[1]) } : { kind: 'none' };
}

function firstValue(value: string | null): string | null {
  return value?.split(',')[0]?.trim() || null;
}

export function clientIp(headers: Headers, trust: ProxyTrust = proxyTrust()): string {
  switch (trust.kind) {
    case 'vercel':
      return firstValue(headers.get('x-vercel-forwarded-for')) ?? firstValue(headers.get('x-real-ip')) ?? SHARED_KEY;
    case 'hops': {
      const chain = (headers.get('x-forwarded-for') ?? '')
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean);
      return chain.length >= trust.hops ? chain[chain.length - trust.hops]! : SHARED_KEY;
    }
    default:
      return SHARED_KEY;
  }
}
