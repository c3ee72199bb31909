import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { waitForEmail } from './support/mailbox';

// A seeded volunteer of the demo data set, so the demo accounts keep their password.
const EMAIL = 'demo-1@benevoles.renfort.test';

test('reset the password through the dev mailbox, then sign in with it', async ({ page, request }) => {
  const started = new Date(Date.now() - 1000);
  await page.goto('/mot-de-passe/oubli');
  await expectNoAxeViolations(page);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByRole('button', { name: 'Réinitialiser le mot de passe' }).click();
  await expect(page.getByText('Si un compte existe avec cette adresse')).toBeVisible();

  const email = await waitForEmail(request, EMAIL, /Réinitialisation de mot de passe/, started);
  expect(email.text).toContain('Ces mails sont envoyés de manière automatique');
  const link = email.links.find((href) => href.includes('/mot-de-passe/nouveau?token='));
  expect(link).toBeTruthy();

  await page.goto(link!);
  const password = page.getByLabel('Nouveau mot de passe', { exact: true });
  await password.fill('court');
  await expect(page.getByText('Au moins 12 caractères')).toBeVisible();
  await expect(page.getByText('Robustesse : Très faible')).toBeVisible();
  await password.fill('Nouveau-Renfort-2026!');
  await expect(page.getByText(/Robustesse : (Moyen|Fort|Très fort)/)).toBeVisible();
  await page.getByLabel('Confirmation du nouveau mot de passe').fill('Nouveau-Renfort-2026!');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByText('Mot de passe enregistré')).toBeVisible();

  await signIn(page, EMAIL, 'Nouveau-Renfort-2026!');
  await expect(page).toHaveURL(/\/professionnel$/);

  // The link served once: opened again, it says so and offers a new one.
  await page.context().clearCookies();
  await page.goto(link!);
  await expect(page.getByText('Ce lien a déjà été utilisé')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Recevoir un nouveau lien' })).toBeVisible();
});

test('the reset request answers the same for an unknown email', async ({ page }) => {
  await page.goto('/mot-de-passe/oubli');
  await page.getByLabel('Email').fill('inconnu@nulle-part.test');
  await page.getByRole('button', { name: 'Réinitialiser le mot de passe' }).click();
  await expect(page.getByText('Si un compte existe avec cette adresse')).toBeVisible();
});
