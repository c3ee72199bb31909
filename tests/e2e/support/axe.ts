import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** No axe violation at WCAG 2.1 A/AA (SPEC §14), on the settled page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // After a client-side navigation Next mounts the new page's <title> a moment after its content (the
  // metadata is keyed per request and suspends again): wait for it, or axe reports a page that is still
  // being put together (docs/decisions/020-page-titles.md).
  await expect(page).toHaveTitle(/Renfort RH Crise$/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
