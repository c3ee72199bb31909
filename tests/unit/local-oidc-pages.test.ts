/** @jest-environment jsdom */
import { within } from '@testing-library/react';
import axe from 'axe-core';
import { pscIdentities } from '@/scripts/local-oidc/identities';
import { errorPage, escapeHtml, loginPage } from '@/scripts/local-oidc/pages';

// The local identity provider's pages: the Playwright journeys find the identities by button name, and
// the pages must hold to the accessibility bar of every other page (SPEC §14).

/** Loads a whole page (html, head, body) into jsdom's document; returns queries bound to its body. */
function show(html: string) {
  document.open();
  document.write(html);
  document.close();
  return within(document.body);
}

test('the login page names each identity button by its label, plus « Annuler », in an accessible French page', async () => {
  const page = show(loginPage({ title: 'Pro Santé Connect (local)', action: '/psc/interaction/abc', clientId: 'renfort-rh-crise-local', identities: pscIdentities }));
  expect(document.documentElement.lang).toBe('fr');
  expect(document.title).toBe('Pro Santé Connect (local)');
  expect(page.getByRole('heading', { level: 1, name: 'Pro Santé Connect (local)' })).toBeInTheDocument();
  expect(page.getByText("Fournisseur d'identité local pour le développement et les tests")).toBeInTheDocument();
  for (const identity of pscIdentities) expect(page.getByRole('button', { name: identity.label })).toHaveAttribute('value', identity.key);
  expect(page.getByRole('button', { name: 'Annuler' })).toHaveAttribute('name', 'cancel');
  // jsdom paints nothing, so contrast is left out here (the page's colours are #000091 and #3a3a3a on white).
  const { violations } = await axe.run(document.documentElement, { rules: { 'color-contrast': { enabled: false } } });
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(', ')}`)).toEqual([]);
});

test('text is escaped in every page', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  const page = show(errorPage('ProConnect (local)', 'Refusé', { error: '<script>alert(1)</script>' }));
  expect(document.querySelector('script')).toBeNull();
  expect(page.getByText('<script>alert(1)</script>')).toBeInTheDocument();
});
