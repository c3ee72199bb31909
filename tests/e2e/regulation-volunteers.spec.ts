import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn, signOut } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { withDatabase } from './support/database';
import { waitForEmail } from './support/mailbox';

// « Bénévoles » of the regulators (SPEC §7.1): the ARS sorts its region's volunteers by name and opens a
// volunteer's sheet; the ARS of another region gets « Page introuvable » for that sheet, the CCS opens it.
// From the sheet, the ARS disables and reactivates a volunteer's account (SPEC §2, decision 025), after
// releasing the reservation that held them (« Libérer », decision 043).

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

test('an ARS releases the reservation of a volunteer of its region from the sheet, withdraws a proposal there, disables them with a reason, then reactivates them', async ({ page, request }) => {
  // A demo volunteer of Occitanie no other journey signs in as, free of any reservation; then contacted
  // by an establishment of Occitanie for one of its missions, undecided.
  const volunteer = await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string; userId: string; email: string; name: string }>(
      `SELECT p.id, u.id AS "userId", u.email, u.first_name || ' ' || u.last_name AS name FROM professionals p JOIN users u ON u.id = p.user_id
       WHERE p.region_code = '76' AND u.status = 'ACTIVE' AND u.email LIKE 'demo-%@benevoles.renfort.test'
         AND u.email NOT IN ('demo-1@benevoles.renfort.test', 'demo-5@benevoles.renfort.test', 'demo-7@benevoles.renfort.test', 'demo-11@benevoles.renfort.test')
         AND NOT EXISTS (SELECT 1 FROM candidacies c WHERE c.professional_id = p.id AND c.status IN ('PROPOSED', 'CONTACTED'))
       ORDER BY u.email DESC LIMIT 1`,
    );
    const { rows: held } = await db.query<{ id: string }>(
      `INSERT INTO candidacies (id, professional_id, mission_id, status, contacted_at, updated_at)
       SELECT gen_random_uuid(), $1, m.id, 'CONTACTED', now(), now() FROM missions m JOIN establishments e ON e.id = m.establishment_id
       WHERE e.region_code = '76' AND m.archived_at IS NULL ORDER BY m.created_at LIMIT 1 RETURNING id`,
      [rows[0]!.id],
    );
    return { ...rows[0]!, candidacyId: held[0]!.id };
  });
  const since = new Date(Date.now() - 1000);
  let proposalId: string | null = null;
  try {
    await signIn(page, DEMO_ACCOUNTS.arsOccitanie);
    await page.goto(`/ars/benevoles/${volunteer.id}`);
    const account = page.getByRole('region', { name: 'Compte du bénévole' });
    await expect(account).toContainText('Compte actif.');
    await account.getByRole('button', { name: 'Désactiver le compte' }).click();
    await expect(account.getByText('Le motif est obligatoire', { exact: false })).toBeVisible();
    await account.getByLabel('Motif de la désactivation*').fill('Inscription en double');
    await account.getByRole('button', { name: 'Désactiver le compte' }).click();
    // Reserved: the refusal points to « Libérer » on this very sheet, where the ARS releases it.
    await expect(account).toContainText('libérez la réservation (« Libérer ») ou retirez la proposition (« Retirer ») dans « Candidatures » ci-dessus');
    const candidacies = page.getByRole('region', { name: 'Candidatures' });
    const held = candidacies.getByTestId('volunteer-candidacy').filter({ hasText: 'Contacté' });
    await expect(held).toHaveCount(1);
    await held.getByRole('button', { name: `Libérer la réservation de ${volunteer.name}` }).click();
    await page.getByRole('dialog', { name: `Libérer la réservation de ${volunteer.name} ?` }).getByRole('button', { name: 'Libérer', exact: true }).click();
    await expect(candidacies.getByTestId('volunteer-candidacies-notice')).toContainText(`La réservation de ${volunteer.name} est libérée`);
    await expect(candidacies.getByTestId('volunteer-candidacy').filter({ hasText: 'Refusé' })).toHaveCount(1);
    await expect(candidacies.getByRole('button', { name: /^Libérer/ })).toHaveCount(0);

    // Free again, the volunteer is pushed to another mission of the region; « Retirer » ends that proposal here too.
    proposalId = await withDatabase(async (db) => {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO candidacies (id, professional_id, mission_id, status, proposed_at, updated_at)
         SELECT gen_random_uuid(), $1, m.id, 'PROPOSED', now(), now() FROM missions m JOIN establishments e ON e.id = m.establishment_id
         WHERE e.region_code = '76' AND m.archived_at IS NULL AND m.id <> (SELECT mission_id FROM candidacies WHERE id = $2) ORDER BY m.created_at LIMIT 1 RETURNING id`,
        [volunteer.id, volunteer.candidacyId],
      );
      return rows[0]!.id;
    });
    await page.reload();
    await candidacies.getByTestId('volunteer-candidacy').filter({ hasText: 'En cours' }).getByRole('button', { name: `Retirer la proposition de ${volunteer.name}` }).click();
    await expect(candidacies.getByTestId('volunteer-candidacies-notice')).toContainText(`La proposition de ${volunteer.name} est retirée`);
    await expect(candidacies.getByTestId('volunteer-candidacy').filter({ hasText: 'Retiré' })).toHaveCount(1);
    await expect(candidacies.getByRole('button', { name: /^Retirer/ })).toHaveCount(0);

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
    await withDatabase(async (db) => {
      await db.query('DELETE FROM candidacies WHERE id = ANY($1)', [[volunteer.candidacyId, proposalId].filter(Boolean)]);
      await db.query("UPDATE users SET status = 'ACTIVE', disabled_reason = NULL, disabled_at = NULL WHERE id = $1", [volunteer.userId]);
    });
  }
});
