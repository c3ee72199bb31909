import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, ROLE_ACCOUNTS, signIn } from './support/accounts';

test('without a session every area sends to the sign-in page', async ({ page }) => {
  for (const { home } of ROLE_ACCOUNTS) {
    await page.goto(home);
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=/);
  }
});

for (const account of ROLE_ACCOUNTS) {
  test(`${account.role} is refused on every other role's pages`, async ({ page }) => {
    await signIn(page, account.email);
    for (const other of ROLE_ACCOUNTS.filter((candidate) => candidate.role !== account.role)) {
      const response = await page.goto(other.home);
      expect(response?.status(), `${account.role} on ${other.home}`).toBe(403);
      await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
    }
  });
}

test("an establishment of another FINESS gets 404 on an establishment's page", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.otherEstablishment);
  const link = page.getByRole('link', { name: 'Hôpital de démonstration de Créteil' });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/etablissement\/structures\//);
  const own = await page.goto(href!);
  expect(own?.status()).toBe(200);
  await page.context().clearCookies();

  await signIn(page, DEMO_ACCOUNTS.establishment);
  const foreign = await page.goto(href!);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
});
