import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { withDatabase } from './support/database';
import { IDENTITIES, expectRefusal, setFault, signInAs, startSignIn } from './support/identity-provider';

// Pro Santé Connect and ProConnect (SPEC §16) through the real redirect flow: our sign-in page,
// next-auth, the local OpenID Connect provider's page, back to next-auth's callback. Failures are the
// provider's (down, slow, a tampered ID token) or our refusals; each ends on the sign-in page, in French,
// with nothing linked. The volunteers' journeys are in mobile/identity-federation.spec.ts.

const linksOf = (email: string) =>
  withDatabase(async (db) => {
    const { rows } = await db.query<{ provider: string }>(
      'SELECT f.provider FROM federated_identities f JOIN users u ON u.id = f.user_id WHERE u.email = $1',
      [email],
    );
    return rows.map((row) => row.provider);
  });

test.afterEach(async () => {
  await setFault('none');
});

test('a tampered ID token, a provider down or too slow: the sign-in page says so and nothing is linked', async ({ page }) => {
  test.setTimeout(120_000);
  for (const fault of ['bad-signature', 'wrong-audience', 'wrong-nonce', 'expired'] as const) {
    await setFault(fault);
    await signInAs(page, 'ProConnect', IDENTITIES.helene);
    await expectRefusal(page, 'La réponse du service d’identité n’a pas pu être vérifiée');
    await expect(page.getByRole('alert').filter({ hasText: 'Connexion non aboutie' })).toContainText('Rien n’a été lié à votre compte.');
    // No session either: the agents' area sends back to the sign-in page.
    await page.goto('/ars');
    await expect(page).toHaveURL(/\/connexion/);
  }
  expect(await linksOf(DEMO_ACCOUNTS.arsOccitanie)).toEqual([]);

  for (const fault of ['down', 'slow'] as const) {
    await setFault(fault);
    await startSignIn(page, 'Pro Santé Connect');
    await expectRefusal(page, 'Le service d’identité ne répond pas pour l’instant');
    await expect(page.getByLabel("Email de l'utilisateur")).toBeVisible();
  }
});

test('an ARS agent signs in with ProConnect, linked by email; a replayed code is refused', async ({ page }) => {
  let callback: string | null = null;
  page.on('request', (request) => {
    if (request.url().includes('/api/auth/callback/proconnect?')) callback = request.url();
  });
  await signInAs(page, 'ProConnect', IDENTITIES.helene);
  await expect(page).toHaveURL(/\/ars$/);
  expect(await linksOf(DEMO_ACCOUNTS.arsOccitanie)).toEqual(['PROCONNECT']);

  await page.goto('/ars/compte');
  const identities = page.getByRole('region', { name: 'Identités liées' });
  await expect(identities).toContainText('ProConnect');
  // No password was ever needed here, but the demo account has one: « Délier » is offered.
  await expect(identities.getByRole('button', { name: 'Délier ProConnect' })).toBeVisible();

  // The same authorization code, played again from a browser without the session.
  expect(callback).not.toBeNull();
  await page.context().clearCookies();
  await page.goto(callback!);
  await expectRefusal(page, 'déjà utilisée ou invalide');
  await page.goto('/ars');
  await expect(page).toHaveURL(/\/connexion/);
});

test('ProConnect never creates an account, and a disabled account stays out', async ({ page }) => {
  await signInAs(page, 'ProConnect', IDENTITIES.inconnu);
  await expectRefusal(page, 'Aucun compte ne correspond à votre adresse ProConnect');
  const created = await withDatabase(async (db) => (await db.query('SELECT 1 FROM users WHERE email = $1', ['agent.inconnu@exemple.gouv.fr'])).rowCount);
  expect(created).toBe(0);

  await signInAs(page, 'ProConnect', IDENTITIES.desactive);
  await expectRefusal(page, 'Ce compte est désactivé');
  expect(await linksOf(DEMO_ACCOUNTS.disabledEstablishment)).toEqual([]);
});

