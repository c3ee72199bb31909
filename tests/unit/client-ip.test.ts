import { resetEnvCache } from '@/lib/env';
import { clientIp, proxyTrust, SHARED_KEY } from '@/lib/auth/client-ip';

// Issue 10 §4: a forged X-Forwarded-For must never give a caller a fresh address (and a fresh limit).
const forged = (value: string, extra: Record<string, string> = {}) => new Headers({ 'x-forwarded-for': value, ...extra });

describe('client address for per-IP limits (SPEC §14)', () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXY;
    delete process.env.VERCEL;
    resetEnvCache();
  });

  it('trusts no header by default: every caller shares one key, whatever it writes', () => {
    expect(proxyTrust()).toEqual({ kind: 'none' });
    expect(clientIp(forged('203.0.113.7'))).toBe(SHARED_KEY);
    expect(clientIp(forged('198.51.100.1', { 'x-real-ip': '198.51.100.2' }))).toBe(SHARED_KEY);
    expect(clientIp(new Headers())).toBe(SHARED_KEY);
  });

  it('behind N proxies of ours, takes the Nth value from the right, never what the client prepended', () => {
    process.env.TRUSTED_PROXY = 'hops:1';
    resetEnvCache();
    expect(clientIp(forged('203.0.113.7'))).toBe('203.0.113.7');
    expect(clientIp(forged('1.2.3.4, 5.6.7.8, 203.0.113.7'))).toBe('203.0.113.7');
    expect(clientIp(forged('1.2.3.4, 203.0.113.7, 10.0.0.2'), { kind: 'hops', hops: 2 })).toBe('203.0.113.7');
    expect(clientIp(forged('10.0.0.2'), { kind: 'hops', hops: 2 })).toBe(SHARED_KEY);
  });

  it('on Vercel, reads Vercel’s own headers, not X-Forwarded-For', () => {
    process.env.VERCEL = '1';
    resetEnvCache();
    expect(proxyTrust()).toEqual({ kind: 'vercel' });
    expect(clientIp(forged('1.2.3.4', { 'x-vercel-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientIp(forged('1.2.3.4', { 'x-real-ip': '203.0.113.8' }))).toBe('203.0.113.8');
    expect(clientIp(forged('1.2.3.4'))).toBe(SHARED_KEY);
  });

  it('refuses a malformed setting at start-up rather than guessing', () => {
    process.env.TRUSTED_PROXY = 'first';
    resetEnvCache();
    expect(() => proxyTrust()).toThrow();
  });
});
