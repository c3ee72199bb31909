import { expect, test } from '@playwright/test';
import { ROLE_ACCOUNTS, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { watchScripts } from './support/scripts';

test('the landing page leads each profile to sign-in or sign-up', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Renfort RH Crise' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /Je suis une structure sanitaire, sociale ou médico-sociale/ }).click();
  await expect(page.getByRole('link', { name: "J'ai déjà un compte" })).toHaveAttribute('href', '/connexion');
  await expect(page.getByRole('link', { name: "Je n'ai pas de compte" })).toHaveAttribute('href', '/inscription/etablissement');
  await page.goto('/');
  await page.getByRole('link', { name: /Je suis un professionnel disponible/ }).click();
  await expect(page.getByRole('link', { name: "Je n'ai pas de compte" })).toHaveAttribute('href', '/inscription/professionnel');
  await page.getByRole('link', { name: "J'ai déjà un compte" }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the « Compte » menu offers « S\'authentifier »', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Compte', { exact: true }).click();
  await page.getByRole('link', { name: "S'authentifier" }).click();
  await expect(page).toHaveURL(/\/connexion$/);
});

for (const account of ROLE_ACCOUNTS) {
  test(`${account.role} signs in and lands on its own dashboard`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
    await expect(page.getByTestId('actor-role')).toHaveText(account.roleLabel);
    if (account.scope) await expect(page.getByTestId('actor-scope')).toHaveText(account.scope);
    await expectNoAxeViolations(page);
    // The logo leads to the dashboard when signed in.
    await page.goto('/connexion');
    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
  });
}

test('a wrong password and an unknown email get the same answer', async ({ page }) => {
  await page.goto('/connexion');
  await page.getByLabel("Email de l'utilisateur").fill('benevole@demo.renfort.fr');
  await page.getByLabel('Mot de passe', { exact: true }).fill('Pas-le-bon-2026!');
  await page.getByRole('button', { name: 'Connexion' }).click();
  const alert = page.locator('form').getByRole('alert');
  await expect(alert).toContainText('Email ou mot de passe incorrect');
  const wrongPassword = await alert.textContent();
  await page.getByLabel("Email de l'utilisateur").fill('personne@inconnu.test');
  await page.getByRole('button', { name: 'Connexion' }).click();
  await expect(alert).toHaveText(wrongPassword ?? '');
});

// The sign-in form's schema comes with the first touch of the form (components/forms/use-deferred-resolver.ts,
// docs/decisions/041): zod and the resolver are no part of the page's first scripts. One of the schema's
// messages fingerprints its chunk.
test('the sign-in schema is fetched at the first touch of the form, then validates as before', async ({ page }) => {
  const SCHEMA_FINGERPRINT = 'Saisissez votre mot de passe.';
  const scripts = watchScripts(page);
  const withSchema = () => scripts.containing(SCHEMA_FINGERPRINT);
  await page.goto('/connexion');
  await page.waitForLoadState('networkidle');
  expect(scripts.count()).toBeGreaterThan(0);
  expect(await withSchema()).toEqual([]);

  await page.getByLabel("Email de l'utilisateur").focus();
  await expect.poll(withSchema).toHaveLength(1);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await expect(page.getByLabel("Email de l'utilisateur")).toHaveAccessibleDescription(/Saisissez une adresse email\./);
  await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveAccessibleDescription(/Saisissez votre mot de passe\./);
});

// On a bad connection the schema's download can fail: the form says so, keeps what was typed, and the
// « Connexion » already pressed goes on by itself once the browser is back online.
test('a sign-in sent while the connection is lost says so, keeps the address, and validates once back online', async ({ page, context }) => {
  await page.goto('/connexion');
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.getByLabel("Email de l'utilisateur").fill('pas-une-adresse');
  await page.getByRole('button', { name: 'Connexion' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connexion interrompue' })).toContainText('Ce que vous avez saisi est conservé');
  await expect(page.getByLabel("Email de l'utilisateur")).toHaveValue('pas-une-adresse');

  await context.setOffline(false);
  await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveAccessibleDescription(/Saisissez votre mot de passe\./);
  await expect(page.getByLabel("Email de l'utilisateur")).toHaveAccessibleDescription(/Adresse email invalide\./);
  await expect(page.getByText('Connexion interrompue')).toBeHidden();
  await expect(page.getByLabel("Email de l'utilisateur")).toHaveValue('pas-une-adresse');
});

test('the establishment dashboard shows live counts of its FINESS', async ({ page }) => {
  await signIn(page, 'etablissement2@demo.renfort.fr');
  // Same FINESS as etablissement@: 3 open missions, 9 positions, 1 filled (seed).
  await expect(page.getByTestId('count-open-missions')).toHaveText('3');
  await expect(page.getByTestId('count-positions-requested')).toHaveText('9');
  await expect(page.getByTestId('count-positions-filled')).toHaveText('1');
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'ccs@demo.renfort.fr');
  await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/ccs');
  await expect(page).toHaveURL(/\/connexion/);
});
