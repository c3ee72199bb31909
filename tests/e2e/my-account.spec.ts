import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { waitForEmail } from './support/mailbox';

// « Mon compte » of a volunteer on a phone (SPEC §15, issue 11 point 5): phone (through « Ma fiche »,
// its one editor), password, email change confirmed from the mailbox link, « Me déconnecter partout ».
// A seeded volunteer no other journey uses: its password and email change here.
const VOLUNTEER = 'demo-11@benevoles.renfort.test';
const NEW_PASSWORD = 'Mon-nouveau-mot-de-passe-2026!';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

async function openMyAccount(page: Page): Promise<void> {
  await page.getByText('Compte', { exact: true }).click();
  await page.getByRole('link', { name: 'Mon compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
}

test('a volunteer manages their account on a phone', async ({ page, browser, request }) => {
  const newEmail = `mon-compte-${Date.now()}@benevoles.renfort.test`;
  await signIn(page, VOLUNTEER);
  await openMyAccount(page);
  await expect(page).toHaveURL(/\/professionnel\/compte$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  // Phone: « Ma fiche » owns it; « Mon compte » shows it and links there.
  await page.getByRole('link', { name: 'Modifier mes coordonnées dans « Ma fiche »' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma fiche' })).toBeVisible();
  await page.getByLabel('Téléphone*').fill('0611223344');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('Vos modifications sont enregistrées.')).toBeVisible();
  await page.goto('/professionnel/compte');
  await expect(page.getByRole('region', { name: 'Mes coordonnées' })).toContainText('0611223344');

  // Password: a wrong current one is said next to its field, then the change.
  const passwordSection = page.getByRole('region', { name: 'Mot de passe' });
  await passwordSection.getByLabel('Mot de passe actuel*').fill('pas-le-bon');
  await passwordSection.getByLabel('Nouveau mot de passe*', { exact: true }).fill(NEW_PASSWORD);
  await passwordSection.getByLabel('Confirmation du nouveau mot de passe*').fill(NEW_PASSWORD);
  await passwordSection.getByRole('button', { name: 'Modifier mon mot de passe' }).click();
  await expect(passwordSection.getByText('Mot de passe actuel incorrect.')).toBeVisible();
  await expect(passwordSection.getByLabel('Nouveau mot de passe*', { exact: true })).toHaveValue(NEW_PASSWORD);
  await passwordSection.getByLabel('Mot de passe actuel*').fill(DEMO_PASSWORD);
  await passwordSection.getByRole('button', { name: 'Modifier mon mot de passe' }).click();
  await expect(passwordSection.getByText(/^Votre mot de passe est modifié\./)).toBeVisible();

  // The new password opens the account (a fresh browser signs in with it).
  await page.context().clearCookies();
  await signIn(page, VOLUNTEER, NEW_PASSWORD);
  await openMyAccount(page);

  // Email: an address in use gets the same answer as a free one (SPEC §2), and its owner is told; a free one gets its link.
  const emailSection = page.getByRole('region', { name: 'Adresse email' });
  const requestedAt = new Date(Date.now() - 1000);
  await emailSection.getByLabel('Nouvelle adresse email*').fill('benevole@demo.renfort.fr');
  await emailSection.getByLabel('Mot de passe actuel*').fill(NEW_PASSWORD);
  await emailSection.getByRole('button', { name: 'Recevoir le lien de confirmation' }).click();
  await expect(emailSection.getByText('Lien de confirmation envoyé')).toBeVisible();
  await waitForEmail(request, 'benevole@demo.renfort.fr', /^Vous avez déjà un compte/, requestedAt);
  await emailSection.getByLabel('Nouvelle adresse email*').fill(newEmail);
  await emailSection.getByLabel('Mot de passe actuel*').fill(NEW_PASSWORD);
  await emailSection.getByRole('button', { name: 'Recevoir le lien de confirmation' }).click();
  await expect(emailSection.getByText('Lien de confirmation envoyé')).toBeVisible();
  await waitForEmail(request, VOLUNTEER, /^Demande de changement d’adresse email/, requestedAt);
  const confirmation = await waitForEmail(request, newEmail, /^Confirmez votre nouvelle adresse email/, requestedAt);
  const link = confirmation.links.find((href) => href.includes('/compte/confirmer-email?jeton='));
  expect(link).toBeDefined();

  // Another browser signed in with the new password, to be ended by « Me déconnecter partout ».
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const otherPage = await other.newPage();
  await signIn(otherPage, VOLUNTEER, NEW_PASSWORD);

  await page.goto(link!);
  await expect(page.getByRole('heading', { level: 1, name: 'Confirmer ma nouvelle adresse email' })).toBeVisible();
  await page.getByRole('button', { name: 'Confirmer ma nouvelle adresse' }).click();
  await expect(page.getByText('Adresse email modifiée')).toBeVisible();
  await waitForEmail(request, newEmail, /a changé$/, requestedAt);
  // The other browser's session ended with the change; this one stays.
  await otherPage.goto('/professionnel');
  await expect(otherPage).toHaveURL(/\/connexion/);
  await page.goto('/professionnel/compte');
  await expect(page.getByText(newEmail)).toBeVisible();

  // « Me déconnecter partout »: a second browser signed in with the new email is ended too.
  await signIn(otherPage, newEmail, NEW_PASSWORD);
  await page.getByRole('button', { name: 'Me déconnecter partout' }).click();
  await expect(page).toHaveURL(/\/connexion/);
  await otherPage.goto('/professionnel');
  await expect(otherPage).toHaveURL(/\/connexion/);
  await other.close();
});
