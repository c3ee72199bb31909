import { readFile } from 'node:fs/promises';
import { randomInt, randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { computeLuhnCheckDigit } from '../../lib/identifiers/luhn';
import { DEMO_ACCOUNTS, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { waitForEmail } from './support/mailbox';

// SPEC §7.1 and §7.2 for the regulators: indicators with charts and their tables, a csv export, and a
// bulk import of establishment accounts from an Annexe 2 file, down to the activation email.

const ANNEXE_HEADER = 'ARS de Rattachement;Finess géographique;nom établissement;Type établissement;adresse;CP;ville;nom;prenom;e-mail;telephone';

function freshFiness(): string {
  const payload = `31${String(randomInt(100_000, 999_999))}`;
  return `${payload}${computeLuhnCheckDigit(payload)}`;
}

test('an ARS reads its indicators: cards, a chart and its table', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.arsOccitanie);
  await page.goto('/ars/indicateurs');
  await expect(page.getByRole('heading', { level: 1, name: 'Indicateurs' })).toBeVisible();
  await expect(page.getByText('ARS Occitanie.', { exact: false }).first()).toBeVisible();
  const figure = page.getByRole('figure', { name: 'Professionnels disponibles par profession' });
  await expect(figure.getByRole('img', { name: /Graphique : Professionnels disponibles par profession/ })).toBeVisible();
  // Recharts drew its bars once it measured the page.
  await expect(figure.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const table = figure.getByRole('table', { name: 'Professionnels par profession' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Infirmier (IDE)' })).toBeVisible();
  await expect(page.getByTestId('indicator-available-volunteers')).not.toHaveText('0');
  await expectNoAxeViolations(page);

  // Another period, through the form: the URL keeps it.
  await page.getByLabel('Du', { exact: true }).fill('2019-01-01');
  await page.getByLabel('Au', { exact: true }).fill('2019-01-31');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page).toHaveURL(/du=2019-01-01&au=2019-01-31/);
  await expect(page.getByRole('heading', { name: 'Missions créées du 01/01/2019 au 31/01/2019' })).toBeVisible();
  await expect(page.getByTestId('indicator-missions')).toHaveText('0');
});

test('the CCS reads the indicators of every region', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.ccs);
  await page.goto('/ccs/indicateurs');
  const table = page.getByRole('table', { name: 'Missions et professionnels par région' });
  await expect(table.getByRole('rowheader', { name: 'Occitanie' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Mayotte' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an ARS downloads the csv export of its volunteers', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.arsOccitanie);
  await page.goto('/ars/exports');
  await expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Bénévoles — CSV (.csv)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^renfort-rh-crise_benevoles_ars-occitanie_\d{4}-\d{2}-\d{2}\.csv$/);
  const content = await readFile((await download.path())!, 'utf8');
  const [header, ...rows] = content.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(header).toMatch(/^Nom;Prénom;Courriel;Téléphone;CP;Ville;Département;Région;Profession;/);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row.includes(';Occitanie;'))).toBe(true);
});

test('an ARS previews and imports an Annexe 2 file; the account gets its activation email', async ({ page, request }) => {
  const started = new Date(Date.now() - 1000);
  const id = randomUUID().slice(0, 8);
  const email = `direction-${id}@e2e-import.test`;
  const finess = freshFiness();
  const csv = `\uFEFF${ANNEXE_HEADER}\r\n14-ARS Occitanie;${finess};EHPAD importé ${id};4-etablissements-et-services-sociaux-daccueil-hebergement-assistance-readaptation;4 rue des Tilleuls;31200;Toulouse;Martin;Claire;${email};05 61 00 00 00\r\n14-ARS Occitanie;123;Mauvais FINESS;1;1 rue;31000;Toulouse;Durand;Paul;paul-${id}@e2e-import.test;0561000000\r\n`;

  await signIn(page, DEMO_ACCOUNTS.arsOccitanie);
  await page.goto('/ars/imports');
  await expect(page.getByRole('heading', { level: 1, name: 'Imports' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A file with an error: the preview says where, and nothing can be imported.
  await page.getByLabel('Fichier', { exact: true }).setInputFiles({ name: 'comptes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Prévisualiser' }).click();
  const preview = page.getByRole('table', { name: /Aperçu du fichier/ });
  await expect(preview.getByRole('row').filter({ hasText: 'Mauvais FINESS' })).toContainText('Le numéro FINESS doit comporter 9 caractères.');
  await expect(page.getByRole('button', { name: 'Importer' })).toBeDisabled();
  await expectNoAxeViolations(page);

  // The corrected file: one line to create, then « Importer ».
  const corrected = csv.split('\r\n').slice(0, 2).join('\r\n');
  await page.getByLabel('Fichier', { exact: true }).setInputFiles({ name: 'comptes.csv', mimeType: 'text/csv', buffer: Buffer.from(corrected) });
  await page.getByRole('button', { name: 'Prévisualiser' }).click();
  await expect(page.getByRole('table', { name: /Aperçu du fichier/ }).getByRole('row').filter({ hasText: email })).toContainText('À créer');
  await page.getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByText('Import terminé')).toBeVisible();
  await expect(page.getByText(/1 compte créé/)).toBeVisible();

  const activation = await waitForEmail(request, email, /^Activez votre compte Renfort RH Crise$/, started);
  expect(activation.links.some((link) => link.includes('/mot-de-passe/nouveau?token='))).toBe(true);

  // The same file again creates nothing.
  await page.getByLabel('Fichier', { exact: true }).setInputFiles({ name: 'comptes.csv', mimeType: 'text/csv', buffer: Buffer.from(corrected) });
  await page.getByRole('button', { name: 'Prévisualiser' }).click();
  await expect(page.getByRole('table', { name: /Aperçu du fichier/ }).getByRole('row').filter({ hasText: email })).toContainText('Déjà importé / compte existant');
  await expect(page.getByRole('button', { name: 'Importer' })).toBeDisabled();
});

test('the regulators’ stats pages are not for other roles', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.establishment);
  for (const path of ['/ars/indicateurs', '/ars/exports', '/ars/imports', '/ccs/indicateurs']) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  expect((await page.goto('/api/exports/benevoles?format=csv'))?.status()).toBe(404);
});
