import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn, signOut } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { withDatabase } from './support/database';
import { waitForEmail } from './support/mailbox';

// « Bénévoles » of the regulators (SPEC §7.1): the ARS sorts its region's volunteers by name and opens a
// volunteer's sheet; the ARS of another region gets « Page introuvable » for that sheet, the CCS opens it.
// From the sheet, the ARS disables and reactivates a volunteer's account (SPEC §2, decision 025).

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

test('an ARS disables a volunteer of its region from the sheet, with a reason, then reactivates them', async ({ page, request }) => {
  // A demo volunteer of Occitanie no other journey signs in as, free of any reservation.
  const volunteer = await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string; userId: string; email: string }>(
      `SELECT p.id, u.id AS "userId", u.email FROM professionals p JOIN users u ON u.id = p.user_id
       WHERE p.region_code = '76' AND u.status = 'ACTIVE' AND u.email LIKE 'demo-%@benevoles.renfort.test'
         AND u.email NOT IN ('demo-1@benevoles.renfort.test', 'demo-5@benevoles.renfort.test', 'demo-7@benevoles.renfort.test', 'demo-11@benevoles.renfort.test')
         AND NOT EXISTS (SELECT 1 FROM candidacies c WHERE c.professional_id = p.id AND c.status IN ('PROPOSED', 'CONTACTED'))
       ORDER BY u.email DESC LIMIT 1`,
    );
    return rows[0]!;
  });
  const since = new Date(Date.now() - 1000);
  try {
    await signIn(page, DEMO_ACCOUNTS.arsOccitanie);
    await page.goto(`/ars/benevoles/${volunteer.id}`);
    const account = page.getByRole('region', { name: 'Compte du bénévole' });
    await expect(account).toContainText('Compte actif.');
    await account.getByRole('button', { name: 'Désactiver le compte' }).click();
    await expect(account.getByText('Le motif est obligatoire', { exact: false })).toBeVisible();
    await account.getByLabel('Motif de la désactivation*').fill('Inscription en double');
    await account.getByRole('button', { name: 'Désactiver le compte' }).click();
    await expect(account.getByText(`Le compte ${volunteer.email} est désactivé`)).toBeVisible();
    await expect(account).toContainText('Motif : Inscription en double');
    await waitForEmail(request, volunteer.email, /a été désactivé$/, since);
    await expectNoAxeViolations(page);

    await account.getByRole('button', { name: 'Réactiver le compte' }).click();
    await expect(account.getByText(`Le compte ${volunteer.email} est réactivé`)).toBeVisible();
    await expect(account).toContainText('Compte actif.');
    await waitForEmail(request, volunteer.email, /a été réactivé$/, since);
  } finally {
    // Whatever happened above, the demo volunteer is left as the other journeys expect them.
    await withDatabase((db) => db.query("UPDATE users SET status = 'ACTIVE', disabled_reason = NULL, disabled_at = NULL WHERE id = $1", [volunteer.userId]));
  }
});
