import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { waitForEmail } from './support/mailbox';

// « Choisir » (SPEC §6.4) from the dashboard, as the Créteil establishment: its nurse mission (5 asked,
// réanimation required) has one matching Île-de-France volunteer in the demo data. The journey runs on
// Créteil, not Toulouse, because other journeys count Toulouse's filled positions.

/** Where the map draws a candidate, relative to the map: the first blob of the candidates' blue in a screenshot. */
async function candidateMarkerPosition(page: Page, map: Locator): Promise<{ x: number; y: number }> {
  const png = await map.screenshot();
  const spot = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    // #0063cb, the candidates' blue (components/map/map-layers.ts).
    const blue = (i: number) => Math.abs(data[i]! - 0) < 12 && Math.abs(data[i + 1]! - 99) < 12 && Math.abs(data[i + 2]! - 203) < 12;
    let first: { x: number; y: number } | null = null;
    let sumX = 0;
    let sumY = 0;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (!blue(i)) continue;
      const x = (i / 4) % image.width;
      const y = Math.floor(i / 4 / image.width);
      first ??= { x, y };
      // One marker: the pixels near the first one found (a marker is 18 px across at most).
      if (Math.abs(x - first.x) > 12 || y - first.y > 24) continue;
      sumX += x;
      sumY += y;
      count += 1;
    }
    return count === 0 ? null : { x: sumX / count / window.devicePixelRatio, y: sumY / count / window.devicePixelRatio };
  }, png.toString('base64'));
  expect(spot, 'a blue candidate marker is drawn').not.toBeNull();
  return spot!;
}

/** « Choisir » on the dashboard's row of the Créteil nurse mission. */
function choosingLink(page: Page): Locator {
  return page.getByTestId('missions-table').getByRole('row').filter({ hasText: 'Infirmier (IDE)' }).getByRole('link', { name: /^Choisir/ });
}

