import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS, signIn } from './support/accounts';

// SPEC §15: the support address on every page (footer), on the sign-in and error pages; the help, guide
// and legal pages reachable from the footer, accessible, and a guide printable without the site's chrome.

/** The address this server is configured with (SUPPORT_EMAIL or its default). */
async function configuredSupportEmail(page: Page): Promise<string> {
  const response = await page.request.get('/api/support');
  expect(response.status()).toBe(200);
  const { email } = (await response.json()) as { email: string };
  expect(email).toMatch(/@/);
  return email;
}

async function expectSupportLink(page: Page, email: string, scope = page.locator('body')): Promise<void> {
  await expect(scope.getByRole('link', { name: email }).first()).toHaveAttribute('href', `mailto:${email}`);
}

const FOOTER_PAGES = [
  { link: 'Aide', url: '/aide', heading: 'Aide' },
  { link: 'Guides', url: '/guides', heading: "Guides d'utilisation" },
  { link: 'Mentions légales', url: '/mentions-legales', heading: 'Mentions légales' },
  { link: 'Données personnelles', url: '/donnees-personnelles', heading: 'Données personnelles' },
];

for (const { link, url, heading } of FOOTER_PAGES) {
  test(`« ${link} » in the footer leads to ${url}, which has no axe violation`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

for (const slug of ['professionnel', 'etablissement', 'ars', 'ccs', 'rpps']) {
  test(`/guides/${slug} is linked from /guides and has no axe violation`, async ({ page }) => {
    await page.goto('/guides');
    await page.locator(`a[href="/guides/${slug}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/guides/${slug}$`));
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('a guide prints without the header, the footer, the summary or the button, one section a page', async ({ page }) => {
  await page.goto('/guides/etablissement');
  await expect(page.getByRole('banner')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Sommaire' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Guide des établissements' })).toBeVisible();
  const second = page.getByRole('region', { name: '2. Activer son compte' });
  await expect(second).toBeVisible();
  expect(await second.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
  const first = page.getByRole('region', { name: '1. Demander un compte' });
  expect(await first.evaluate((element) => getComputedStyle(element).breakBefore)).not.toBe('page');
});

test('the sign-in page shows the configured support address and links to the help page', async ({ page }) => {
  const email = await configuredSupportEmail(page);
  await page.goto('/connexion');
  await expectSupportLink(page, email, page.getByRole('main'));
  await page.getByRole('link', { name: 'consultez l’aide' }).click();
  await expect(page).toHaveURL(/\/aide$/);
});

test('a 404 page shows the support address, and no technical detail', async ({ page }) => {
  const email = await configuredSupportEmail(page);
  const response = await page.goto('/cette-page-n-existe-pas');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  await expectSupportLink(page, email, page.getByRole('main'));
});

test('the 403 page and the footer of a role area show the support address', async ({ page }) => {
  const email = await configuredSupportEmail(page);
  await signIn(page, DEMO_ACCOUNTS.volunteer);
  await expectSupportLink(page, email, page.getByRole('contentinfo'));
  const response = await page.goto('/ars');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
  await expectSupportLink(page, email, page.getByRole('main'));
});
