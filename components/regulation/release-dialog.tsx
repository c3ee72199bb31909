'use client';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

/**
 * Confirms « Libérer » (docs/decisions/043): the establishment loses a volunteer it contacted, so it is
 * never one stray click; the dialog says who is told.
 */
export function ReleaseDialog({
  volunteerName,
  busy,
  onConfirm,
  onClose,
}: {
  volunteerName: string | null;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={volunteerName !== null}
      title={`Libérer la réservation de ${volunteerName ?? ''} ?`}
      onClose={onClose}
      actions={
        <>
          <Button type="button" variant="secondary" onClick={onClose} autoFocus>
            Annuler
          </Button>
          <Button type="button" busy={busy} disabled={busy} onClick={onConfirm}>
            Libérer
          </Button>
        </>
      }
    >
      <p>
        L’établissement l’a contacté(e) pour cette mission et n’a pas encore décidé. Libérer la réservation vaut refus pour son
        compte : le renfort redevient disponible tout de suite et les comptes de l’établissement en sont informés par courriel.
      </p>
    </Dialog>
  );
}
