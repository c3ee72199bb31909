'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/**
 * Confirms « Affecter » on behalf of the establishment (SPEC §7.2): it counts as the establishment's
 * validation and sends the volunteer the assignment email, so it is never one stray click.
 */
export function AssignDialog({
  volunteerName,
  establishmentName,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  volunteerName: string | null;
  establishmentName: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <ConfirmDialog
      open={volunteerName !== null}
      title={`Affecter ${volunteerName ?? ''} à cette mission ?`}
      confirmLabel="Affecter"
      busy={busy}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>
        Vous affectez ce renfort pour le compte de l’établissement {establishmentName} : cela compte comme une validation de sa
        candidature (POURVUE + 1) et le professionnel reçoit le courriel de confirmation d’affectation.
      </p>
      {error ? (
        <p role="alert" className="text-danger">
          {error}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
