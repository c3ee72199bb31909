import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../support/accounts';
import { expectNoAxeViolations } from '../support/axe';
import { waitForEmail } from '../support/mailbox';
import { watchScripts } from '../support/scripts';

// The volunteer sign-up (SPEC §5.1) on a phone (the 'mobile' project: 390×844), from the form to the
// first sign-in. Fields are found by their SPEC label, `*` of required fields included (SPEC §13: the
// label is « Nom* »), hence `exact: true`: « Nom* » must not also match « Prénom* ».

const UPLOADS = path.join(__dirname, '../../fixtures/uploads');
const PASSWORD = 'Renfort-Inscription-2026!';
const uniqueEmail = () => `inscription-${randomUUID().slice(0, 8)}@tests.renfort.test`;
const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });
const validate = (page: Page) => page.getByRole('button', { name: 'Valider', exact: true });

async function fillForm(page: Page, email: string): Promise<void> {
  await label(page, 'Nom*').fill('Lefèvre');
  await label(page, 'Prénom*').fill('Inès');
  await label(page, 'Courriel*').fill(email);
  await label(page, 'Téléphone*').fill('06 12 34 56 78');
  await label(page, 'Code postal*').fill('31000');
  // The postal code's region is pre-selected; the user may still choose another one.
  await expect(label(page, 'Région*')).toHaveValue('76');
  await label(page, 'Ville*').fill('Toulouse');
  await label(page, 'Profession*').selectOption({ label: 'Médecin' });
  await label(page, 'Spécialité').selectOption({ label: "Médecine d'urgence" });
  await label(page, "Type d'activité*").selectOption({ label: 'Libéral' });
  await label(page, 'RPPS').check();
  await label(page, "Numéro d'identifiant").fill('10001234567');
  await label(page, 'Employeur').fill('Cabinet médical du Capitole');
  await label(page, 'Véhicule personnel').check();
  await label(page, 'Expérience en réanimation').check();
  await page.getByRole('group', { name: 'Période 1' }).getByLabel('Date de début*').fill('2026-03-01');
  await page.getByRole('button', { name: 'Ajouter une période' }).click();
  const second = page.getByRole('group', { name: 'Période 2' });
  await second.getByLabel('Date de début*').fill('2026-06-01');
  await second.getByLabel('Date de fin', { exact: true }).fill('2026-06-30');
  await label(page, 'Disponible en semaine').check();
  await label(page, 'Disponible le week-end').check();
  await label(page, 'Nationale').check();
  await label(page, 'Commentaire').fill('Disponible aussi pour la régulation.');
  await expect(page.getByText('36 / 255')).toBeVisible();
  await label(page, "J'accepte les conditions d'utilisation de Renfort RH Crise*").check();
  await label(page, "J'accepte le traitement de mes données personnelles pour l'organisation des renforts*").check();
}

async function expectTypedDataKept(page: Page, email: string): Promise<void> {
  await expect(label(page, 'Nom*')).toHaveValue('Lefèvre');
  await expect(label(page, 'Courriel*')).toHaveValue(email);
  await expect(label(page, "Numéro d'identifiant")).toHaveValue('10001234567');
  await expect(page.getByRole('group', { name: 'Période 2' }).getByLabel('Date de fin', { exact: true })).toHaveValue('2026-06-30');
  await expect(label(page, 'Commentaire')).toHaveValue('Disponible aussi pour la régulation.');
  await expect(label(page, 'Nationale')).toBeChecked();
}

async function expectConfirmation(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Inscription enregistrée' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('72 heures');
  await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeFocused();
}