test('an RPPS+ manager links Pro Santé Connect by confirming the password once; the CCS can then require it', async ({ page }) => {
  try {
    await signInAs(page, 'Pro Santé Connect', IDENTITIES.julien);
    await expect(page).toHaveURL(/\/connexion\/lier\?jeton=/);
    await expect(page.getByRole('heading', { name: 'Lier Pro Santé Connect à votre compte' })).toBeVisible();
    await expect(page.getByLabel("Email de l'utilisateur")).toHaveValue(DEMO_ACCOUNTS.rppsManager);
    await expect(page.getByLabel("Email de l'utilisateur")).toHaveAttribute('readonly', '');
    // A wrong password links nothing and keeps the page.
    await page.getByLabel('Mot de passe', { exact: true }).fill('Pas-Le-Bon-2026!');
    await page.getByRole('button', { name: 'Confirmer et lier' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Email ou mot de passe incorrect' })).toBeVisible();
    expect(await linksOf(DEMO_ACCOUNTS.rppsManager)).toEqual([]);
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Confirmer et lier' }).click();
    await expect(page).toHaveURL(/\/rpps$/);
    expect(await linksOf(DEMO_ACCOUNTS.rppsManager)).toEqual(['PRO_SANTE_CONNECT']);

    // The CCS requires Pro Santé Connect for RPPS+ managers.
    await page.context().clearCookies();
    await signIn(page, DEMO_ACCOUNTS.ccs);
    await page.goto('/ccs/parametres');
    await page.getByLabel('Exiger Pro Santé Connect pour les gestionnaires RPPS+').check();
    await page.getByRole('button', { name: 'Enregistrer' }).last().click();
    await expect(page.getByTestId('psc-settings-notice')).toContainText('avec Pro Santé Connect uniquement');

    // The manager's password alone is refused now…
    await page.context().clearCookies();
    await page.goto('/connexion');
    await page.getByLabel("Email de l'utilisateur").fill(DEMO_ACCOUNTS.rppsManager);
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Les gestionnaires RPPS+ se connectent avec Pro Santé Connect' })).toBeVisible();
    await expect(page).toHaveURL(/\/connexion/);
    // …Pro Santé Connect signs them in, and stays linked.
    await signInAs(page, 'Pro Santé Connect', IDENTITIES.julien);
    await expect(page).toHaveURL(/\/rpps$/);
    await page.goto('/rpps/compte');
    const identities = page.getByRole('region', { name: 'Identités liées' });
    await expect(identities).toContainText('RPPS 10303030303');
    await expect(identities).toContainText('doivent se connecter avec Pro Santé Connect');
    await expect(identities.getByRole('button', { name: /Délier/ })).toHaveCount(0);
  } finally {
    // The other journeys sign this manager in with the password.
    await withDatabase((db) => db.query('UPDATE national_settings SET require_psc_for_rpps_managers = false'));
  }
});

test('an RPPS+ manager whose PSC identity names no account links hers from the sign-up step, with her email and password', async ({ page }) => {
  await signInAs(page, 'Pro Santé Connect', IDENTITIES.claire);
  await expect(page).toHaveURL(/\/inscription\/professionnel\?jeton=/);
  await page.getByRole('link', { name: 'Liez-le à Pro Santé Connect' }).click();
  await expect(page).toHaveURL(/\/connexion\/lier\?jeton=/);
  await expect(page.getByText('aucun compte ne porte ce numéro')).toBeVisible();
  const email = page.getByLabel("Email de l'utilisateur");
  await expect(email).toHaveValue('');
  await expect(email).not.toHaveAttribute('readonly', '');
  await expectNoAxeViolations(page);
  // A volunteer's account with another RPPS number is refused, and the step stays open.
  await email.fill(DEMO_ACCOUNTS.volunteer);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Confirmer et lier' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'n’est pas celui de votre compte' })).toBeVisible();
  const claimed = await withDatabase(async (db) => (await db.query("SELECT 1 FROM federated_identities WHERE rpps_number = '10505050505'")).rowCount);
  expect(claimed).toBe(0);

  await email.fill(DEMO_ACCOUNTS.rppsManagerIdf);
  await page.getByRole('button', { name: 'Confirmer et lier' }).click();
  await expect(page).toHaveURL(/\/rpps$/);
  expect(await linksOf(DEMO_ACCOUNTS.rppsManagerIdf)).toEqual(['PRO_SANTE_CONNECT']);
  // From now on Pro Santé Connect alone signs her in.
  await signInAs(page, 'Pro Santé Connect', IDENTITIES.claire);
  await expect(page).toHaveURL(/\/rpps$/);
});
