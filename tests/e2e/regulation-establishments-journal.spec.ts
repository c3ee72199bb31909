import { randomInt, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { computeLuhnCheckDigit } from '../../lib/identifiers/luhn';
import { DEMO_ACCOUNTS, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { withDatabase } from './support/database';

// SPEC §15 for an ARS: « Établissements » of its region (search, an establishment with no mission, one with
// missions and whom to call there) and « Journal » (filtered by an action, downloaded as csv). Every
// seeded Occitanie establishment has missions: this file adds one without, and removes it afterwards.

const TAG = `Regreads${randomUUID().slice(0, 6)}`;
const QUIET = `EHPAD ${TAG} sans mission`;
let quietId: string;

test.beforeAll(async () => {
  quietId = randomUUID();
  const payload = `31${String(randomInt(700_000, 999_999))}`;
  await withDatabase((client) =>
    client.query(
      `INSERT INTO establishments (id, finess, name, category, address, postal_code, city, department_code, region_code, updated_at)
       VALUES ($1, $2, $3, 'SOCIAL_ACCOMMODATION_ASSISTANCE', '3 rue des Lilas', '31400', 'Toulouse', '31', '76', now())`,
      [quietId, `${payload}${computeLuhnCheckDigit(payload)}`, QUIET],
    ),
  );
});

test.afterAll(async () => {
  await withDatabase((client) => client.query('DELETE FROM establishments WHERE id = $1', [quietId]));
});

test('an ARS finds its establishments, whom to call there, and their missions', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.arsOccitanie);
  await page.getByRole('navigation').getByRole('link', { name: 'Établissements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Établissements' })).toBeVisible();
  await expect(page.getByTestId('establishment-row').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Rechercher', { exact: true }).fill(TAG);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${TAG}`));
  await expect(page.getByTestId('establishment-row')).toHaveCount(1);
  await expect(page.getByTestId('establishment-row')).toContainText('Aucun compte rattaché');
  await page.getByRole('link', { name: QUIET }).click();
  await expect(page.getByRole('heading', { level: 1, name: QUIET })).toBeVisible();
  await expect(page.getByText('Aucune mission pour cet établissement.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Retour aux établissements' }).click();
  await page.getByLabel('Rechercher', { exact: true }).fill('démonstration de Toulouse');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const row = page.getByTestId('establishment-row');
  await expect(row).toHaveCount(1);
  // The seeded establishment account, with its email.
  await expect(row).toContainText('Claire Fabre');
  await expect(row).toContainText(DEMO_ACCOUNTS.establishment);
  await row.getByRole('link', { name: 'Centre hospitalier de démonstration de Toulouse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Centre hospitalier de démonstration de Toulouse' })).toBeVisible();
  await expect(page.getByTestId('establishment-mission-row').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByTestId('establishment-mission-row').first().getByRole('link', { name: /^Ouvrir la mission/ }).click();
  await expect(page).toHaveURL(/\/ars\/missions\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1, name: /Proposer des renforts/ })).toBeVisible();
  // And back to the establishment from the mission.
  await page.getByRole('link', { name: 'Centre hospitalier de démonstration de Toulouse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Centre hospitalier de démonstration de Toulouse' })).toBeVisible();
});

test('an ARS filters its journal by an action and downloads it as csv', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.arsOccitanie);
  await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByText('Filtrer le journal').click();
  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Connexion réussie' });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/action=auth\.sign-in\.success/);
  const rows = page.getByTestId('journal-row');
  // This very sign-in is in the journal of the ARS's region.
  await expect(rows.first()).toContainText('Connexion réussie');
  await expect(rows.first()).toContainText(DEMO_ACCOUNTS.arsOccitanie);
  await expect(rows.filter({ hasNotText: 'Connexion réussie' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le journal filtré (csv)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^renfort-rh-crise_journal_ars-occitanie_\d{4}-\d{2}-\d{2}\.csv$/);
  const content = await readFile((await download.path())!, 'utf8');
  expect(content.startsWith('\uFEFF')).toBe(true);
  const [header, ...lines] = content.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(header).toBe('Date;Action;Code de l’action;Auteur;Adresse de l’auteur;Cible;Identifiant de la cible;Détails');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line.split(';')[2]).toBe('auth.sign-in.success');
});

test('another region’s ARS gets 404 on an establishment’s page; other roles never reach the pages or the csv', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.arsOccitanie);
  await page.goto(`/ars/etablissements?q=${encodeURIComponent('démonstration de Toulouse')}`);
  const href = await page.getByRole('link', { name: 'Centre hospitalier de démonstration de Toulouse' }).getAttribute('href');
  expect(href).toMatch(/^\/ars\/etablissements\/[0-9a-f-]{36}$/);
  await page.context().clearCookies();

  await signIn(page, DEMO_ACCOUNTS.arsIdf);
  const foreign = await page.goto(href!);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  await page.context().clearCookies();

  await signIn(page, DEMO_ACCOUNTS.establishment);
  for (const path of ['/ars/etablissements', href!, '/ars/journal', '/ccs/journal']) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  const csv = await page.request.get('/api/journal');
  expect(csv.status()).toBe(404);
});
