'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import { abandonPreRegistrationAction } from '../actions';

/** « Abandonner ma demande »: the request becomes « Abandonnée par le professionnel ». */
export function AbandonButton({ token, number }: { token: string; number: string }) {
  const [state, setState] = useState<{ done: boolean; error: string | null; busy: boolean }>({ done: false, error: null, busy: false });

  async function abandon() {
    setState({ done: false, error: null, busy: true });
    const result = await abandonPreRegistrationAction({ token }).catch((): ActionResult<{ number: string }> => ({ ok: false, formError: GENERIC_ERROR }));
    setState({ done: result.ok, error: result.ok ? null : (result.formError ?? GENERIC_ERROR), busy: false });
  }

  if (state.done) {
    return (
      <Alert tone="success" title="Votre demande a été abandonnée">
        La demande n° {number} ne sera pas instruite. Vous pouvez en déposer une nouvelle à tout moment.
      </Alert>
    );
  }
  return (
    <div className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <p>
        Vous êtes sur le point d&apos;abandonner votre demande n° <strong>{number}</strong>. Le gestionnaire RPPS+ de votre établissement ne l&apos;instruira
        pas.
      </p>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="button" variant="danger" onClick={abandon} busy={state.busy} disabled={state.busy}>
        Abandonner ma demande
      </Button>
    </div>
  );
}
