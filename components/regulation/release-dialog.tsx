'use client';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/**
 * Confirms « Libérer » (docs/decisions/043): the establishment loses a volunteer it contacted, so it is
 * never one stray click; the dialog says who is told.
 */
export function ReleaseDialog({ volunteerName, busy, onConfirm, onClose }: { volunteerName: string | null; busy: boolean; onConfirm: () => void; onClose: () => void }) {
  return (
    <ConfirmDialog
      open={volunteerName !== null}
      title={`Libérer la réservation de ${volunteerName ?? ''} ?`}
      confirmLabel="Libérer"
      busy={busy}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>
        L’établissement l’a contacté(e) pour cette mission et n’a pas encore décidé. Libérer la réservation vaut refus pour son
        compte : le renfort redevient disponible tout de suite et les comptes de l’établissement en sont informés par courriel.
      </p>
    </ConfirmDialog>
  );
}

/** The « Libérer » of a « Contacté » row (« Proposer » and the volunteer sheet): it opens the ReleaseDialog. */
export function ReleaseButton({ volunteerName, disabled, onClick }: { volunteerName: string; disabled: boolean; onClick: () => void }) {
  return (
    <Button type="button" variant="secondary" className="min-h-9 px-3 py-1 text-sm" disabled={disabled} onClick={onClick}>
      Libérer<span className="sr-only"> la réservation de {volunteerName}</span>
    </Button>
  );
}

/** What a release did, in the notice of either list. */
export function releasedMessage(volunteerName: string): string {
  return `La réservation de ${volunteerName} est libérée : ce renfort est de nouveau disponible.`;
}
