import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn, signOut } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { withDatabase } from './support/database';

// A mission gets filled, then archived (SPEC §6.2, §6.4), as the Créteil establishment: « Choisir »
// becomes « Voir », the page lists the volunteers still « Contacté » with their time left, « Refuser les
// autres contactés » frees them, and an archived mission opens read-only. Ergothérapeute is asked by no
// seeded mission; the four volunteers created here (one per role in the story) carry a tag, the table is
// filtered by it, and afterAll removes everything this file created, so no other journey sees it.

const TAG = `Pourvue${randomUUID().slice(0, 6)}`;
const PROFESSION = 'OCCUPATIONAL_THERAPIST';
const VOLUNTEERS = [
  { key: 'kept', firstName: 'Anaïs' },
  { key: 'second', firstName: 'Basile' },
  { key: 'third', firstName: 'Camille' },
  { key: 'earlier', firstName: 'Denis' },
].map((v, i) => ({ ...v, lastName: `${TAG}${['Un', 'Deux', 'Trois', 'Quatre'][i]}`, id: randomUUID() }));
const [KEPT, SECOND, THIRD, EARLIER] = VOLUNTEERS as [(typeof VOLUNTEERS)[number], (typeof VOLUNTEERS)[number], (typeof VOLUNTEERS)[number], (typeof VOLUNTEERS)[number]];
const OPEN_MISSION = randomUUID();
const ARCHIVED_MISSION = randomUUID();
const fullName = (v: { firstName: string; lastName: string }) => `${v.firstName} ${v.lastName}`;

function isoDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Four volunteers who chose Île-de-France, an open mission asking for one, and an archived one with a past. */
async function createData(): Promise<void> {
  await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM establishments WHERE name = 'Hôpital de démonstration de Créteil'`);
    const establishmentId = rows[0]!.id;
    for (const volunteer of VOLUNTEERS) {
      const userId = randomUUID();
      await client.query(
        `INSERT INTO users (id, email, role, status, first_name, last_name, updated_at) VALUES ($1, $2, 'PROFESSIONAL', 'ACTIVE', $3, $4, now())`,
        [userId, `${volunteer.lastName.toLowerCase()}@benevoles.renfort.test`, volunteer.firstName, volunteer.lastName],
      );
      await client.query(
        `INSERT INTO professionals (id, user_id, phone, postal_code, city, department_code, region_code, longitude, latitude,
           profession_code, activity_type, identifier_type, mobilisation, available_weekdays, available_weekends,
           terms_accepted_at, data_consent_at, updated_at)
         VALUES ($1, $2, '0612345678', '94000', 'Créteil', '94', '11', 2.4553, 48.7904, $3, 'EMPLOYEE', 'NONE', 'REGIONAL',
           true, true, now(), now(), now())`,
        [volunteer.id, userId, PROFESSION],
      );
      await client.query(`INSERT INTO availability_periods (id, professional_id, start_date, end_date) VALUES ($1, $2, $3, NULL)`, [randomUUID(), volunteer.id, isoDay(-60)]);
    }
    await client.query(
      `INSERT INTO missions (id, establishment_id, profession_code, start_date, end_date, requested_count, details, updated_at)
       VALUES ($1, $2, $3, $4, $5, 1, $6, now())`,
      [OPEN_MISSION, establishmentId, PROFESSION, isoDay(5), isoDay(35), `Renfort ${TAG}`],
    );
    await client.query(
      `INSERT INTO missions (id, establishment_id, profession_code, start_date, end_date, requested_count, filled_count, details, status, archived_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 2, 1, $6, 'ARCHIVED', now(), now())`,
      [ARCHIVED_MISSION, establishmentId, PROFESSION, isoDay(-50), isoDay(-20), `Archivée ${TAG}`],
    );
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
    // Along SPEC §10's path: the database creates a candidacy « Contacté » at most, then lets it move.
    const [assigned, refused] = [randomUUID(), randomUUID()];
    await client.query(
      `INSERT INTO candidacies (id, professional_id, mission_id, status, contacted_at, updated_at) VALUES
         ($1, $2, $3, 'CONTACTED', $4, $5), ($6, $7, $3, 'CONTACTED', $4, $5)`,
      [assigned, EARLIER.id, ARCHIVED_MISSION, day(-55), day(-54), refused, KEPT.id],
    );
    await client.query(
      `UPDATE candidacies SET status = CASE WHEN id = $1 THEN 'ASSIGNED' ELSE 'REFUSED' END::"CandidacyStatus", decided_at = $3
       WHERE id IN ($1, $2)`,
      [assigned, refused, day(-54)],
    );
  });
}

test.beforeAll(createData);

test.afterAll(async () => {
  await withDatabase(async (client) => {
    await client.query(`DELETE FROM candidacies WHERE mission_id = ANY($1::text[])`, [[OPEN_MISSION, ARCHIVED_MISSION]]);
    await client.query(`DELETE FROM missions WHERE id = ANY($1::text[])`, [[OPEN_MISSION, ARCHIVED_MISSION]]);
    await client.query(`DELETE FROM users WHERE email = ANY($1::text[])`, [VOLUNTEERS.map((v) => `${v.lastName.toLowerCase()}@benevoles.renfort.test`)]);
  });
});

function missionRow(page: Page, text: string) {
  return page.getByTestId('missions-table').getByTestId('mission-row').filter({ hasText: text });
}

const candidateRow = (page: Page, volunteer: { id: string }) => page.locator(`[data-testid="candidate-row"][data-professional-id="${volunteer.id}"]`);

test('a filled mission: « Voir », the remaining « Contacté » with their time left, « Refuser les autres contactés »', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_ACCOUNTS.otherEstablishment);
  await page.goto('/etablissement');
  await missionRow(page, `Renfort ${TAG}`).getByRole('link', { name: /^Choisir/ }).click();
  await expect(page).toHaveURL(new RegExp(`/etablissement/besoins/${OPEN_MISSION}$`));
  await page.goto(`/etablissement/besoins/${OPEN_MISSION}?lastName=${TAG}`);

  // Three contacted: each row says how long the volunteer stays reserved (the region's 72 h).
  for (const volunteer of [KEPT, SECOND, THIRD]) {
    await candidateRow(page, volunteer).getByRole('button', { name: `Contacter ${fullName(volunteer)}` }).click();
    await expect(candidateRow(page, volunteer)).toHaveAttribute('data-status', 'CONTACTED');
    await expect(candidateRow(page, volunteer).getByTestId('reservation-time-left')).toHaveText(/^Réservé encore (3\sj|2\sj\s23\sh)$/);
  }

  // Validating one fills the mission: the page turns into « Mission pourvue », without map nor search.
  await candidateRow(page, KEPT).getByRole('checkbox', { name: `Sélectionner ${fullName(KEPT)}` }).check();
  await page.getByRole('button', { name: 'Valider les candidatures' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mission pourvue');
  await expect(page.getByTestId('mission-filled')).toHaveText('POURVUE 1/1');
  await expect(page.getByTestId('candidate-map')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Contacter/ })).toHaveCount(0);

  // The dashboard: « Voir » instead of « Choisir », and the two reservations with their time left.
  await page.goto('/etablissement');
  const row = missionRow(page, `Renfort ${TAG}`);
  await expect(row).toContainText('POURVUE 1/1');
  await expect(row.getByRole('link', { name: /^Choisir/ })).toHaveCount(0);
  const reservations = page.getByTestId('pending-reservation').filter({ hasText: TAG });
  await expect(reservations).toHaveCount(2);
  await expect(reservations.first()).toContainText(/Réservé encore (3\sj|2\sj\s23\sh)/);
  await expectNoAxeViolations(page);
  await row.getByRole('link', { name: /^Voir la mission/ }).click();
  await expect(page).toHaveURL(new RegExp(`/etablissement/besoins/${OPEN_MISSION}$`));

  // The volunteers still « Contacté » and the « Affecté » one; the others are refused in one click.
  await expect(page.getByText('Cette mission est pourvue (1/1).')).toBeVisible();
  await expect(candidateRow(page, SECOND)).toHaveAttribute('data-status', 'CONTACTED');
  await expect(candidateRow(page, THIRD)).toHaveAttribute('data-status', 'CONTACTED');
  await expect(candidateRow(page, KEPT)).toHaveAttribute('data-status', 'ASSIGNED');
  await expect(candidateRow(page, SECOND).getByTestId('reservation-time-left')).toHaveText(/^Réservé encore/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Refuser les autres contactés' }).click();
  await expect(page.getByTestId('choosing-notice')).toContainText('2 candidatures refusées : les professionnels sont de nouveau disponibles pour les autres établissements.');
  await expect(page.getByTestId('candidate-row')).toHaveCount(1);
  await expect(page.getByTestId('no-remaining-contacted')).toBeVisible();

  // « Disponible » again, for everyone.
  for (const volunteer of [SECOND, THIRD]) {
    await page.goto(`/etablissement/candidats/${volunteer.id}`);
    await expect(page.getByTestId('sheet-status')).toHaveText('Disponible');
  }

  // Another FINESS: not found.
  await signOut(page);
  await signIn(page, DEMO_ACCOUNTS.establishment);
  expect((await page.goto(`/etablissement/besoins/${OPEN_MISSION}`))?.status()).toBe(404);
});

test('an archived mission opens read-only from the archived missions: its assignments and its history', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.otherEstablishment);
  await page.goto('/etablissement');
  await expect(missionRow(page, `Archivée ${TAG}`)).toHaveCount(0);
  await page.getByRole('link', { name: 'Voir les missions archivées' }).click();
  await expect(page).toHaveURL(/status=ARCHIVED/);
  const row = missionRow(page, `Archivée ${TAG}`);
  await expect(row).toContainText('Archivée');
  await expect(row).toContainText('POURVUE 1/2');
  await row.getByRole('link', { name: /^Voir la mission/ }).click();
  await expect(page).toHaveURL(new RegExp(`/etablissement/besoins/${ARCHIVED_MISSION}$`));

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mission archivée');
  await expect(page.getByText('Cette mission est archivée.')).toBeVisible();
  await expect(page.getByTestId('assignment-row')).toHaveCount(1);
  await expect(page.getByTestId('assignment-row')).toContainText(EARLIER.lastName);
  const history = page.getByTestId('history-row');
  await expect(history).toHaveCount(2);
  await expect(history.filter({ hasText: EARLIER.lastName })).toContainText('Affecté');
  await expect(history.filter({ hasText: KEPT.lastName })).toContainText('Refusé');
  // Read-only: nothing to tick, nobody to contact, validate or refuse.
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Contacter|Valider|Refuser/ })).toHaveCount(0);
  await expect(page.getByTestId('candidate-map')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await signOut(page);
  await signIn(page, DEMO_ACCOUNTS.establishment);
  expect((await page.goto(`/etablissement/besoins/${ARCHIVED_MISSION}`))?.status()).toBe(404);
});
