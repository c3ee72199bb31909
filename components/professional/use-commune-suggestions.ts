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
}

const EMPTY: CommuneSuggestions = { communes: [], regionCode: null, postalCode: null };
const answers = new Map<string, CommuneSuggestions>();

export function useCommuneSuggestions(postalCode: string | undefined): CommuneSuggestions {
  const code = postalCode?.trim() ?? '';
  const valid = /^\d{5}$/.test(code);
  const [fetched, setFetched] = useState<CommuneSuggestions>(EMPTY);

  useEffect(() => {
    if (!valid || answers.has(code)) return;
    const controller = new AbortController();
    fetch(`/api/reference/communes?cp=${code}`, { signal: controller.signal })
      .then(async (response) => {
        const body = response.ok ? ((await response.json()) as { communes: string[]; regionCode: string | null }) : null;
        const answer: CommuneSuggestions = { communes: body?.communes ?? [], regionCode: body?.regionCode ?? null, postalCode: code };
        answers.set(code, answer);
        setFetched(answer);
      })
      // Suggestions are a convenience: offline or aborted, the user types the town by hand.
      .catch(() => undefined);
    return () => controller.abort();
  }, [code, valid]);

  if (!valid) return EMPTY;
  return answers.get(code) ?? (fetched.postalCode === code ? fetched : EMPTY);
}
