'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';

type Confirm = (input: { token: string }) => Promise<ActionResult<{ email: string }>>;

/**
 * The email changes on this click, not on opening the link: mail scanners open links on their own.
 */
export function ConfirmEmailButton({ token, confirm }: { token: string; confirm: Confirm }) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<{ email: string }> | null>(null);
  async function run() {
    setPending(true);
    setResult(await confirm({ token }).catch((): ActionResult<{ email: string }> => ({ ok: false, formError: GENERIC_ERROR })));
    setPending(false);
  }
  if (result?.ok) {
    return (
      <Alert tone="success" title="Adresse email modifiée">
        Votre identifiant de connexion est désormais <strong>{result.data.email}</strong>. Vos autres sessions ont été fermées.{' '}
        <a href="/connexion" className="text-brand underline">
          Se connecter
        </a>
      </Alert>
    );
  }
  return (
    <div className="space-y-4">
      {result && !result.ok ? <Alert tone="error">{result.formError ?? GENERIC_ERROR}</Alert> : null}
      <Button type="button" busy={pending} disabled={pending} onClick={() => void run()}>
        Confirmer ma nouvelle adresse
      </Button>
    </div>
  );
}
