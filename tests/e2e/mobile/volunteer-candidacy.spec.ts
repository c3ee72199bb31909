import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from '../support/accounts';
import { expectNoAxeViolations } from '../support/axe';
import { withDatabase } from '../support/database';
import { waitForEmail } from '../support/mailbox';

// « Ma candidature » on a phone (SPEC §5.2): the Lyon demo establishment contacts a volunteer, who sees
// who holds them and until when, answers « Je ne suis pas disponible pour cette mission », is
// Disponible again at once, and the establishment gets « Un renfort n'est plus disponible pour votre
// mission ». Lyon (region 84) is touched by no other journey; the volunteer is made for this test.

const ESTABLISHMENT = 'contact-lyon@etablissements.renfort.test';
const TAG = `Decline${randomUUID().slice(0, 6)}`;
const VOLUNTEER = { email: `${TAG.toLowerCase()}@benevoles.renfort.test`, firstName: 'Maëlle', lastName: TAG };

test.use({ viewport: { width: 390, height: 844 } });

/**
 * A nurse anaesthetist of Lyon with réanimation experience, as sign-up would store them, who can sign in
 * with the demo password; returns the id of the Lyon mission they match.
 */
async function createVolunteer(): Promise<string> {
  return withDatabase(async (client) => {
    const userId = randomUUID();
    const professionalId = randomUUID();
    await client.query(
      `INSERT INTO users (id, email, role, status, first_name, last_name, password_hash, updated_at)
       SELECT $1, $2, 'PROFESSIONAL', 'ACTIVE', $3, $4, password_hash, now() FROM users WHERE email = $5`,
      [userId, VOLUNTEER.email, VOLUNTEER.firstName, VOLUNTEER.lastName, DEMO_ACCOUNTS.volunteer],
    );
    await client.query(
      `INSERT INTO professionals (id, user_id, phone, postal_code, city, department_code, region_code, longitude, latitude,
         profession_code, activity_type, identifier_type, mobilisation, available_weekdays, available_weekends, icu_experience,
         terms_accepted_at, data_consent_at, updated_at)
       VALUES ($1, $2, '0612345678', '69006', 'Lyon', '69', '84', 4.8518, 45.7676, 'NURSE_ANAESTHETIST', 'EMPLOYEE', 'NONE', 'REGIONAL',
         true, true, true, now(), now(), now())`,
      [professionalId, userId],
    );
    await client.query(`INSERT INTO availability_periods (id, professional_id, start_date, end_date) VALUES ($1, $2, current_date - 10, NULL)`, [
      randomUUID(),
      professionalId,
    ]);
    const { rows } = await client.query<{ id: string }>(
      `SELECT m.id FROM missions m JOIN establishment_memberships em ON em.establishment_id = m.establishment_id
        JOIN users u ON u.id = em.user_id WHERE u.email = $1 AND m.profession_code = 'NURSE_ANAESTHETIST' AND m.status = 'OPEN'`,
      [ESTABLISHMENT],
    );
    expect(rows).toHaveLength(1);
    return rows[0]!.id;
  });
}

test('a contacted volunteer declines from « Ma candidature » and is Disponible again; the establishment is told', async ({ browser, page, request }) => {
  const missionId = await createVolunteer();

  // The establishment contacts them from « Choisir » (its own desktop browser).
  const establishment = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(establishment, ESTABLISHMENT);
  await establishment.goto(`/etablissement/besoins/${missionId}?lastName=${TAG}`);
  const row = establishment.getByTestId('candidate-row');
  await expect(row).toHaveCount(1);
  // Once the map has drawn (it moves the table while loading), with the keyboard as many agents do.
  await expect(establishment.getByTestId('candidate-map')).toHaveAttribute('data-state', 'ready');
  await row.getByRole('button', { name: `Contacter ${VOLUNTEER.firstName} ${VOLUNTEER.lastName}` }).press('Enter');
  await expect(row).toHaveAttribute('data-status', 'CONTACTED');
  await establishment.context().close();

  // The volunteer, on their phone.
  await signIn(page, VOLUNTEER.email);
  await expect(page).toHaveURL(/\/professionnel$/);
  await expect(page.getByTestId('volunteer-status')).toHaveText('Contacté');
  const candidacy = page.getByTestId('my-candidacy');
  await expect(candidacy.getByRole('heading', { name: 'Ma candidature' })).toBeVisible();
  await expect(candidacy.getByTestId('candidacy-establishment')).toContainText('Clinique du Parc de Lyon, ');
  await expect(candidacy.getByTestId('candidacy-mission')).toContainText('Infirmier anesthésiste');
  await expect(candidacy.getByTestId('candidacy-since')).toContainText('Depuis le ');
  await expect(candidacy.getByTestId('candidacy-until')).toContainText('au plus tard');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  const since = new Date(Date.now() - 5_000);
  await candidacy.getByRole('button', { name: 'Je ne suis pas disponible pour cette mission' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vous n’êtes pas disponible pour cette mission ?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Confirmer : je ne suis pas disponible' }).click();

  await expect(page.getByTestId('candidacy-declined')).toContainText('Vous n’êtes plus réservé(e) pour cette mission');
  await expect(page.getByTestId('volunteer-status')).toHaveText('Disponible');
  await page.reload();
  await expect(page.getByTestId('volunteer-status')).toHaveText('Disponible');
  await expect(page.getByTestId('my-candidacy')).toHaveCount(0);

  const email = await waitForEmail(request, ESTABLISHMENT, /^Un renfort n'est plus disponible pour votre mission$/, since);
  expect(email.text).toContain(`${VOLUNTEER.firstName} ${VOLUNTEER.lastName} a indiqué le`);
  expect(email.links.some((link) => link.endsWith(`/etablissement/besoins/${missionId}`))).toBe(true);
});
