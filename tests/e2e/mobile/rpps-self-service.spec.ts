import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from '../support/accounts';
import { expectNoAxeViolations } from '../support/axe';
import { withDatabase } from '../support/database';
import { IDENTITIES } from '../support/identity-provider';
import { waitForEmail } from '../support/mailbox';

// « Mon enregistrement RPPS » on a phone (SPEC §8, docs/decisions/042): the demo nurse Lucie Bonnet, whose
// RPPS number PSC certifies, changes her contact data in the directory herself. A password session is
// sent to Pro Santé Connect first; back from it, the change is filed « Envoyée au RPPS par le
// professionnel » and answered by the directory. The record is put in the directory for this journey
// only and removed after, so that the other journeys keep seeing her number certified by PSC alone.

const LUCIE_RPPS = '10101010101';
const PREVIOUS_EMAIL = 'lucie.bonnet@exemple.test';
const NEW_EMAIL = 'lucie.bonnet@nouvelle-adresse.test';

test.beforeAll(async () => {
  await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO rpps_records (id, rpps_number, civility, sex, birth_last_name, first_names, birth_date, birth_country, birth_commune_name,
         email, practice_last_name, practice_first_name, updated_at)
       VALUES (gen_random_uuid(), $1, 'MRS', 'FEMALE', 'Bonnet', 'Lucie', '1990-03-14', 'FR', 'Toulouse', $2, 'Bonnet', 'Lucie', now())
       ON CONFLICT (rpps_number) DO NOTHING RETURNING id`,
      [LUCIE_RPPS, PREVIOUS_EMAIL],
    );
    if (rows.length === 0) return;
    await db.query(
      `INSERT INTO practice_situations (id, record_id, establishment_id, profession_code, role, practice_mode, start_date)
       SELECT gen_random_uuid(), $1, s.establishment_id, 'NURSE', 'Infirmière', 'EMPLOYEE', '2020-01-06'
       FROM practice_situations s JOIN rpps_records r ON r.id = s.record_id WHERE r.practice_last_name = 'Roussel' LIMIT 1`,
      [rows[0]!.id],
    );
  });
});

test.afterAll(async () => {
  await withDatabase(async (db) => {
    await db.query(`DELETE FROM rpps_requests WHERE record_id IN (SELECT id FROM rpps_records WHERE rpps_number = $1)`, [LUCIE_RPPS]);
    await db.query(`DELETE FROM rpps_records WHERE rpps_number = $1`, [LUCIE_RPPS]);
  });
});

test('a nurse signed in with her password is sent to Pro Santé Connect, then changes her RPPS contact data herself', async ({ page, request }) => {
  await page.context().clearCookies();
  await signIn(page, DEMO_ACCOUNTS.volunteer);
  await page.getByRole('navigation', { name: 'Navigation de votre espace' }).getByRole('link', { name: 'Mon enregistrement RPPS' }).click();
  await expect(page.getByRole('heading', { name: 'Mon enregistrement RPPS', level: 1 })).toBeVisible();
  await expect(page.getByText('Connexion avec Pro Santé Connect nécessaire')).toBeVisible();
  await expect(page.getByLabel('Adresse email*')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Se connecter avec Pro Santé Connect' }).click();
  await page.getByRole('button', { name: IDENTITIES.lucie, exact: true }).click();
  await expect(page).toHaveURL(/\/professionnel\/rpps$/);
  await expect(page.getByRole('heading', { name: 'Lucie Bonnet' })).toBeVisible();
  await expect(page.getByText(`Numéro RPPS : ${LUCIE_RPPS}`)).toBeVisible();
  await expectNoAxeViolations(page);

  const contact = page.getByRole('region', { name: 'Mes données de contact' });
  await contact.getByLabel('Adresse email*').fill('pas-une-adresse');
  await contact.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(contact.getByText(/adresse email/i).last()).toBeVisible();
  await expect(contact.getByLabel('Adresse email*')).toHaveValue('pas-une-adresse');

  const filedAt = new Date();
  await contact.getByLabel('Adresse email*').fill(NEW_EMAIL);
  await contact.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(contact.getByRole('status').filter({ hasText: /Demande n° P\d+ : Enregistrement RPPS validé/ })).toBeVisible();
  await expect(page.getByTestId('own-record-email')).toHaveText(NEW_EMAIL);
  await expect(page.getByTestId('own-record-history')).toContainText("Modification d'informations");

  const filed = await withDatabase(async (db) =>
    (
      await db.query<{ status: string; origin: string }>(
        `SELECT q.status, q.data->>'origin' AS origin FROM rpps_requests q JOIN rpps_records r ON r.id = q.record_id
         WHERE r.rpps_number = $1 AND q.procedure = 'UPDATE_INFORMATION'`,
        [LUCIE_RPPS],
      )
    ).rows,
  );
  expect(filed).toEqual([{ status: 'RPPS_VALIDATED', origin: 'PROFESSIONAL' }]);
  // The address being replaced is told, the new one masked (docs/decisions/042, update 2026-12-08).
  const notice = await waitForEmail(request, PREVIOUS_EMAIL, /^Demande de modification de vos données de contact au RPPS$/, filedAt);
  expect(notice.text).toContain('Adresse email : l***@nouvelle-adresse.test');
  expect(notice.text).not.toContain(NEW_EMAIL);
  const created = await withDatabase(async (db) =>
    (await db.query<{ count: string }>(`SELECT count(*) FROM audit_log WHERE action = 'rpps.update-sent' AND details->>'origin' = 'PROFESSIONAL'`)).rows[0]!.count,
  );
  expect(Number(created)).toBeGreaterThan(0);
});
