'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { failureMessage } from '@/components/candidates/choosing-actions';
import { useNotice } from '@/components/candidates/use-notice';

type CandidacyCall = (input: { candidacyId: string }) => Promise<ActionResult<undefined>>;

/**
 * One act on a row of the regulators' candidacy lists (« Retirer », « Libérer »), one at a time, its
 * outcome announced. A success came back with the page rendered afresh (the action revalidated the
 * area, docs/decisions/023); a refusal (the candidacy changed meanwhile) did not, so the page is refreshed.
 */
export function useCandidacyAct() {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const { notice, ref, announce } = useNotice();
  async function act(candidacyId: string, call: CandidacyCall, success: string): Promise<void> {
    setBusy(candidacyId);
    const result = await call({ candidacyId });
    setBusy(null);
    announce(result.ok ? { tone: 'success', message: success } : { tone: 'error', message: failureMessage(result) });
    if (!result.ok) router.refresh();
  }
  return { busy, notice, noticeRef: ref, act };
}
