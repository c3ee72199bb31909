'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';

/**
 * A one-click act of the account page (« Renvoyer l'invitation », « Réactiver », « Détacher »): the
 * action's refusal is said next to the button; a success is said, and the page re-renders (the
 * action revalidates the area).
 */
export function AccountActionButton<Output>({
  label,
  run,
  success,
  variant = 'secondary',
}: {
  label: string;
  run: () => Promise<ActionResult<Output>>;
  success: (output: Output) => string;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);

  async function click() {
    setPending(true);
    setNotice(null);
    const result = await run().catch((): ActionResult<Output> => ({ ok: false, formError: GENERIC_ERROR }));
    setPending(false);
    if (result.ok) setNotice({ tone: 'success', message: success(result.data) });
    else setNotice({ tone: 'error', message: result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? GENERIC_ERROR });
  }

  return (
    <div className="space-y-2">
      <Button type="button" variant={variant} busy={pending} disabled={pending} onClick={() => void click()}>
        {label}
      </Button>
      {notice ? <Alert tone={notice.tone}>{notice.message}</Alert> : null}
    </div>
  );
}
