import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

// Public pages on the narrowest phone the SPEC names (360 px), without horizontal scrolling, with the
// keyboard, and with no axe violation.
test.use({ viewport: { width: 360, height: 740 } });

for (const path of ['/', '/acces/professionnel', '/connexion', '/mot-de-passe/oubli', '/mot-de-passe/nouveau?token=inconnu', '/guides']) {
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
