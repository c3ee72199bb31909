// The Content-Security-Policy of every page (SPEC §14, docs/decisions/024). Scripts run only with this
// request's nonce ('strict-dynamic' lets Next's own chunks, loaded by those scripts, run too): no
// 'unsafe-inline' script. Styles keep 'unsafe-inline' (React style attributes, MapLibre's canvas
// container); MapLibre needs blob: workers; nothing ever comes from another origin (the app works offline).
// Pure, so that middleware.ts (edge runtime) and tests use it alike.

export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // Development builds evaluate modules for fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** 128 random bits, base64: a fresh nonce per request (Web Crypto, available in the edge runtime). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
