'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';

/**
 * A one-click act of the account page (« Renvoyer l'invitation », « Réactiver », « Détacher »): the
 * action's refusal is said next to the button; a success goes to `announce` — the button itself may
 * be gone from the page re-rendered by the action (a reactivated account has no « Réactiver »).
 */
export function AccountActionButton<Output>({
  label,
  run,
  success,
  variant = 'secondary',
  announce,
}: {
  label: string;
  run: () => Promise<ActionResult<Output>>;
  success: (output: Output) => string;
  variant?: 'primary' | 'secondary' | 'danger';
  announce: (message: string) => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function click() {
    setPending(true);
    setError(null);
    const result = await run().catch((): ActionResult<Output> => ({ ok: false, formError: GENERIC_ERROR }));
    setPending(false);
    if (result.ok) announce(success(result.data));
    else setError(result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? GENERIC_ERROR);
  }

  return (
    <div className="space-y-2">
      <Button type="button" variant={variant} busy={pending} disabled={pending} onClick={() => void click()}>
        {label}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
