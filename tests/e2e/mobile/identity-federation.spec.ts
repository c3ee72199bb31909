import { expect, test, type Page } from '@playwright/test';
import { withDatabase } from '../support/database';
import { IDENTITIES, expectRefusal, signInAs } from '../support/identity-provider';

// Volunteers signing in with Pro Santé Connect (SPEC §16), on a phone (the 'mobile' project): linked by
// RPPS number, « RPPS vérifié » without our directory, a second identity claiming the same number
// refused, and a nurse unknown here signing up from the pre-filled form.

const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });

test('a nurse signs in with Pro Santé Connect: linked by RPPS number, her names as PSC certifies them, « RPPS vérifié »; another identity with her number is refused', async ({ page }) => {
  // A name mistyped at sign-up: the link by RPPS number puts PSC's in its place.
  await withDatabase((db) => db.query("UPDATE users SET last_name = 'Bonet' WHERE email = 'benevole@demo.renfort.fr'"));
  await signInAs(page, 'Pro Santé Connect', IDENTITIES.lucie);
  await expect(page).toHaveURL(/\/professionnel$/);

  await page.goto('/professionnel/compte');
  const identities = page.getByRole('region', { name: 'Identités liées' });
  await expect(identities).toContainText('Pro Santé Connect');
  await expect(identities).toContainText('RPPS 10101010101');
  await page.goto('/professionnel/fiche');
  await expect(page.getByText('RPPS vérifié')).toBeVisible();
  await expect(label(page, 'Nom*')).toHaveValue('Bonnet');
  await expect(label(page, 'Nom*')).toHaveAttribute('readonly', '');

  await signInAs(page, 'Pro Santé Connect', IDENTITIES.doublon);
  await expectRefusal(page, 'Ce numéro RPPS est déjà rattaché à un autre compte');
  const subjects = await withDatabase(async (db) => (await db.query<{ subject: string }>("SELECT subject FROM federated_identities WHERE rpps_number = '10101010101'")).rows);
  expect(subjects).toEqual([{ subject: 'psc-sub-lucie-bonnet' }]);
});

test('a nurse unknown here signs up from the form Pro Santé Connect pre-fills, then signs in with it', async ({ page }) => {
  await signInAs(page, 'Pro Santé Connect', IDENTITIES.nina);
  await expect(page).toHaveURL(/\/inscription\/professionnel\?jeton=/);
  await expect(page.getByRole('status').filter({ hasText: 'Identifié(e) avec Pro Santé Connect' })).toBeVisible();
  for (const [field, value] of [
    ['Nom*', 'Morel'],
    ['Prénom*', 'Nina'],
    ["Numéro d'identifiant", '10404040404'],
  ] as const) {
    await expect(label(page, field)).toHaveValue(value);
    await expect(label(page, field)).toHaveAttribute('readonly', '');
  }
  // PSC certifies « nurse » (code 60): she chooses which nurse, among the nurses only.
  const profession = label(page, 'Profession*');
  await expect(profession).toHaveValue('NURSE');
  await expect(profession.locator('option:not([value=""])')).toHaveText([
    'Infirmier (IDE)',
    'Infirmier anesthésiste (IADE)',
    'Infirmier de bloc opératoire (IBODE)',
    'Infirmier puériculteur / puéricultrice',
    'Infirmier en pratique avancée (IPA)',
  ]);
  await profession.selectOption({ label: 'Infirmier anesthésiste (IADE)' });
  await expect(label(page, 'Courriel*')).toHaveValue('nina.morel@exemple.test');

  await label(page, 'Téléphone*').fill('06 98 76 54 32');
  await label(page, 'Code postal*').fill('31000');
  await label(page, 'Ville*').fill('Toulouse');
  await label(page, "Type d'activité*").selectOption({ label: 'Salarié' });
  await page.getByRole('group', { name: 'Période 1' }).getByLabel('Date de début*').fill('2026-12-10');
  await label(page, 'Disponible en semaine').check();
  await label(page, 'Régionale').check();
  await label(page, "J'accepte les conditions d'utilisation de Renfort RH Crise*").check();
  await label(page, "J'accepte le traitement de mes données personnelles pour l'organisation des renforts*").check();
  await page.getByRole('button', { name: 'Valider', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Inscription enregistrée' })).toBeVisible();

  const saved = await withDatabase(async (db) =>
    (
      await db.query(
        `SELECT u.first_name, u.last_name, p.identifier_number, p.profession_code, f.subject
           FROM users u JOIN professionals p ON p.user_id = u.id JOIN federated_identities f ON f.user_id = u.id
          WHERE u.email = 'nina.morel@exemple.test'`,
      )
    ).rows,
  );
  expect(saved).toEqual([{ first_name: 'Nina', last_name: 'Morel', identifier_number: '10404040404', profession_code: 'NURSE_ANAESTHETIST', subject: 'psc-sub-nina-morel' }]);

  await signInAs(page, 'Pro Santé Connect', IDENTITIES.nina);
  await expect(page).toHaveURL(/\/professionnel$/);
  await page.goto('/professionnel/fiche');
  await expect(page.getByText('RPPS vérifié')).toBeVisible();
});
