import { expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../lib/seed/demo-accounts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

export type DemoRole = 'PROFESSIONAL' | 'ESTABLISHMENT' | 'ARS' | 'CCS' | 'RPPS_MANAGER';

export const ROLE_ACCOUNTS: { role: DemoRole; email: string; home: string; roleLabel: string; scope: RegExp | null }[] = [
  { role: 'PROFESSIONAL', email: DEMO_ACCOUNTS.volunteer, home: '/professionnel', roleLabel: 'Professionnel / renfort', scope: null },
  { role: 'ESTABLISHMENT', email: DEMO_ACCOUNTS.establishment, home: '/etablissement', roleLabel: 'Compte établissement', scope: /Toulouse/ },
  { role: 'ARS', email: DEMO_ACCOUNTS.arsOccitanie, home: '/ars', roleLabel: 'Agence régionale de santé', scope: /ARS Occitanie/ },
  { role: 'CCS', email: DEMO_ACCOUNTS.ccs, home: '/ccs', roleLabel: 'Centre de crise sanitaire', scope: /Niveau national/ },
  { role: 'RPPS_MANAGER', email: DEMO_ACCOUNTS.rppsManager, home: '/rpps', roleLabel: 'Gestionnaire RPPS+', scope: /Toulouse/ },
];

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, remember = false): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel("Email de l'utilisateur").fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  if (remember) await page.getByLabel('Garder la session ouverte').check();
  await page.getByRole('button', { name: 'Connexion' }).click();
  await expect(page).not.toHaveURL(/\/connexion/);
}

export async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
}
