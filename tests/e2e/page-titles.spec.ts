import { expect, test } from '@playwright/test';
import { ROLE_ACCOUNTS, signIn } from './support/accounts';

// docs/decisions/020: every page has its title in the first HTML, before any script runs, and keeps one
// once the client-side navigation after sign-in has settled.
for (const account of ROLE_ACCOUNTS) {
  test(`the ${account.role} dashboard has its title in the first HTML and after sign-in`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
    await expect(page).toHaveTitle(/Renfort RH Crise$/);

    const response = await page.request.get(account.home);
    expect(response.status()).toBe(200);
    const head = /<head[^>]*>([\s\S]*?)<\/head>/.exec(await response.text())?.[1] ?? '';
    expect(head).toMatch(/<title>[^<]*Renfort RH Crise<\/title>/);
  });
}