test('sign up with both documents, activate the account from the email, then sign in', async ({ page, request }) => {
  const email = uniqueEmail();
  const started = new Date(Date.now() - 1000);
  await page.goto('/inscription/professionnel');
  await expect(page.getByRole('heading', { name: 'Inscription comme renfort' })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(validate(page)).toBeDisabled();

  await fillForm(page, email);
  await label(page, "Pièce d'identité").setInputFiles(path.join(UPLOADS, 'sample.pdf'));
  await label(page, 'Diplôme').setInputFiles(path.join(UPLOADS, 'sample.jpg'));
  await expect(validate(page)).toBeEnabled();

  // Hold the answer a moment to see the form while it saves: progress shown, « Valider » busy.
  await page.route('**/inscription/professionnel/envoi', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await validate(page).click();
  await expect(page.getByRole('progressbar', { name: 'Envoi de votre inscription' })).toBeVisible();
  await expect(validate(page)).toBeDisabled();
  await expectConfirmation(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Fermer' }).click();
  await expect(page.getByRole('heading', { name: 'Inscription enregistrée' })).toBeFocused();

  const registered = await waitForEmail(request, email, /^Votre inscription comme renfort est enregistrée$/, started);
  expect(registered.text).toContain('Inès');
  const activation = await waitForEmail(request, email, /^Activez votre compte Renfort RH Crise$/, started);
  const link = activation.links.find((href) => href.includes('/mot-de-passe/nouveau?token='));
  expect(link).toBeTruthy();

  await page.goto(link!);
  await label(page, 'Nouveau mot de passe').fill(PASSWORD);
  await label(page, 'Confirmation du nouveau mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByText('Mot de passe enregistré')).toBeVisible();
  await signIn(page, email.toUpperCase(), PASSWORD);
  await expect(page).toHaveURL(/\/professionnel$/);
  await expect(page.getByTestId('volunteer-status')).toHaveText('Disponible');
});

test('a second sign-up with an address in use answers the same, creates nothing and emails its owner', async ({ page, request }) => {
  const email = uniqueEmail();
  const started = new Date(Date.now() - 1000);
  await page.goto('/inscription/professionnel');
  await fillForm(page, email);
  await validate(page).click();
  await expectConfirmation(page);
  await waitForEmail(request, email, /^Activez votre compte/, started);

  // Same address in capitals, from a fresh page.
  await page.goto('/inscription/professionnel');
  await fillForm(page, email.toUpperCase());
  await validate(page).click();
  await expectConfirmation(page);

  const notice = await waitForEmail(request, email, /^Vous avez déjà un compte Renfort RH Crise$/, started);
  expect(notice.links.some((href) => href.endsWith('/connexion'))).toBe(true);
  expect(notice.links.some((href) => href.endsWith('/mot-de-passe/oubli'))).toBe(true);
  // Nothing was created by the second attempt: a new account always gets its own pair of emails.
  const emails = (await (await request.get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as { subject: string }[];
  expect(emails.map((e) => e.subject).sort()).toEqual([
    'Activez votre compte Renfort RH Crise',
    'Votre inscription comme renfort est enregistrée',
    'Vous avez déjà un compte Renfort RH Crise',
  ]);
});

test('refused files say what is wrong on their field and keep everything typed', async ({ page, request }) => {
  const email = uniqueEmail();
  await page.goto('/inscription/professionnel');
  await fillForm(page, email);

  // Over 5 MB: refused in the browser at once, before anything is sent.
  await label(page, "Pièce d'identité").setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 1) });
  await expect(label(page, "Pièce d'identité")).toHaveAccessibleDescription(/Le fichier dépasse 5 Mo\./);
  await expect(validate(page)).toBeDisabled();
  await page.getByRole('button', { name: "Retirer le fichier Pièce d'identité" }).click();

  // An HTML page renamed .pdf passes the browser's checks; the server reads its content and refuses it.
  await label(page, 'Diplôme').setInputFiles(path.join(UPLOADS, 'page-html-renamed.pdf'));
  await expect(validate(page)).toBeEnabled();
  await validate(page).click();
  await expect(label(page, 'Diplôme')).toHaveAccessibleDescription(/Ce fichier n'est pas accepté : formats autorisés PDF, DOC, DOCX, JPG, PNG\./);
  await expect(page.getByRole('alert').filter({ hasText: 'corrigez les champs signalés' })).toBeVisible();
  await expect(label(page, 'Diplôme')).toBeFocused();
  await expectTypedDataKept(page, email);
  await expectNoAxeViolations(page);
  const mailbox = (await (await request.get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as unknown[];
  expect(mailbox).toEqual([]);

  // A real document instead: the same form goes through.
  await label(page, 'Diplôme').setInputFiles(path.join(UPLOADS, 'sample.docx'));
  await expect(validate(page)).toBeEnabled();
  await validate(page).click();
  await expectConfirmation(page);
});

test('the form fits a 360 px screen and an unknown postal code is flagged on its field', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const email = uniqueEmail();
  await page.goto('/inscription/professionnel');
  await fillForm(page, email);
  await label(page, 'Code postal*').fill('00000');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await validate(page).click();
  await expect(label(page, 'Code postal*')).toHaveAccessibleDescription('Code postal inconnu.');
  await expectTypedDataKept(page, email);
});

// The form's schema (zod's core, ~80 rules) is not part of the page's first scripts: it comes with the
// first touch of the form (components/forms/use-deferred-resolver.ts), so that building it is not a
// long task of the page's hydration on a slow phone. Its messages are a fingerprint of its chunk.
test('the sign-up schema is fetched at the first touch of the form, then validates as before', async ({ page }) => {
  const SCHEMA_FINGERPRINT = "Vous devez accepter les conditions d'utilisation.";
  const scripts = watchScripts(page);
  await page.goto('/inscription/professionnel');
  await page.waitForLoadState('networkidle');
  const withSchema = () => scripts.containing(SCHEMA_FINGERPRINT);
  expect(scripts.count()).toBeGreaterThan(0);
  expect(await withSchema()).toEqual([]);
  await expect(validate(page)).toBeDisabled();

  await label(page, 'Nom*').focus();
  await expect.poll(withSchema).toHaveLength(1);
  await label(page, 'Nom*').blur();
  await expect(label(page, 'Nom*')).toHaveAccessibleDescription(/Le nom est obligatoire\./);
});

// A phone that loses the network after the page loaded: the first touch cannot fetch the schema. The form
// says so next to « Valider », loses nothing typed, and validates by itself once the phone is back online.
test('a sign-up whose schema cannot be downloaded says so, keeps what was typed, and validates once back online', async ({ page, context }) => {
  await page.goto('/inscription/professionnel');
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await label(page, 'Nom*').fill('Lefèvre');
  await label(page, 'Nom*').blur();
  await expect(page.getByRole('status').filter({ hasText: 'Connexion interrompue' })).toBeVisible();
  await expect(label(page, 'Nom*')).toHaveValue('Lefèvre');

  await context.setOffline(false);
  await expect(page.getByText('Connexion interrompue')).toBeHidden();
  await label(page, 'Nom*').fill('');
  await label(page, 'Nom*').blur();
  await expect(label(page, 'Nom*')).toHaveAccessibleDescription(/Le nom est obligatoire\./);
});
