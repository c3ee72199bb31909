import type { Page } from '@playwright/test';

/** The scripts a page loads, recorded from the call on: how many, and which carry a given text. */
export interface WatchedScripts {
  count(): number;
  /** The URLs of the recorded scripts whose body contains `text` (a message of a module: its fingerprint). */
  containing(text: string): Promise<string[]>;
}

/**
 * Records every script response of the page. The tests that check a module is no part of a page's first
 * scripts (a form schema loaded at the first touch, docs/decisions/041) look for one of its messages.
 */
export function watchScripts(page: Page): WatchedScripts {
  const scripts: { url: string; body: Promise<string> }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), body: response.text() });
  });
  return {
    count: () => scripts.length,
    containing: async (text) => {
      const matches = await Promise.all(scripts.map(async ({ url, body }) => ((await body).includes(text) ? url : null)));
      return matches.filter((url) => url !== null);
    },
  };
}
