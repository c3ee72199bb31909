import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from '../support/accounts';
import { expectNoAxeViolations } from '../support/axe';
import { withDatabase } from '../support/database';
import { waitForEmail } from '../support/mailbox';

// « Êtes-vous toujours disponible ? » on a phone (SPEC §5.2, decision 031): the time-based jobs run (the
// cron route, as Vercel Cron calls it), the email waits in the outbox, and its links work without
// signing in. Two volunteers made here, silent for 30 days: one answers « Oui » (then finds the link
// used), the other « Je ne suis plus disponible » (then signs in and finds themselves Indisponible).
// The seeded volunteers confirmed within the last 13 days: the run asks no one else. afterAll removes
// both accounts.

test.use({ viewport: { width: 390, height: 844 } });

const TAG = `Relance${randomUUID().slice(0, 6)}`.toLowerCase();
const YES = `${TAG}-oui@benevoles.renfort.test`;
const NO = `${TAG}-non@benevoles.renfort.test`;
const SUBJECT = /^Êtes-vous toujours disponible \?$/;

/** A Disponible volunteer of Occitanie, last confirmed 30 days ago, with the demo password. */
async function createSilentVolunteer(email: string): Promise<void> {
  await withDatabase(async (client) => {
    const userId = randomUUID();
    const professionalId = randomUUID();
    await client.query(
      `INSERT INTO users (id, email, password_hash, role, status, first_name, last_name, updated_at)
       SELECT $1, $2, password_hash, 'PROFESSIONAL', 'ACTIVE', 'Lou', $3, now() FROM users WHERE email = $4`,
      [userId, email, TAG, DEMO_ACCOUNTS.volunteer],
    );
    await client.query(
      `INSERT INTO professionals (id, user_id, phone, postal_code, city, department_code, region_code, longitude, latitude,
         profession_code, activity_type, identifier_type, mobilisation, available_weekdays, available_weekends,
         terms_accepted_at, data_consent_at, updated_at, availability_confirmed_at)
       VALUES ($1, $2, '0612345678', '31000', 'Toulouse', '31', '76', 1.4442, 43.6047, 'NURSE', 'EMPLOYEE', 'NONE', 'REGIONAL',
         true, true, now(), now(), now(), now() - interval '30 days')`,
      [professionalId, userId],
    );
    await client.query(`INSERT INTO availability_periods (id, professional_id, start_date, end_date) VALUES ($1, $2, current_date - 10, NULL)`, [
      randomUUID(),
      professionalId,
    ]);
  });
}

async function confirmation(email: string): Promise<{ available: boolean; confirmed: Date }> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ available: boolean; confirmed: Date }>(
      `SELECT p.available, p.availability_confirmed_at AS confirmed FROM professionals p JOIN users u ON u.id = p.user_id WHERE u.email = $1`,
      [email],
    );
    return rows[0]!;
  });
}

async function expectFitsAndAccessible(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

test.afterAll(async () => {
  await withDatabase((client) => client.query(`DELETE FROM users WHERE email = ANY($1::text[])`, [[YES, NO]]));
});

test('a volunteer silent for the period answers « Êtes-vous toujours disponible ? » from their phone, without signing in', async ({ page, request }) => {
  test.setTimeout(120_000);
  await createSilentVolunteer(YES);
  await createSilentVolunteer(NO);
  const before = new Date();

  // The time-based jobs, as the cron calls them: the check-in email is queued (and kept in the outbox).
  const tick = await request.post('/api/cron/tick', { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } });
  expect(tick.status()).toBe(200);
  const jobs = ((await tick.json()) as { jobs: { name: string; result: Record<string, number> }[] }).jobs;
  expect(jobs.find((job) => job.name === 'availability-checkins')?.result.sent).toBe(2);

  const yesEmail = await waitForEmail(request, YES, SUBJECT, new Date(before.getTime() - 5000));
  const yesLink = yesEmail.links.find((link) => link.includes('/disponibilite?') && link.includes('reponse=oui'))!;
  const noLinkOfYes = yesEmail.links.find((link) => link.includes('/disponibilite?') && link.includes('reponse=non'))!;
  expect(yesLink).toBeTruthy();

  // « Oui, toujours disponible »: the page asks for one tap, then thanks them.
  await page.goto(yesLink);
  await expect(page.getByRole('heading', { level: 1, name: 'Êtes-vous toujours disponible ?' })).toBeVisible();
  await expectFitsAndAccessible(page);
  await page.getByRole('button', { name: 'Oui, toujours disponible' }).click();
  await expect(page.getByText('Merci, votre disponibilité est confirmée')).toBeVisible();
  await expectFitsAndAccessible(page);
  const confirmed = await confirmation(YES);
  expect(confirmed.available).toBe(true);
  expect(confirmed.confirmed.getTime()).toBeGreaterThan(before.getTime() - 5000);

  // The same link again, or the other one of the same email: a calm « déjà utilisé » page.
  for (const link of [yesLink, noLinkOfYes]) {
    await page.goto(link);
    await expect(page.getByText('Vous avez déjà répondu')).toBeVisible();
    await expect(page.getByRole('button', { name: /disponible/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Me connecter pour mettre à jour ma disponibilité' })).toHaveAttribute('href', '/connexion');
  }
  await expectFitsAndAccessible(page);
  expect((await confirmation(YES)).available).toBe(true);

  // « Je ne suis plus disponible »: Indisponible, as with the switch of their area.
  const noEmail = await waitForEmail(request, NO, SUBJECT, new Date(before.getTime() - 5000));
  const noLink = noEmail.links.find((link) => link.includes('/disponibilite?') && link.includes('reponse=non'))!;
  await page.goto(noLink);
  await page.getByRole('button', { name: 'Je ne suis plus disponible' }).click();
  await expect(page.getByText('C’est noté : vous êtes désormais « Indisponible »')).toBeVisible();
  expect((await confirmation(NO)).available).toBe(false);

  await signIn(page, NO);
  await expect(page).toHaveURL(/\/professionnel$/);
  await expect(page.getByTestId('volunteer-status')).toHaveText('Indisponible');
  const today = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date());
  await expect(page.getByTestId('availability-confirmed-at')).toHaveText(`Disponibilité confirmée le ${today}.`);
  await expectFitsAndAccessible(page);
});
