'use client';

import { useEffect, useState } from 'react';

// Looks up the communes of a postal code through /api/reference/communes (the postal-code index is
// server-only). One request per code and page: answers are kept in memory, and a request for a code
// the user has already typed past is aborted.

export interface CommuneSuggestions {
  communes: string[];
  regionCode: string | null;
  /** The postal code these suggestions belong to; null while nothing valid has been looked up. */
  postalCode: string | null;
  /** A CEDEX code (asked with `cedex`): no commune to offer, the town is typed by hand. */
  cedex: boolean;
}

const EMPTY: CommuneSuggestions = { communes: [], regionCode: null, postalCode: null, cedex: false };
const answers = new Map<string, CommuneSuggestions>();

/** `cedex`: an establishment's address, where a CEDEX code is read for its region (decision 010). */
export function useCommuneSuggestions(postalCode: string | undefined, options: { cedex?: boolean } = {}): CommuneSuggestions {
  const code = postalCode?.trim() ?? '';
  const valid = /^\d{5}$/.test(code);
  const query = options.cedex ? `cp=${code}&cedex=1` : `cp=${code}`;
  const [fetched, setFetched] = useState<CommuneSuggestions>(EMPTY);

  useEffect(() => {
    if (!valid || answers.has(query)) return;
    const controller = new AbortController();
    fetch(`/api/reference/communes?${query}`, { signal: controller.signal })
      .then(async (response) => {
        const body = response.ok ? ((await response.json()) as { communes: string[]; regionCode: string | null; cedex?: boolean }) : null;
        const answer: CommuneSuggestions = { communes: body?.communes ?? [], regionCode: body?.regionCode ?? null, postalCode: code, cedex: body?.cedex === true };
        answers.set(query, answer);
        setFetched(answer);
      })
      // Suggestions are a convenience: offline or aborted, the user types the town by hand.
      .catch(() => undefined);
    return () => controller.abort();
  }, [code, query, valid]);

  if (!valid) return EMPTY;
  return answers.get(query) ?? (fetched.postalCode === code ? fetched : EMPTY);
}
