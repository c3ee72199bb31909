import { contentSecurityPolicy, newNonce } from '@/lib/security/content-security-policy';

describe('content security policy (SPEC §14)', () => {
  it('lets scripts run by this request’s nonce only, never inline ones', () => {
    const policy = contentSecurityPolicy('abc123');
    const scriptSrc = policy.split('; ').find((part) => part.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(directive);
  });

  it('allows eval in development builds only', () => {
    expect(contentSecurityPolicy('n', { development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy('n')).not.toContain("'unsafe-eval'");
  });

  it('draws a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
