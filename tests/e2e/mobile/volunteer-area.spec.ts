import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from '../support/accounts';
import { expectNoAxeViolations } from '../support/axe';
import { watchScripts } from '../support/scripts';

// The volunteer area on a phone (SPEC §5.2), as a seeded volunteer with random data: the state each step
// needs is first made through the UI. Not benevole@demo.renfort.fr, which other journeys expect Disponible.
const VOLUNTEER = 'demo-5@benevoles.renfort.test';
const LEAVING_VOLUNTEER = 'demo-7@benevoles.renfort.test';
const SAMPLE_PDF = path.join(__dirname, '../../fixtures/uploads/sample.pdf');

test.use({ viewport: { width: 390, height: 844 } });

const DAY_MS = 86_400_000;
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

const periodGroups = (page: Page) => page.getByRole('group', { name: /^Période \d+$/ });

async function expectFitsAndAccessible(page: Page): Promise<void> {
  // After a client-side navigation Next sets the new <title> a moment after the content.
  await expect(page).toHaveTitle(/— Renfort RH Crise$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

/** Index (0-based) of the period starting on `start`, or -1. */
async function periodIndex(page: Page, start: string): Promise<number> {
  const starts = await periodGroups(page).getByLabel('Date de début*').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  return starts.indexOf(start);
}

async function savePeriods(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(/^Vos disponibilités sont enregistrées\./)).toBeVisible();
}

async function addPeriod(page: Page, start: string, end = ''): Promise<void> {
  const count = await periodGroups(page).count();
  await page.getByRole('button', { name: 'Ajouter une période' }).click();
  const added = page.getByRole('group', { name: `Période ${count + 1}` });
  await added.getByLabel('Date de début*').fill(start);
  if (end) await added.getByLabel('Date de fin').fill(end);
  await savePeriods(page);
}

test('a volunteer keeps their record, availability and periods up to date on a phone', async ({ page }) => {
  await signIn(page, VOLUNTEER);
  await expect(page).toHaveURL(/\/professionnel$/);

  // « Mes disponibilités »: an open-ended period from today, so that the switch alone decides the status.
  await page.getByRole('link', { name: 'Mes disponibilités' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes disponibilités' })).toBeVisible();
  await expectFitsAndAccessible(page);
  await addPeriod(page, isoDay(0));

  // Dashboard: the one-tap switch, to Indisponible and back.
  await page.getByRole('link', { name: 'Tableau de bord' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon espace' })).toBeVisible();
  await expectFitsAndAccessible(page);
  const toggle = page.getByRole('switch');
  if ((await toggle.getAttribute('aria-checked')) === 'false') {
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
  }
  await expect(page.getByTestId('volunteer-status')).toHaveText('Disponible');
  await toggle.click();
  await expect(page.getByRole('switch', { name: 'Indisponible' })).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByTestId('volunteer-status')).toHaveText('Indisponible');
  await page.reload();
  await expect(page.getByTestId('volunteer-status')).toHaveText('Indisponible');
  await page.getByRole('switch', { name: 'Indisponible' }).click();
  await expect(page.getByRole('switch', { name: 'Disponible' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('volunteer-status')).toHaveText('Disponible');

  // « Ma fiche »: change phone and comment, Valider, reload shows them; Annuler drops an edit.
  await page.getByRole('link', { name: 'Ma fiche' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma fiche' })).toBeVisible();
  await expectFitsAndAccessible(page);
  await expect(page.getByLabel('Courriel')).toHaveValue(VOLUNTEER);
  await expect(page.getByLabel('Courriel')).not.toBeEditable();
  const comment = `Disponible de nuit (test ${Date.now()})`;
  await page.getByLabel('Téléphone*').fill('0612345678');
  await page.getByLabel('Commentaire').fill(comment);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('Vos modifications sont enregistrées.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Téléphone*')).toHaveValue('0612345678');
  await expect(page.getByLabel('Commentaire')).toHaveValue(comment);

  await page.getByLabel('Téléphone*').fill('0798765432');
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByLabel('Téléphone*')).toHaveValue('0612345678');

  // A wrong value is said next to its field, and what was typed stays.
  await page.getByLabel('Téléphone*').fill('12');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('Numéro de téléphone invalide (10 chiffres, ou +indicatif).')).toBeVisible();
  await expect(page.getByLabel('Téléphone*')).toHaveValue('12');
  await page.getByRole('button', { name: 'Annuler' }).click();

  // « Mes disponibilités »: add a period, then remove it.
  await page.getByRole('link', { name: 'Mes disponibilités' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes disponibilités' })).toBeVisible();
  const start = isoDay(200);
  await addPeriod(page, start, isoDay(210));
  await page.reload();
  const index = await periodIndex(page, start);
  expect(index).toBeGreaterThanOrEqual(0);
  await page.getByRole('button', { name: `Supprimer la période ${index + 1}` }).click();
  await savePeriods(page);
  await page.reload();
  expect(await periodIndex(page, start)).toBe(-1);
  expect(await periodIndex(page, isoDay(0))).toBeGreaterThanOrEqual(0);
});

test('a volunteer replaces and deletes a document, and downloads their data', async ({ page }) => {
  await signIn(page, VOLUNTEER);
  await page.goto('/professionnel/documents');
  await expectFitsAndAccessible(page);

  const identity = page.getByTestId('document-IDENTITY');
  await identity.getByLabel(/Pièce d'identité/).setInputFiles(SAMPLE_PDF);
  await identity.getByRole('button', { name: /Envoyer le fichier|Remplacer le fichier/ }).click();
  await expect(identity.getByTestId('document-IDENTITY-name')).toHaveText('sample.pdf');
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent('download'), identity.getByRole('link', { name: /Télécharger/ }).click()]);
  expect(download.suggestedFilename()).toBe('piece-identite.pdf');

  await identity.getByRole('button', { name: /^Supprimer/ }).click();
  await identity.getByRole('button', { name: 'Confirmer la suppression' }).click();
  await expect(identity.getByTestId('document-IDENTITY-empty')).toBeVisible();

  await page.getByRole('link', { name: 'Mes données' }).click();
  await expectFitsAndAccessible(page);
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger mes données' }).click()]);
  expect(exported.suggestedFilename()).toMatch(/^mes-donnees-renfort-rh-crise-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync(await exported.path(), 'utf8')) as { account: { email: string } };
  expect(data.account.email).toBe(VOLUNTEER);
});

test('a volunteer deletes their account after typing the confirmation, and can no longer sign in', async ({ page }) => {
  await signIn(page, LEAVING_VOLUNTEER);
  await page.goto('/professionnel/donnees');
  await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
  await expect(page.getByText('Saisissez SUPPRIMER pour confirmer.')).toBeVisible();

  await page.getByLabel('Pour confirmer, saisissez SUPPRIMER').fill('SUPPRIMER');
  await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto('/connexion');
  await page.getByLabel("Email de l'utilisateur").fill(LEAVING_VOLUNTEER);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await expect(page).toHaveURL(/\/connexion/);
  // The form's own alert: Next's route announcer is an (empty) alert too once a client navigation happened.
  await expect(page.locator('form').getByRole('alert')).toContainText('Email ou mot de passe incorrect');
});

// « Ma fiche » and « Mes disponibilités » fetch the volunteer schemas at the first touch of their form,
// as the sign-up form does (components/forms/use-deferred-resolver.ts, docs/decisions/041): building them
// is no part of the page's hydration on a slow phone. One of their messages fingerprints their chunk; each
// test has a fresh browser context, so nothing comes from the cache.
const SCHEMA_FINGERPRINT = 'Vingt périodes au plus.';

async function openWatchingScripts(page: Page, pathname: string): Promise<() => Promise<string[]>> {
  await signIn(page, VOLUNTEER);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const scripts = watchScripts(page);
  await page.goto(pathname);
  await page.waitForLoadState('networkidle');
  expect(scripts.count()).toBeGreaterThan(0);
  return () => scripts.containing(SCHEMA_FINGERPRINT);
}

test('« Ma fiche » fetches its schema at the first touch of the form, then validates as before', async ({ page }) => {
  const withSchema = await openWatchingScripts(page, '/professionnel/fiche');
  expect(await withSchema()).toEqual([]);
  const lastName = page.getByLabel('Nom*', { exact: true });
  await lastName.focus();
  await expect.poll(withSchema).toHaveLength(1);
  await lastName.fill('');
  await lastName.blur();
  await expect(lastName).toHaveAccessibleDescription(/Le nom est obligatoire\./);
});

test('« Mes disponibilités » fetches its schema at the first touch of the form, then validates as before', async ({ page }) => {
  const withSchema = await openWatchingScripts(page, '/professionnel/disponibilites');
  expect(await withSchema()).toEqual([]);
  const count = await periodGroups(page).count();
  await page.getByRole('button', { name: 'Ajouter une période' }).click();
  await expect.poll(withSchema).toHaveLength(1);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const added = page.getByRole('group', { name: `Période ${count + 1}` });
  await expect(added.getByLabel('Date de début*')).toHaveAccessibleDescription(/La date de début est obligatoire\./);
});
