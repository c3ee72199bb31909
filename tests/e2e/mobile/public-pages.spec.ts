import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

// Public pages on the narrowest phone the SPEC names (360 px), without horizontal scrolling, with the
// keyboard, and with no axe violation.
test.use({ viewport: { width: 360, height: 740 } });

for (const path of ['/', '/acces/professionnel', '/connexion', '/mot-de-passe/oubli', '/mot-de-passe/nouveau?token=inconnu', '/guides', '/guides/professionnel', '/aide', '/donnees-personnelles']) {
  test(`${path} fits a 360 px screen and has no axe violation`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}

test('the sign-in form works with the keyboard alone', async ({ page }) => {
  await page.goto('/connexion');
  await page.getByLabel("Email de l'utilisateur").focus();
  await page.keyboard.type('benevole@demo.renfort.fr');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Demo-Renfort-2026!');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/professionnel$/);
  await expect(page.getByTestId('volunteer-status')).toHaveText('Disponible');
});

// The browser's console stays clean on the pages with forms: no CSP violation (zod must not probe for
// eval, lib/validation/zod.ts), no missing favicon, no script error.
for (const path of ['/connexion', '/inscription/professionnel', '/inscription/etablissement', '/mot-de-passe/oubli']) {
  test(`${path} logs no error and no CSP violation in the browser`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // CSP refusals reach the page as events (Chromium files them as « issues », not always as console lines).
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // A field left empty runs the form's schema in the browser.
    const firstField = page.locator('form input:not([type=hidden])').first();
    await firstField.focus();
    await firstField.blur();
    await expect(page.locator('form')).toBeVisible();
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
}

// The scripts every page loads come with V8's eager-compilation hint on their first line (decision 040):
// the build step after `next build` ran on the build under test, and a page's own scripts stay lazy.
test('the scripts every page loads are marked for eager compilation', async ({ page, request }) => {
  const manifest = JSON.parse(readFileSync(path.join(process.env.NEXT_DIST_DIR ?? '.next', 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const rootUrls = manifest.rootMainFiles.map((file) => `/_next/${file}`);
  await page.goto('/inscription/professionnel');
  const loaded = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((script) => new URL((script as HTMLScriptElement).src).pathname));
  const own = loaded.filter((url) => !rootUrls.includes(url));
  expect(rootUrls.length).toBeGreaterThanOrEqual(3);
  expect(loaded).toEqual(expect.arrayContaining(rootUrls));
  expect(own.length).toBeGreaterThanOrEqual(1);
  const firstLine = async (url: string) => (await (await request.get(url)).text()).split('\n', 1)[0];
  for (const url of rootUrls) expect(await firstLine(url), url).toBe('//# allFunctionsCalledOnLoad');
  for (const url of own) expect(await firstLine(url), url).not.toBe('//# allFunctionsCalledOnLoad');
});
