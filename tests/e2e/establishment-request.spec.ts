import { randomInt, randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { computeLuhnCheckDigit } from '../../lib/identifiers/luhn';
import { DEMO_ACCOUNTS, signIn, signOut } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { waitForEmail } from './support/mailbox';

// SPEC §6.1 and §7.1 end to end: an establishment asks for an account with its missions, the ARS of its
// region validates (or refuses) it in the queue, the requester activates the account and signs in.

const NEW_PASSWORD = 'Etablissement-Neuf-2026!';

/** A FINESS no run has used: department 31, six random digits, the Luhn key. */
function freshFiness(): string {
  const payload = `31${String(randomInt(100_000, 999_999))}`;
  return `${payload}${computeLuhnCheckDigit(payload)}`;
}

function freshRequester() {
  const id = randomUUID().slice(0, 8);
  return { email: `direction-${id}@e2e-etablissement.test`, establishment: `EHPAD de recette ${id}`, finess: freshFiness() };
}

async function fillRequest(page: Page, requester: ReturnType<typeof freshRequester>) {
  await page.getByLabel('Nom*', { exact: true }).fill('Martin');
  await page.getByLabel('Prénom*', { exact: true }).fill('Claire');
  await page.getByLabel('Courriel*', { exact: true }).fill(requester.email);
  await page.getByLabel('Téléphone*', { exact: true }).fill('05 61 00 00 00');
  await page.getByLabel('Catégorie établissement*').selectOption({ label: "Établissements et services sociaux d'accueil, hébergement, assistance, réadaptation" });
  await page.getByLabel('N° FINESS géographique*').fill(requester.finess);
  await page.getByLabel('Nom établissement*').fill(requester.establishment);
  await page.getByLabel('Adresse*').fill('4 rue des Tilleuls');
  await page.getByLabel('Code postal*').fill('31200');
  await page.getByLabel('Ville*').fill('Toulouse');
  // Pre-selected from the postal code.
  await expect(page.getByLabel('Région de rattachement*')).toHaveValue('76');
}

async function fillMission(page: Page, n: number, mission: { start: string; end: string; profession: string; count: string }) {
  const fields = page.getByRole('group', { name: `Mission ${n}` });
  await fields.getByLabel('Date de début*').fill(mission.start);
  await fields.getByLabel('Date de fin*').fill(mission.end);
  await fields.getByLabel('Profession demandée*').selectOption({ label: mission.profession });
  await fields.getByLabel('Nombre*').fill(mission.count);
}

async function sendRequest(page: Page) {
  await expect(page.getByRole('button', { name: 'Valider' })).toBeEnabled();
  await page.getByRole('button', { name: 'Valider' }).click();
  const dialog = page.getByRole('dialog', { name: 'Demande de renfort prise en compte' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Fermer' }).click();
}

async function openQueueAsArs(page: Page) {
  await signIn(page, DEMO_ACCOUNTS.arsOccitanie);
  await page.getByRole('link', { name: /Demandes de compte en attente/ }).click();
  await expect(page).toHaveURL(/\/ars\/demandes$/);
}

test('an establishment asks for an account with two missions; the ARS validates it; the account activates and signs in', async ({ page, request }) => {
  const started = new Date(Date.now() - 1000);
  const requester = freshRequester();

  await page.goto('/inscription/etablissement');
  await expectNoAxeViolations(page);
  await expect(page.getByRole('button', { name: 'Valider' })).toBeDisabled();
  await fillRequest(page, requester);
  await fillMission(page, 1, { start: '2027-03-01', end: '2027-03-31', profession: 'Infirmier (IDE)', count: '2' });
  await page.getByRole('group', { name: 'Mission 1' }).getByLabel('Disponible week-end').check();
  await page.getByRole('button', { name: 'Ajouter une mission' }).click();
  await fillMission(page, 2, { start: '2027-04-01', end: '2027-04-15', profession: 'Aide-soignant', count: '1' });
  await expectNoAxeViolations(page);
  await sendRequest(page);
  await expect(page.getByRole('heading', { name: 'Demande de renfort prise en compte' })).toBeVisible();

  const received = await waitForEmail(request, requester.email, /^Demande de renfort prise en compte$/, started);
  expect(received.text).toContain(requester.email);

  // Before the ARS validates, sign-in answers like any wrong password: the pending account has none yet,
  // and « en attente de validation » would tell a stranger that this address asked (SPEC §14).
  await page.goto('/connexion');
  await page.getByLabel("Email de l'utilisateur").fill(requester.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill('Pas-Encore-Actif-2026!');
  await page.getByRole('button', { name: 'Connexion' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('Email ou mot de passe incorrect');

  await openQueueAsArs(page);
  await expectNoAxeViolations(page);
  const card = page.getByRole('article', { name: requester.establishment });
  await expect(card).toContainText(requester.finess);
  await expect(card.getByRole('row')).toHaveCount(3); // header + two missions
  await expect(card).toContainText('Infirmier (IDE)');
  await expect(card).toContainText('Aide-soignant');
  await card.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText(`Demande de ${requester.establishment} validée`)).toBeVisible();
  await expect(card).toHaveCount(0);

  const activation = await waitForEmail(request, requester.email, /Activez votre compte/, started);
  const link = activation.links.find((href) => href.includes('/mot-de-passe/nouveau?token='));
  expect(link).toBeTruthy();
  await signOut(page);
  await page.goto(link!);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirmation du nouveau mot de passe').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByText('Mot de passe enregistré')).toBeVisible();

  await signIn(page, requester.email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/etablissement$/);
  // Attached to the establishment the validation created (its missions are checked by the integration tests).
  await expect(page.getByTestId('actor-scope')).toHaveText(requester.establishment);
});

test('the ARS refuses a request with a reason, which is emailed to the requester', async ({ page, request }) => {
  const started = new Date(Date.now() - 1000);
  const requester = freshRequester();
  const reason = `Ce FINESS ne correspond pas à l'établissement indiqué (${requester.finess}).`;

  await page.goto('/inscription/etablissement');
  await fillRequest(page, requester);
  await page.getByLabel("Je n'ai pas de besoin immédiat").check();
  await expect(page.getByRole('group', { name: 'Mission 1' })).toHaveCount(0);
  await sendRequest(page);

  await openQueueAsArs(page);
  const card = page.getByRole('article', { name: requester.establishment });
  await expect(card).toContainText('Pas de besoin immédiat');
  await card.getByRole('button', { name: 'Refuser' }).click();
  const dialog = page.getByRole('dialog', { name: `Refuser la demande de ${requester.establishment}` });
  await dialog.getByRole('button', { name: 'Confirmer le refus' }).click();
  await expect(dialog.getByText('Indiquez le motif du refus.')).toBeVisible();
  await dialog.getByLabel('Motif du refus*').fill(reason);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Confirmer le refus' }).click();
  await expect(page.getByText(`Demande de ${requester.establishment} refusée`)).toBeVisible();
  await expect(card).toHaveCount(0);

  const refusal = await waitForEmail(request, requester.email, /n'a pas été retenue/, started);
  expect(refusal.text).toContain(reason);
});
