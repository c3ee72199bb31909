import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { withDatabase } from './support/database';
import { waitForEmail } from './support/mailbox';

// « Gestion de crise » (SPEC §7.2, issue 5): the ARS of Île-de-France switches crisis mode on for one
// profession; the Créteil establishment then sees no direct candidate for it; the ARS pushes two
// volunteers; the establishment gets the email, contacts and validates one, refuses the other.
// Psychomotricien is asked by no seeded mission and chosen by no seeded Île-de-France volunteer, so the
// two volunteers created here are the only candidates. Crisis mode is switched off and the mission
// archived at the end through the pages; afterAll then removes what this file created, so the counts
// other journeys read (Toulouse's missions, Créteil's seeded missions and assignments) are left alone.

const TAG = `Crise${randomUUID().slice(0, 6)}`;
const PROFESSION = 'PSYCHOMOTOR_THERAPIST';
const PROFESSION_LABEL = 'Psychomotricien';
const VOLUNTEERS = [
  { firstName: 'Agathe', lastName: `${TAG}Un` },
  { firstName: 'Bruno', lastName: `${TAG}Deux` },
];

function isoDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Two volunteers who chose Île-de-France, as sign-up would store them (the triggers fill the search columns). */
async function createVolunteers(): Promise<void> {
  await withDatabase(async (client) => {
    for (const volunteer of VOLUNTEERS) {
      const userId = randomUUID();
      const professionalId = randomUUID();
      await client.query(
        `INSERT INTO users (id, email, role, status, first_name, last_name, updated_at)
         VALUES ($1, $2, 'PROFESSIONAL', 'ACTIVE', $3, $4, now())`,
        [userId, `${volunteer.lastName.toLowerCase()}@benevoles.renfort.test`, volunteer.firstName, volunteer.lastName],
      );
      await client.query(
        `INSERT INTO professionals (id, user_id, phone, postal_code, city, department_code, region_code, longitude, latitude,
           profession_code, activity_type, identifier_type, mobilisation, available_weekdays, available_weekends,
           terms_accepted_at, data_consent_at, updated_at)
         VALUES ($1, $2, '0612345678', '94000', 'Créteil', '94', '11', 2.4553, 48.7904, $3, 'EMPLOYEE', 'NONE', 'REGIONAL',
           true, true, now(), now(), now())`,
        [professionalId, userId, PROFESSION],
      );
      await client.query(`INSERT INTO availability_periods (id, professional_id, start_date, end_date) VALUES ($1, $2, $3, NULL)`, [
        randomUUID(),
        professionalId,
        isoDay(-10),
      ]);
    }
  });
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** « Nouveau besoin » as the Créteil establishment; returns the new mission's id. */
async function createMission(establishment: Page): Promise<string> {
  await establishment.goto('/etablissement/besoins/nouveau');
  await establishment.getByLabel('Date de début*').fill(isoDay(3));
  await establishment.getByLabel('Date de fin*').fill(isoDay(40));
  await establishment.getByLabel('Profession demandée*').selectOption(PROFESSION);
  await establishment.getByLabel('Nombre*').fill('2');
  await establishment.getByLabel('Précisions').fill(`Renfort ${TAG}`);
  await establishment.getByRole('button', { name: 'Valider' }).click();
  await expect(establishment).toHaveURL(/\/etablissement\?nouveau=1/);
  const row = establishment.getByTestId('mission-row').filter({ hasText: `Renfort ${TAG}` });
  const href = await row.getByRole('link', { name: /Choisir/ }).getAttribute('href');
  const id = href?.split('/').pop();
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id!;
}

async function candidateRows(establishment: Page, missionId: string) {
  await establishment.goto(`/etablissement/besoins/${missionId}?lastName=${TAG}`);
  return establishment.getByTestId('candidate-row');
}

async function switchCrisisOff(ars: Page): Promise<void> {
  await ars.goto('/ars/crise');
  const off = ars.getByRole('button', { name: 'Désactiver le mode gestion de crise' });
  if (await off.isVisible()) {
    await off.click();
    await expect(ars.getByTestId('crisis-notice')).toContainText('désactivé');
  }
}

test.afterAll(async () => {
  // Whatever happened above, Île-de-France leaves this file in direct mode, and the Créteil establishment
  // as seeded: the mission, its candidacies (one of them « Affecté ») and the two volunteers are removed,
  // so that no other journey finds an assignment or a mission it did not expect.
  await withDatabase(async (client) => {
    await client.query(`UPDATE crisis_modes SET ended_at = now() WHERE region_code = '11' AND ended_at IS NULL`);
    const missions = `SELECT id FROM missions WHERE details = $1`;
    await client.query(`DELETE FROM candidacies WHERE mission_id IN (${missions})`, [`Renfort ${TAG}`]);
    await client.query(`DELETE FROM missions WHERE details = $1`, [`Renfort ${TAG}`]);
    await client.query(`DELETE FROM users WHERE email = ANY($1::text[])`, [VOLUNTEERS.map((v) => `${v.lastName.toLowerCase()}@benevoles.renfort.test`)]);
  });
});

test('crisis mode: the ARS pushes volunteers, the establishment validates one, the ARS releases the other', async ({ browser, request }) => {
  test.setTimeout(180_000);
  await createVolunteers();
  const establishment = await signedIn(browser, DEMO_ACCOUNTS.otherEstablishment);
  const ars = await signedIn(browser, DEMO_ACCOUNTS.arsIdf);
  try {
    const missionId = await createMission(establishment);
    // Direct mode: both volunteers are offered to the establishment.
    await expect(await candidateRows(establishment, missionId)).toHaveCount(2);

    // The ARS switches crisis mode on for this profession only.
    await ars.goto('/ars/crise');
    await expectNoAxeViolations(ars);
    await ars.getByLabel('Seulement les professions cochées ci-dessous').check();
    await ars.getByLabel(PROFESSION_LABEL, { exact: true }).check();
    await ars.getByRole('button', { name: 'Activer le mode gestion de crise' }).click();
    await expect(ars.getByTestId('crisis-notice')).toContainText('Mode gestion de crise activé');
    await expect(ars.getByTestId('crisis-state')).toContainText(PROFESSION_LABEL);
    await expect(ars.getByTestId('crisis-history')).toContainText(DEMO_ACCOUNTS.arsIdf);

    // The establishment's next request: no direct candidate, and the reason.
    await expect(await candidateRows(establishment, missionId)).toHaveCount(0);
    await establishment.goto(`/etablissement/besoins/${missionId}`);
    await expect(establishment.getByText('Gestion de crise', { exact: true })).toBeVisible();
    await expect(establishment.getByTestId('candidate-row')).toHaveCount(0);
    await expect(establishment.getByTestId('no-candidates')).toContainText('L’ARS ne vous a pas encore proposé de renfort');

    // The ARS finds the mission in its table and pushes the two volunteers.
    await ars.goto(`/ars/missions?profession=${PROFESSION}`);
    await expectNoAxeViolations(ars);
    const missionRow = ars.locator(`[data-mission-id="${missionId}"]`);
    await expect(missionRow).toContainText('POURVUE 0/2');
    await missionRow.getByRole('link', { name: /Proposer/ }).click();
    await expect(ars).toHaveURL(new RegExp(`/ars/missions/${missionId}`));
    await ars.goto(`/ars/missions/${missionId}?lastName=${TAG}`);
    await expectNoAxeViolations(ars);
    const pushedAt = new Date(Date.now() - 5_000);
    for (const volunteer of VOLUNTEERS) await ars.getByLabel(`Sélectionner ${volunteer.firstName} ${volunteer.lastName}`).check();
    await ars.getByRole('button', { name: 'Proposer', exact: true }).click();
    await expect(ars.getByTestId('proposer-notice')).toContainText('2 renforts proposés');
    await expect(ars.getByTestId('mission-candidacy')).toHaveCount(2);

    const email = await waitForEmail(request, DEMO_ACCOUNTS.otherEstablishment, /^Nouvelles propositions de renfort pour votre mission$/, pushedAt);
    expect(email.text).toContain('nous vous proposons d');
    expect(email.text).toContain(DEMO_ACCOUNTS.arsIdf);

    // The establishment sees exactly the two pushed volunteers, « En cours », and proceeds as in direct mode.
    const rows = await candidateRows(establishment, missionId);
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: 'En cours' })).toHaveCount(2);
    const [kept, refused] = VOLUNTEERS.map((v) => `${v.firstName} ${v.lastName}`);
    await establishment.getByRole('button', { name: `Contacter ${kept}` }).click();
    await expect(establishment.getByTestId('choosing-notice')).toContainText('Contacté');
    await establishment.getByLabel(`Sélectionner ${kept}`).check();
    await establishment.getByRole('button', { name: 'Valider les candidatures' }).click();
    await expect(establishment.getByTestId('choosing-notice')).toContainText('1 candidature validée');

    await establishment.getByRole('button', { name: `Contacter ${refused}` }).click();
    await expect(establishment.getByTestId('choosing-notice')).toContainText('Contacté');

    // The establishment leaves the second one undecided: the ARS releases that reservation from « Proposer »,
    // a refusal on its behalf (decision 043; the establishment's own refusal is in establishment-journey).
    const releasedAt = new Date(Date.now() - 5_000);
    await ars.goto(`/ars/missions/${missionId}`);
    await ars.getByRole('button', { name: `Libérer la réservation de ${refused}` }).click();
    await ars.getByRole('dialog', { name: `Libérer la réservation de ${refused} ?` }).getByRole('button', { name: 'Libérer', exact: true }).click();
    await expect(ars.getByTestId('candidacies-notice')).toContainText(`La réservation de ${refused} est libérée`);
    await expect(ars.getByRole('button', { name: /^Libérer la réservation de/ })).toHaveCount(0);
    const released = await waitForEmail(request, DEMO_ACCOUNTS.otherEstablishment, /^Une réservation de renfort a été libérée$/, releasedAt);
    expect(released.text).toContain(`L’ARS Île-de-France a libéré la réservation de ${refused}`);

    // Released, the volunteer is free again — and, crisis mode still on, no longer shown directly.
    const after = await candidateRows(establishment, missionId);
    await expect(after).toHaveCount(1);
    await expect(after.first()).toContainText('Affecté');

    // The ARS's view of it: POURVUE 1/2, the assignment « poussé par l'ARS ».
    await ars.goto(`/ars/missions/${missionId}`);
    await expect(ars.getByTestId('mission-filled')).toContainText('POURVUE 1/2');
    await ars.goto('/ars/affectations');
    await expectNoAxeViolations(ars);
    await expect(ars.getByTestId('assignment-row').filter({ hasText: VOLUNTEERS[0]!.lastName })).toContainText('Oui (ARS)');

    // Back to direct mode, and the mission archived so that it leaves the establishment's open ones.
    await switchCrisisOff(ars);
    await ars.goto(`/ars/missions?profession=${PROFESSION}`);
    await ars.locator(`[data-mission-id="${missionId}"]`).getByRole('button', { name: /Archiver/ }).click();
    await ars.getByRole('button', { name: 'Archiver la mission', exact: true }).click();
    await expect(ars.locator(`[data-mission-id="${missionId}"]`)).toHaveCount(0);
  } finally {
    await switchCrisisOff(ars).catch(() => undefined);
    await establishment.context().close();
    await ars.context().close();
  }
});

test('the regulation pages of the ARS and the CCS have no axe violations', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.arsIdf);
  for (const path of ['/ars/benevoles', '/ars/parametres']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.getByRole('link', { name: 'Bénévoles' }).click();
  await page.getByTestId('volunteer-row').first().getByRole('link', { name: /Fiche/ }).click();
  await expect(page.getByRole('heading', { name: 'Candidatures' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().clearCookies();

  await signIn(page, DEMO_ACCOUNTS.ccs);
  for (const path of ['/ccs/alertes', '/ccs/missions', '/ccs/benevoles', '/ccs/affectations', '/ccs/crise?region=11', '/ccs/parametres?region=11']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  // The CCS's Proposer page of a seeded mission, with its search of every region.
  await page.goto('/ccs/missions?region=11');
  await page.getByTestId('mission-row').first().getByRole('link', { name: /Proposer|Voir/ }).click();
  await expect(page.getByRole('button', { name: 'Ouvrir le vivier national' })).toBeVisible();
  await expectNoAxeViolations(page);
});
