import { expect, type Page } from '@playwright/test';

// The local OpenID Connect provider the test runner starts (scripts/local-oidc/): its login page lists
// the demo identities as buttons; its control URL makes it misbehave for the next request(s).

export type Service = 'Pro Santé Connect' | 'ProConnect';
export type Fault = 'none' | 'down' | 'slow' | 'bad-signature' | 'wrong-audience' | 'wrong-nonce' | 'expired';

export const IDENTITIES = {
  lucie: 'Lucie Bonnet — infirmière (RPPS 10101010101)',
  julien: 'Julien Vidal — gestionnaire RPPS+ (RPPS 10303030303)',
  nina: 'Nina Morel — infirmière (RPPS 10404040404)',
  doublon: 'Léa Bonnet — infirmière (RPPS 10101010101, autre identité)',
  claire: 'Claire Fabre — gestionnaire RPPS+ sans email (RPPS 10505050505)',
  helene: 'Hélène Marty — ARS Occitanie',
  inconnu: 'Paul Durand — agent sans compte',
  desactive: 'Jean Rouquette — compte désactivé',
} as const;

export async function setFault(kind: Fault): Promise<void> {
  const url = process.env.LOCAL_OIDC_CONTROL_URL;
  if (!url) throw new Error('LOCAL_OIDC_CONTROL_URL is not set: the test runner starts the local provider');
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind }) });
  expect(response.ok).toBe(true);
}

/** « Se connecter avec … » on the sign-in page, from a browser with no session here or at the provider. */
export async function startSignIn(page: Page, service: Service): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/connexion');
  await page.getByRole('button', { name: `Se connecter avec ${service}` }).click();
}

/** The whole redirect flow: our button, the provider's page, this identity, back to the app. */
export async function signInAs(page: Page, service: Service, identity: string): Promise<void> {
  await startSignIn(page, service);
  await page.getByRole('button', { name: identity, exact: true }).click();
  await expect(page).not.toHaveURL(/127\.0\.0\.1/);
}

/** The sign-in page's message after a federated sign-in that ended without a session. */
export async function expectRefusal(page: Page, message: string | RegExp): Promise<void> {
  // next-auth's own failures also carry the page it would have returned to (`callbackUrl`).
  await expect(page).toHaveURL(/\/connexion\?(.*&)?error=/);
  const alert = page.getByRole('alert').filter({ hasText: 'Connexion non aboutie' });
  await expect(alert).toContainText(message);
}