test('an establishment filters, contacts, refuses, then validates a candidate from the map and the table', async ({ page, request, context, baseURL }) => {
  test.setTimeout(120_000); // a long journey; a loaded CI machine needs more than the default minute
  // Offline (no tile server, nothing from another origin) and without a script or WebGL error.
  const elsewhere: string[] = [];
  const errors: string[] = [];
  page.on('request', (sent) => {
    if (!/^(data|blob):/.test(sent.url()) && new URL(sent.url()).origin !== new URL(baseURL!).origin) elsewhere.push(sent.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // (A missing favicon is reported as « Failed to load resource »: not this page's concern.)
  page.on('console', (message) => message.type() === 'error' && !/Failed to load resource/.test(message.text()) && errors.push(message.text()));
  await signIn(page, DEMO_ACCOUNTS.otherEstablishment);
  await page.goto('/etablissement');
  await choosingLink(page).click();
  await expect(page).toHaveURL(/\/etablissement\/besoins\/[0-9a-f-]{36}$/);

  await expect(page.getByText('Proposition de renfort : n’oubliez pas de mettre à jour le statut')).toBeVisible();
  await expect(page.getByText('Ne bloquez pas tous les candidats !')).toBeVisible();
  await expect(page.getByTestId('mission-filled')).toHaveText('POURVUE 0/5');

  // The map: MapLibre's canvas, the establishment's green marker, the candidates in the source.
  const map = page.getByTestId('candidate-map');
  await expect(map).toHaveAttribute('data-state', 'ready');
  await expect(map.locator('canvas.maplibregl-canvas')).toBeVisible();
  await expect(page.getByTestId('establishment-marker')).toBeVisible();
  const points = Number(await map.getAttribute('data-source-points'));
  expect(points).toBeGreaterThan(0);
  // Zooming in asks the server for the new view, with the table's filters: the whole pool stays grouped
  // by the server (decision 037), never more volunteers than the table counts.
  const view = page.waitForResponse((response) => /\/api\/missions\/[^/]+\/map\?/.test(response.url()));
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  const answer = await view;
  expect(answer.status()).toBe(200);
  const zoomed = (await answer.json()) as { zoom: number; features: [number, number, number, string | null][] };
  expect(zoomed.features.reduce((sum, [, , count]) => sum + count, 0)).toBeLessThanOrEqual(points);

  const rows = page.getByTestId('candidate-row');
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  await expect(page.getByTestId('pagination-summary')).toHaveText(new RegExp(`^Affichage 1 - ${total} de \\d+ éléments?$`));
  const row = rows.first();
  const professionalId = (await row.getAttribute('data-professional-id'))!;
  const lastName = (await row.locator('td').nth(1).textContent())!;
  const firstName = (await row.locator('td').nth(2).textContent())!;
  const candidateRow = page.locator(`[data-testid="candidate-row"][data-professional-id="${professionalId}"]`);
  await expect(candidateRow).toHaveAttribute('data-status', 'DISPONIBLE');

  await expectNoAxeViolations(page);

  // A filter writes the URL, shows its chip, and the table and the map follow it.
  await page.locator('summary', { hasText: 'Filtrer les candidats' }).click();
  const filters = page.getByRole('search', { name: 'Filtrer les candidats' });
  await filters.getByLabel('Statut').selectOption({ label: 'Contacté' });
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/[?&]status=CONTACTED/);
  await expect(page.getByRole('link', { name: 'Retirer le filtre Statut : Contacté' })).toBeVisible();
  await expect(page.getByTestId('no-candidates')).toHaveText('Aucun candidat ne correspond à ces filtres.');
  await expect(rows).toHaveCount(0);
  await expect(map).toHaveAttribute('data-source-points', '0');
  await expectNoAxeViolations(page); // the open filter form, the chips, the empty table
  await page.getByRole('link', { name: 'Retirer le filtre Statut : Contacté' }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(rows).toHaveCount(total);
  await expect(map).toHaveAttribute('data-source-points', String(points));

  // Sorting by a column header.
  await page.getByRole('link', { name: /^Nom/ }).click();
  await expect(page).toHaveURL(/sort=lastName/);
  await expect(page.getByRole('columnheader', { name: /^Nom/ })).toHaveAttribute('aria-sort', 'ascending');

  // Contact from the table, then refuse: the volunteer is « Disponible » again.
  const box = candidateRow.getByRole('checkbox', { name: `Sélectionner ${firstName} ${lastName}` });
  await expect(box).toBeDisabled();
  await candidateRow.getByRole('button', { name: `Contacter ${firstName} ${lastName}` }).click();
  await expect(candidateRow).toHaveAttribute('data-status', 'CONTACTED');
  await expect(candidateRow.getByText('Contacté', { exact: true })).toBeVisible();
  const refuse = page.getByRole('button', { name: 'Refuser les candidatures' });
  await expect(refuse).toBeDisabled();
  await box.check();
  await refuse.click();
  await expect(page.getByText('1 candidature refusée : le professionnel est de nouveau disponible pour les autres établissements.')).toBeVisible();
  await expect(candidateRow).toHaveAttribute('data-status', 'DISPONIBLE');
  await expect(candidateRow.getByText('Disponible', { exact: true })).toBeVisible();

  // The map follows the table's filters: only this volunteer left, whose popup offers « Contacter ».
  await page.locator('summary', { hasText: 'Filtrer les candidats' }).click();
  await filters.getByLabel('Nom', { exact: true }).fill(lastName);
  await filters.getByLabel('Prénom', { exact: true }).fill(firstName);
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.getByRole('link', { name: `Retirer le filtre Nom : ${lastName}` })).toBeVisible();
  await expect(map).toHaveAttribute('data-source-points', '1');
  await map.click({ position: await candidateMarkerPosition(page, map) });
  const popup = page.getByTestId('map-popup');
  await expect(popup).toContainText(`Nom :${lastName}`);
  await expect(popup).toContainText(`Prénom :${firstName}`);
  await expect(popup).toContainText('Profession :Infirmier (IDE)');
  await expect(popup).toContainText('Mobilité :');
  await popup.getByRole('button', { name: 'Contacter' }).click();
  await expect(popup).toContainText('Statut :Contacté');
  await expect(candidateRow).toHaveAttribute('data-status', 'CONTACTED');

  // The candidate's sheet opens in a new tab; it gives the address the assignment email goes to.
  const sheetLink = candidateRow.getByRole('link', { name: `Voir la fiche de ${firstName} ${lastName} (nouvel onglet)` });
  await expect(sheetLink).toHaveAttribute('target', '_blank');
  const [sheet] = await Promise.all([context.waitForEvent('page'), sheetLink.click()]);
  const email = (await sheet.locator('a[href^="mailto:"]').first().textContent())!.trim();
  expect(email).toMatch(/@/);
  await sheet.close();

  // Validate: « Affecté », POURVUE 1/5, and the volunteer's assignment email.
  const since = new Date(Date.now() - 5_000);
  await box.check();
  await page.getByRole('button', { name: 'Valider les candidatures' }).click();
  await expect(page.getByText('1 candidature validée : le professionnel est affecté à la mission et reçoit un courriel de confirmation.')).toBeVisible();
  await expect(candidateRow).toHaveAttribute('data-status', 'ASSIGNED');
  await expect(candidateRow.getByText('Affecté', { exact: true })).toBeVisible();
  await expect(box).toBeDisabled();
  await expect(page.getByTestId('mission-filled')).toHaveText('POURVUE 1/5');
  const mail = await waitForEmail(request, email, /^Affectation sur une mission de renfort$/, since);
  expect(mail.text).toContain('Hôpital de démonstration de Créteil');

  await page.goto('/etablissement');
  await expect(page.getByTestId('missions-table').getByText('POURVUE 1/5')).toBeVisible();
  expect(elsewhere).toEqual([]);
  expect(errors).toEqual([]);
});

test('another FINESS gets 404 on the « Choisir » page and on its popups', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.otherEstablishment);
  await page.goto('/etablissement');
  const href = await choosingLink(page).getAttribute('href');
  expect(href).toMatch(/^\/etablissement\/besoins\/[0-9a-f-]{36}$/);
  await page.goto(href!);
  const professionalId = await page.getByTestId('candidate-row').first().getAttribute('data-professional-id');
  const popup = `/api/missions/${href!.split('/').pop()}/candidates/${professionalId}`;
  expect((await page.request.get(popup)).status()).toBe(200);
  await page.context().clearCookies();

  await signIn(page, DEMO_ACCOUNTS.establishment);
  const foreign = await page.goto(href!);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  expect((await page.request.get(popup)).status()).toBe(404);
});

test('without WebGL the map says so in French and the table still works', async ({ page }) => {
  // A browser without WebGL 2 (old, locked down, or a lost GPU): MapLibre 6 cannot draw.
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/.test(type) ? null : (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await signIn(page, DEMO_ACCOUNTS.otherEstablishment);
  await page.goto('/etablissement');
  await choosingLink(page).click();
  await expect(page.getByText('La carte ne peut pas s’afficher sur ce navigateur (WebGL indisponible).')).toBeVisible();
  await expect(page.getByTestId('candidate-map')).toHaveAttribute('data-state', 'unavailable');
  await page.getByRole('link', { name: /^Prénom/ }).click();
  await expect(page).toHaveURL(/sort=firstName/);
  await expect(page.getByTestId('candidate-row').first()).toBeVisible();
  expect(errors).toEqual([]);
});
