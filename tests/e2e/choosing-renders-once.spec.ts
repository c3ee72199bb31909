import { expect, test, type Request } from '@playwright/test';
import pg from 'pg';
import { DEMO_ACCOUNTS, signIn } from './support/accounts';

// « Contacter » renders the « Choisir » page once (issue 9): the server action revalidates the
// establishment's area, so its response already carries the page rendered afresh; a `router.refresh()`
// after it would render the page — and run the whole candidate search — a second time.

/** A navigation of the App Router to `pathname` that is not a prefetch: a render of the page. */
function isPageRefetch(request: Request, pathname: string): boolean {
  const url = new URL(request.url());
  if (request.method() !== 'GET' || url.pathname !== pathname) return false;
  const headers = request.headers();
  const prefetch = headers['next-router-prefetch'] !== undefined || headers['next-router-segment-prefetch'] !== undefined;
  return !prefetch && (headers.rsc === '1' || url.searchParams.has('_rsc'));
}

test('« Contacter » on the « Choisir » page: one server action, no second render, « Contacté »', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.establishment);
  await page.goto('/etablissement');
  await page.getByTestId('missions-table').getByRole('row').filter({ hasText: 'Infirmier (IDE)' }).first().getByRole('link', { name: /^Choisir/ }).click();
  await expect(page).toHaveURL(/\/etablissement\/besoins\/[0-9a-f-]{36}$/);
  const pathname = new URL(page.url()).pathname;
  const missionId = pathname.split('/').pop()!;

  const candidate = page.locator('[data-testid="candidate-row"][data-status="DISPONIBLE"]').first();
  await expect(candidate).toBeVisible();
  const professionalId = (await candidate.getAttribute('data-professional-id'))!;
  const row = page.locator(`[data-testid="candidate-row"][data-professional-id="${professionalId}"]`);
  const contact = row.getByRole('button', { name: /^Contacter / });

  const actions: Request[] = [];
  const refetches: Request[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'POST' && url.pathname === pathname && request.headers()['next-action']) actions.push(request);
    if (isPageRefetch(request, pathname)) refetches.push(request);
  });
  try {
    await contact.click();
    await expect(row).toHaveAttribute('data-status', 'CONTACTED');
    await expect(row.getByText('Contacté', { exact: true })).toBeVisible();
    // A refresh would be sent as soon as the action answered: leave it the time to show up.
    await page.waitForTimeout(1_500);
    expect(actions, 'one server-action POST').toHaveLength(1);
    expect(refetches.map((request) => request.url()), 'no RSC refetch of the page').toEqual([]);
  } finally {
    // The demo data stays as other journeys expect it: the volunteer is free again.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(`DELETE FROM candidacies WHERE mission_id = $1 AND professional_id = $2 AND status = 'CONTACTED'`, [missionId, professionalId]);
    } finally {
      await client.end();
    }
  }
});
