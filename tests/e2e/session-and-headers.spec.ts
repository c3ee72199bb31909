import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './support/accounts';

const SESSION_COOKIE = 'next-auth.session-token';

test('without « Garder la session ouverte » the session ends with the browser', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.arsIdf);
  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie?.expires).toBe(-1);
  expect(cookie?.httpOnly).toBe(true);
  // Reloading the session (which re-issues the cookie) keeps it a browser-session cookie.
  await page.reload();
  await page.request.get('/api/auth/session');
  expect((await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)?.expires).toBe(-1);
});

test('with « Garder la session ouverte » the session lasts 30 days', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.arsIdf, undefined, true);
  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  const days = ((cookie?.expires ?? 0) * 1000 - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(29);
  expect(days).toBeLessThanOrEqual(30);
});

test('every page carries the security headers', async ({ request }) => {
  for (const path of ['/', '/connexion', '/api/health', '/inscription/professionnel/envoi']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['content-security-policy']).toContain("base-uri 'none'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['strict-transport-security']).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by']).toBeUndefined();
  }
});

test('GET /api/health answers with the database status', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' });
});
