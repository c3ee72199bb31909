import { randomInt, randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { computeLuhnCheckDigit } from '../../lib/identifiers/luhn';
import { DEMO_ACCOUNTS, signIn, signOut } from './support/accounts';
import { waitForEmail } from './support/mailbox';

// Issue 4's journey in one go, in Guadeloupe (region 01), which no other journey touches: an
// establishment asks for an account with two missions → the CCS validates it → activation → password →
// dashboard → « Nouveau besoin » → « Choisir » → the map shows the candidates → contact → validate → the
// volunteer's assignment email and POURVUE 1/n → contact another and refuse: Disponible again.

const PASSWORD = 'Guadeloupe-Renfort-2026!';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Two nurses registered in Guadeloupe (the volunteers' own journey is tested in tests/e2e/mobile). */
async function registerVolunteers(tag: string): Promise<{ email: string; lastName: string }[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const volunteers = [1, 2].map((n) => ({ email: `infirmier-${n}-${tag}@e2e-guadeloupe.test`, lastName: `Parcours${n}${tag}` }));
  try {
    for (const volunteer of volunteers) {
      const userId = randomUUID();
      const professionalId = randomUUID();
      await client.query(
        `INSERT INTO users (id, email, role, status, first_name, last_name, updated_at) VALUES ($1, $2, 'PROFESSIONAL', 'ACTIVE', 'Joëlle', $3, now())`,
        [userId, volunteer.email, volunteer.lastName],
      );
      await client.query(
        `INSERT INTO professionals (id, user_id, phone, postal_code, city, department_code, region_code, longitude, latitude,
           profession_code, activity_type, identifier_type, mobilisation, available_weekdays, available_weekends,
           terms_accepted_at, data_consent_at, updated_at)
         VALUES ($1, $2, '0690000000', '97110', 'Pointe-à-Pitre', '971', '01', -61.53, 16.24, 'NURSE', 'EMPLOYEE', 'NONE',
           'REGIONAL', true, true, now(), now(), now())`,
        [professionalId, userId],
      );
      await client.query(`INSERT INTO availability_periods (id, professional_id, start_date, end_date) VALUES ($1, $2, $3, NULL)`, [randomUUID(), professionalId, day(0)]);
    }
  } finally {
    await client.end();
  }
  return volunteers;
}

async function requestAccount(page: Page, email: string, establishment: string) {
  const payload = `97${String(randomInt(1_000_000, 9_999_999)).slice(0, 6)}`;
  await page.goto('/inscription/etablissement');
  await page.getByLabel('Nom*', { exact: true }).fill('Lauret');
  await page.getByLabel('Prénom*', { exact: true }).fill('Sylvie');
  await page.getByLabel('Courriel*', { exact: true }).fill(email);
  await page.getByLabel('Téléphone*', { exact: true }).fill('0590000000');
  await page.getByLabel('Catégorie établissement*').selectOption({ label: 'Établissements relevant de la loi hospitalière' });
  await page.getByLabel('N° FINESS géographique*').fill(`${payload}${computeLuhnCheckDigit(payload)}`);
  await page.getByLabel('Nom établissement*').fill(establishment);
  await page.getByLabel('Adresse*').fill('Route de Chauvel');
  await page.getByLabel('Code postal*').fill('97110');
  await page.getByLabel('Ville*').fill('Pointe-à-Pitre');
  await expect(page.getByLabel('Région de rattachement*')).toHaveValue('01');
  const missions = [
    { start: day(2), end: day(30), profession: 'Infirmier (IDE)', count: '2' },
    { start: day(5), end: day(20), profession: 'Aide-soignant', count: '1' },
  ];
  for (const [index, mission] of missions.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Ajouter une mission' }).click();
    const fields = page.getByRole('group', { name: `Mission ${index + 1}` });
    await fields.getByLabel('Date de début*').fill(mission.start);
    await fields.getByLabel('Date de fin*').fill(mission.end);
    await fields.getByLabel('Profession demandée*').selectOption({ label: mission.profession });
    await fields.getByLabel('Nombre*').fill(mission.count);
  }
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('dialog', { name: 'Demande de renfort prise en compte' })).toBeVisible();
}

test('request → CCS validation → activation → new need → choose on the map → contact, validate, refuse', async ({ page, request }) => {
  test.setTimeout(180_000);
  const since = new Date(Date.now() - 1000);
  const tag = randomUUID().slice(0, 8);
  const email = `direction-${tag}@e2e-guadeloupe.test`;
  const establishment = `CH de recette ${tag}`;
  const [chosen, refused] = await registerVolunteers(tag);

  await requestAccount(page, email, establishment);
  await waitForEmail(request, email, /^Demande de renfort prise en compte$/, since);

  await signIn(page, DEMO_ACCOUNTS.ccs);
  await page.goto('/ccs/demandes');
  const card = page.getByRole('article', { name: establishment });
  await card.getByRole('button', { name: 'Valider' }).click();
  await expect(card).toHaveCount(0);
  await signOut(page);

  const activation = await waitForEmail(request, email, /Activez votre compte/, since);
  await page.goto(activation.links.find((href) => href.includes('/mot-de-passe/nouveau?token='))!);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirmation du nouveau mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByText('Mot de passe enregistré')).toBeVisible();
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/etablissement$/);
  await expect(page.getByTestId('missions-table').getByText('POURVUE 0/2')).toBeVisible();

  // « Nouveau besoin »: one more mission, which appears on the dashboard.
  await page.getByRole('link', { name: 'Nouveau besoin' }).first().click();
  const mission = page.getByRole('group', { name: 'Mission 1' });
  await mission.getByLabel('Date de début*').fill(day(40));
  await mission.getByLabel('Date de fin*').fill(day(60));
  await mission.getByLabel('Profession demandée*').selectOption({ label: 'Sage-femme' });
  await mission.getByLabel('Nombre*').fill('1');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page).toHaveURL(/\/etablissement\?nouveau=1/);
  await expect(page.getByTestId('missions-table').getByRole('row').filter({ hasText: 'Sage-femme' })).toHaveCount(1);

  // « Choisir » on the nurse mission: both volunteers on the map and in the table.
  await page.getByTestId('missions-table').getByRole('row').filter({ hasText: 'Infirmier (IDE)' }).getByRole('link', { name: /^Choisir/ }).click();
  const map = page.locator('[data-points]');
  await expect(map).toHaveAttribute('data-points', '2');
  const row = (lastName: string) => page.getByRole('row').filter({ hasText: lastName });

  await row(chosen!.lastName).getByRole('button', { name: `Contacter Joëlle ${chosen!.lastName}` }).click();
  await expect(row(chosen!.lastName)).toHaveAttribute('data-status', 'CONTACTED');
  await row(chosen!.lastName).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Valider les candidatures' }).click();
  await expect(row(chosen!.lastName)).toHaveAttribute('data-status', 'ASSIGNED');
  await expect(page.getByTestId('mission-filled')).toHaveText('POURVUE 1/2');
  const assignment = await waitForEmail(request, chosen!.email, /^Affectation sur une mission de renfort$/, since);
  expect(assignment.text).toContain(establishment);
  expect(assignment.text).toContain(email);

  await row(refused!.lastName).getByRole('button', { name: `Contacter Joëlle ${refused!.lastName}` }).click();
  await expect(row(refused!.lastName)).toHaveAttribute('data-status', 'CONTACTED');
  await row(refused!.lastName).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Refuser les candidatures' }).click();
  await expect(row(refused!.lastName)).toHaveAttribute('data-status', 'DISPONIBLE');

  await page.goto('/etablissement');
  await expect(page.getByTestId('missions-table').getByText('POURVUE 1/2')).toBeVisible();
});
