import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn } from './support/accounts';

// Issue 10 (SPEC §14), end to end on the production build.

test('a return address with a tab or a newline cannot send a signed-in user to another site', async ({ page }) => {
  for (const callbackUrl of ['%2F%09%2Fevil.example%2Fphish', '%2F%0A%2Fevil.example', '%2F%5Cevil.example', '%2F%2Fevil.example']) {
    await page.context().clearCookies();
    await page.goto(`/connexion?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email de l'utilisateur").fill(DEMO_ACCOUNTS.arsIdf);
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/ars$/);
  }
});

test('a same-site return address still brings the user back where they were', async ({ page }) => {
  await page.goto('/ars/benevoles');
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fars%2Fbenevoles/);
  await page.getByLabel("Email de l'utilisateur").fill(DEMO_ACCOUNTS.arsIdf);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await expect(page).toHaveURL(/\/ars\/benevoles$/);
});

test('« Se déconnecter » ends the session on the server: a copy of the cookie stops working', async ({ page, browser }) => {
  await signIn(page, DEMO_ACCOUNTS.arsIdf);
  const copied = await page.context().cookies();
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto('/ars');
  await expect(stolen.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(stolen).toHaveURL(/\/ars$/);

  await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
  await expect(page).toHaveURL(/\/$/);

  // The copied cookie still reaches the server, which no longer knows its session: sign-in page.
  await stolen.goto('/ars');
  await expect(stolen.getByRole('heading', { name: /Connexion/ })).toBeVisible();
  await thief.close();
});

test('pages run only scripts that carry this response’s nonce', async ({ page, request }) => {
  const first = (await request.get('/')).headers()['content-security-policy'] ?? '';
  const second = (await request.get('/')).headers()['content-security-policy'] ?? '';
  const scriptSrc = (policy: string) => policy.split(';').find((part) => part.trim().startsWith('script-src')) ?? '';
  const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(scriptSrc(first)).toContain("'strict-dynamic'");
  expect(scriptSrc(first)).not.toContain("'unsafe-inline'");
  expect(nonceOf(first)).toBeTruthy();
  expect(nonceOf(second)).not.toBe(nonceOf(first));

  const response = await page.goto('/connexion');
  const nonce = nonceOf(response?.headers()['content-security-policy'] ?? '');
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((value) => value === nonce)).toBe(true);
  // The page is alive under that policy: its form hydrated and answers.
  await page.getByLabel("Email de l'utilisateur").fill(`inconnu-${Date.now()}@exemple.fr`);
  await page.getByLabel('Mot de passe', { exact: true }).fill('Pas-Le-Bon-2026!');
  await page.getByRole('button', { name: 'Connexion' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('Email ou mot de passe incorrect');
});

test('token pages send no referrer; API answers keep a policy of their own', async ({ request }) => {
  expect((await request.get('/mot-de-passe/nouveau?token=abc')).headers()['referrer-policy']).toBe('no-referrer');
  expect((await request.get('/connexion')).headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect((await request.get('/api/health')).headers()['content-security-policy']).toBe("default-src 'none'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'");
});
