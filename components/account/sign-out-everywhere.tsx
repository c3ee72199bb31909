'use client';

import { useState } from 'react';
import { signOutTo } from '@/lib/auth/client-auth';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import type { AccountPageActions } from './action-types';

/** Ends every session of the account on the server, then this browser's cookie, and goes to the sign-in page. */
export function SignOutEverywhere({ signOutEverywhere }: { signOutEverywhere: AccountPageActions['signOutEverywhere'] }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setPending(true);
    setError(null);
    const result = await signOutEverywhere({}).catch((): ActionResult<never> => ({ ok: false, formError: GENERIC_ERROR }));
    if (result.ok) {
      await signOutTo('/connexion');
      return;
    }
    setError(result.formError ?? GENERIC_ERROR);
    setPending(false);
  }
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="button" variant="danger" busy={pending} disabled={pending} onClick={() => void run()}>
        Me déconnecter partout
      </Button>
    </div>
  );
}
