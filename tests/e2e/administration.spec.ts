import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { waitForEmail } from './support/mailbox';

// Issue 11 « Done when »: `admin:create` → the new CCS agent activates from the mailbox → invites an ARS
// agent → that agent activates, disables an establishment account → its open session is refused at
// its next request → reactivation → the account signs in again.

const ROOT = path.resolve(__dirname, '..', '..');
const PASSWORD = 'Agent-Renfort-2026!';
// A demo establishment account of Occitanie that no other journey uses (the seed gives each FINESS one).
const ESTABLISHMENT = 'contact-montpellier-ehpad@etablissements.renfort.test';
const INVITATION = /Votre compte Renfort RH Crise a été créé/;

/** `npm run admin:create`, as the operator types it, against the e2e database (DATABASE_URL of the run). */
function adminCreate(email: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', './scripts/lib/server-only.mjs', '--import', 'tsx', 'scripts/admin-create.ts', '--role', 'CCS', '--email', email, '--first-name', 'Louise', '--last-name', 'Perrin'],
      { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Opens the activation link of the invitation and chooses the password. */
async function activate(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirmation du nouveau mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByText('Mot de passe enregistré')).toBeVisible();
}

async function invitationLink(request: Parameters<typeof waitForEmail>[0], email: string, after: Date): Promise<string> {
  const mail = await waitForEmail(request, email, INVITATION, after);
  const link = mail.links.find((href) => href.includes('/mot-de-passe/nouveau?token='));
  expect(link).toBeTruthy();
  return link!;
}

test('from admin:create to disabling and reactivating an establishment account', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const started = new Date(Date.now() - 1000);
  const ccsEmail = `premier-ccs-${randomUUID().slice(0, 8)}@e2e.renfort.test`;
  const arsEmail = `agent-ars-${randomUUID().slice(0, 8)}@e2e.renfort.test`;

  // 1. The first account, from the command line.
  const created = await adminCreate(ccsEmail);
  expect(created.output).toContain(`CCS account created: ${ccsEmail}`);
  expect(created.code).toBe(0);
  expect((await adminCreate(ccsEmail)).code).toBe(1);

  // 2. The CCS agent activates from the mailbox and signs in; the link served once.
  const ccsLink = await invitationLink(request, ccsEmail, started);
  await activate(page, ccsLink);
  await page.goto(ccsLink);
  await expect(page.getByText('Ce lien a déjà été utilisé')).toBeVisible();
  await signIn(page, ccsEmail, PASSWORD);
  await expect(page).toHaveURL(/\/ccs$/);

  // 3. They invite an ARS agent of Occitanie; an address in use is refused next to its field.
  await page.goto('/ccs/administration');
  await expect(page.getByRole('heading', { name: 'Administration', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Type de compte*').selectOption('ARS');
  await page.getByLabel('Courriel*').fill(DEMO_ACCOUNTS.arsIdf);
  await page.getByLabel('Prénom*').fill('Hugo');
  await page.getByLabel('Nom*', { exact: true }).fill('Lacombe');
  await page.getByLabel('Région*').selectOption({ label: 'Occitanie' });
  await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(page.getByText('Cette adresse est déjà utilisée par un compte.')).toBeVisible();
  await expect(page.getByLabel('Prénom*')).toHaveValue('Hugo');
  await page.getByLabel('Courriel*').fill(arsEmail);
  await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(page.getByText('Invitation envoyée')).toBeVisible();

  // 4. The ARS agent activates, in a browser of their own.
  const arsContext = await browser.newContext();
  const ars = await arsContext.newPage();
  await activate(ars, await invitationLink(request, arsEmail, started));
  await signIn(ars, arsEmail, PASSWORD);
  await expect(ars).toHaveURL(/\/ars$/);

  // 5. The establishment account has a session open elsewhere.
  const establishmentContext = await browser.newContext();
  const establishment = await establishmentContext.newPage();
  await signIn(establishment, ESTABLISHMENT);
  await expect(establishment).toHaveURL(/\/etablissement$/);

  // 6. The ARS agent finds the account, and disables it with a reason.
  await ars.goto('/ars/administration');
  await ars.locator('summary', { hasText: 'Rechercher un compte' }).click();
  await ars.getByRole('search', { name: 'Rechercher un compte' }).getByLabel('Nom ou courriel').fill(ESTABLISHMENT);
  await ars.getByRole('button', { name: 'Filtrer' }).click();
  await expect(ars.getByTestId('account-row')).toHaveCount(1);
  await ars.getByRole('link', { name: /Ouvrir le compte de/ }).click();
  await expect(ars.getByTestId('account-facts')).toContainText(ESTABLISHMENT);
  await expectNoAxeViolations(ars);
  await ars.getByRole('button', { name: 'Désactiver le compte' }).click();
  await expect(ars.getByText('Le motif est obligatoire')).toBeVisible();
  await ars.getByLabel('Motif de la désactivation*').fill('Départ de la directrice (test de bout en bout)');
  await ars.getByRole('button', { name: 'Désactiver le compte' }).click();
  await expect(ars.getByText(/est désactivé : ses sessions ouvertes sont fermées/)).toBeVisible();
  await expect(ars.getByTestId('account-facts')).toContainText('Départ de la directrice');

  // 7. The open session is refused at its next request; signing in says the account is disabled.
  await establishment.goto('/etablissement');
  await expect(establishment).toHaveURL(/\/connexion/);
  await establishment.getByLabel("Email de l'utilisateur").fill(ESTABLISHMENT);
  await establishment.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await establishment.getByRole('button', { name: 'Connexion' }).click();
  await expect(establishment.getByRole('alert').filter({ hasText: 'Ce compte est désactivé' })).toContainText('Pour toute question, écrivez au support : ');
  await waitForEmail(request, ESTABLISHMENT, /a été désactivé/, started);

  // 8. Reactivation: the account signs in again.
  await ars.getByRole('button', { name: 'Réactiver le compte' }).click();
  await expect(ars.getByText(/est réactivé/)).toBeVisible();
  await signIn(establishment, ESTABLISHMENT);
  await expect(establishment).toHaveURL(/\/etablissement$/);
  await waitForEmail(request, ESTABLISHMENT, /a été réactivé/, started);

  await arsContext.close();
  await establishmentContext.close();
});

test('an ARS of another region gets « Page introuvable » on an Occitanie account; other roles are refused the page', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.arsOccitanie);
  await page.goto('/ars/administration?q=etablissement2%40demo');
  await page.getByRole('link', { name: /Ouvrir le compte de/ }).click();
  await expect(page).toHaveURL(/\/ars\/administration\/[0-9a-f-]{36}$/);
  const accountUrl = page.url();
  await page.context().clearCookies();

  await signIn(page, DEMO_ACCOUNTS.arsIdf);
  expect((await page.goto(accountUrl))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  await page.context().clearCookies();

  await signIn(page, DEMO_ACCOUNTS.rppsManager);
  expect((await page.goto('/ars/administration'))?.status()).toBe(403);
  expect((await page.goto('/ccs/administration'))?.status()).toBe(403);
});
