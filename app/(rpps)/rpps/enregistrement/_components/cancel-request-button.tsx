'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import { cancelRegistrationAction } from '../actions';

/** « Annuler la demande », at any step, after a confirmation: the draft and what it holds are deleted. */
export function CancelRequestButton({ requestId, disabled = false }: { requestId: string | null; disabled?: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!requestId) {
      router.push('/rpps');
      return;
    }
    setBusy(true);
    const result = await cancelRegistrationAction({ requestId }).catch((): ActionResult<null> => ({ ok: false, formError: GENERIC_ERROR }));
    if (result.ok) {
      router.push('/rpps');
      return;
    }
    setBusy(false);
    setError(result.formError ?? GENERIC_ERROR);
  }

  return (
    <>
      <Button type="button" variant="danger" disabled={disabled} onClick={() => setOpen(true)}>
        Annuler la demande
      </Button>
      <Dialog
        open={open}
        title="Annuler la demande ?"
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button type="button" variant="secondary" autoFocus onClick={() => setOpen(false)}>
              Non, continuer la saisie
            </Button>
            <Button type="button" variant="danger" busy={busy} disabled={busy} onClick={confirm}>
              Oui, annuler la demande
            </Button>
          </>
        }
      >
        <p>La demande et les données saisies seront supprimées. Cette action est définitive.</p>
        {error ? <Alert tone="error">{error}</Alert> : null}
      </Dialog>
    </>
  );
}
