import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn, signOut } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';

// « Bénévoles » of the regulators (SPEC §7.1): the ARS sorts its region's volunteers by name and opens a
// volunteer's sheet; the ARS of another region gets « Page introuvable » for that sheet, the CCS opens it.

test('an ARS sorts its volunteers by name and opens a sheet that another region cannot open', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.arsOccitanie);
  await page.goto('/ars/benevoles?sort=lastName&direction=asc');
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const links = page.getByRole('link', { name: /^Fiche de / });
  const names = (await links.allTextContents()).map((text) => text.replace(/^Fiche de /, ''));
  expect(names.length).toBeGreaterThan(1);
  const lastNames = await page.locator('tbody tr td:nth-child(1)').allTextContents();
  // French alphabetical order (decision 039), as the browser's own French collation sorts them.
  expect(lastNames).toEqual([...lastNames].sort((a, b) => a.localeCompare(b, 'fr')));

  await links.first().click();
  await expect(page).toHaveURL(/\/ars\/benevoles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(names[0]!);
  await expect(page.getByRole('link', { name: 'Retour aux bénévoles' })).toBeVisible();
  await expectNoAxeViolations(page);
  const sheetPath = new URL(page.url()).pathname;

  await signOut(page);
  await signIn(page, DEMO_ACCOUNTS.arsIdf);
  const foreign = await page.goto(sheetPath);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();

  await signOut(page);
  await signIn(page, DEMO_ACCOUNTS.ccs);
  await page.goto(sheetPath.replace('/ars/', '/ccs/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(names[0]!);
});
