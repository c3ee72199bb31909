import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn, signOut } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';

// The establishment journey of SPEC §6.2, §6.3, §6.5 and §6.6 on the demo data. The Toulouse FINESS's
// seeded counts (3 open missions, 9 positions, 1 filled) are read by other journeys: new missions are
// created here with the Créteil account only.

/** `YYYY-MM-DD`, `days` from today: the form refuses missions already over. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function missionsRegion(page: Page) {
  return page.getByRole('region', { name: 'Traitement des besoins en renfort pour mon établissement' });
}

test('the second account of the Toulouse FINESS sees its missions, its assignments and the assigned volunteer’s sheet; another FINESS gets 404', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.establishment2);
  await expect(page).toHaveURL(/\/etablissement$/);
  await expect(page.getByTestId('count-open-missions')).toHaveText('3');

  const table = page.getByTestId('missions-table');
  await expect(table.getByTestId('mission-row')).toHaveCount(3);
  // POURVUE counts validated volunteers: the contacted one does not count.
  const filled = table.getByTestId('mission-row').filter({ hasText: 'POURVUE 1/3' });
  await expect(filled).toHaveCount(1);
  await expect(filled.getByRole('cell').nth(0)).toHaveText('3');
  await expect(filled.getByRole('cell').nth(1)).toContainText('Infirmier (IDE)');
  await expect(filled.getByRole('link', { name: /^Choisir/ })).toHaveAttribute('href', /^\/etablissement\/besoins\/[0-9a-f-]{36}$/);
  await expect(table.getByTestId('mission-row').filter({ hasText: 'POURVUE 0/2' }).getByRole('link', { name: /^Choisir/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Sorting and filtering are in the URL, on the server.
  await table.getByRole('link', { name: /^Nombre/ }).click();
  await expect(page).toHaveURL(/sort=requestedCount/);
  await expect(page.getByRole('columnheader', { name: /^Nombre/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByTestId('mission-row').first().getByRole('cell').first()).toHaveText('2');
  await page.getByLabel('Weekend').selectOption('oui');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(table.getByTestId('mission-row')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /Weekend : Oui/ })).toBeVisible();
  await page.getByRole('link', { name: 'Effacer les filtres' }).click();
  await expect(table.getByTestId('mission-row')).toHaveCount(3);

  await missionsRegion(page).getByRole('link', { name: 'Voir affectation professionnels' }).click();
  await expect(page).toHaveURL(/\/etablissement\/affectations$/);
  const assignments = page.getByTestId('assignment-row');
  await expect(assignments).toHaveCount(1);
  await expect(assignments.first()).toContainText('Affecté');
  await expect(assignments.first()).toContainText('Infirmier (IDE)');
  await expect(page.getByText('Affichage 1 - 1 de 1 élément')).toBeVisible();
  await expectNoAxeViolations(page);

  const firstName = (await assignments.first().getByRole('cell').nth(3).innerText()).trim();
  await assignments.first().getByRole('link', { name: new RegExp(`${firstName} \\(fiche du renfort\\)$`) }).click();
  await expect(page).toHaveURL(/\/etablissement\/candidats\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('sheet-firstName')).toHaveText(firstName);
  // Assigned until the mission's end (SPEC §6.4: « Affecté jusqu'au … »).
  await expect(page.getByTestId('sheet-status')).toHaveText(/^Affecté jusqu’au \d{2}\/\d{2}\/\d{4}$/);
  for (const label of ['Courriel', 'Téléphone', 'Département', 'Type identifiant', 'Mobilisation', 'Date d’enregistrement', 'Pièce d’identité', 'Diplôme']) {
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  const sheetUrl = page.url();

  await signOut(page);
  await signIn(page, DEMO_ACCOUNTS.otherEstablishment);
  const foreign = await page.goto(sheetUrl);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  // Nor does its assignments page list Toulouse's volunteer (it may have assignments of its own).
  await page.goto('/etablissement/affectations');
  await expect(page.getByTestId('assignments-table')).toBeVisible();
  await expect(page.locator(`a[href="${new URL(sheetUrl).pathname}"]`)).toHaveCount(0);
});

test('an establishment adds two missions at once with « Nouveau besoin »; both appear on its dashboard', async ({ page }) => {
  const tag = randomUUID().slice(0, 8);
  await signIn(page, DEMO_ACCOUNTS.otherEstablishment);
  const before = Number(await page.getByTestId('count-open-missions').innerText());
  await missionsRegion(page).getByRole('link', { name: 'Nouveau besoin' }).click();
  await expect(page).toHaveURL(/\/etablissement\/besoins\/nouveau$/);

  await expect(page.getByLabel('Courriel', { exact: true })).toHaveValue(DEMO_ACCOUNTS.otherEstablishment);
  await expect(page.getByLabel('Nom établissement')).toHaveValue('Hôpital de démonstration de Créteil');
  await expect(page.getByLabel('Nom établissement')).not.toBeEditable();
  await expect(page.getByRole('button', { name: 'Valider' })).toBeDisabled();
  await expectNoAxeViolations(page);

  const first = page.getByRole('group', { name: 'Mission 1' });
  await first.getByLabel('Date de début*').fill(dayFromNow(10));
  await first.getByLabel('Date de fin*').fill(dayFromNow(40));
  await first.getByLabel('Profession demandée*').selectOption({ label: 'Psychologue' });
  await first.getByLabel('Nombre*').fill('2');
  await first.getByLabel('Précisions').fill(`Cellule d'écoute ${tag}`);
  await first.getByLabel('Disponible week-end').check();

  await page.getByRole('button', { name: 'Ajouter une mission' }).click();
  const second = page.getByRole('group', { name: 'Mission 2' });
  await second.getByLabel('Date de début*').fill(dayFromNow(20));
  await second.getByLabel('Date de fin*').fill(dayFromNow(15));
  await second.getByLabel('Profession demandée*').selectOption({ label: 'Diététicien' });
  await second.getByLabel('Précisions').fill(`Cuisine centrale ${tag}`);
  await expect(second.getByText('La date de fin doit être postérieure ou égale à la date de début.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Valider' })).toBeDisabled();
  await second.getByLabel('Date de fin*').fill(dayFromNow(50));
  await expectNoAxeViolations(page);

  await expect(page.getByRole('button', { name: 'Valider' })).toBeEnabled();
  await page.getByRole('button', { name: 'Valider' }).click();

  await expect(page).toHaveURL(/\/etablissement\?nouveau=2$/);
  await expect(page.getByRole('status').filter({ hasText: '2 missions enregistrées' })).toBeVisible();
  await expect(page.getByTestId('count-open-missions')).toHaveText(String(before + 2));
  const rows = page.getByTestId('mission-row').filter({ hasText: tag });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Psychologue' })).toContainText('POURVUE 0/2');
  await expect(rows.filter({ hasText: 'Diététicien' })).toContainText('POURVUE 0/1');
  await expectNoAxeViolations(page);

  // The Toulouse accounts do not see them.
  await signOut(page);
  await signIn(page, DEMO_ACCOUNTS.establishment);
  await expect(page.getByTestId('mission-row').filter({ hasText: tag })).toHaveCount(0);
});
