'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextareaField } from '@/components/ui/textarea-field';
import { REFUSAL_REASON_MAX_LENGTH, accountRequestRefusalSchema } from '@/lib/validation/account-request';

interface RefusalDialogProps {
  open: boolean;
  requestId: string;
  establishmentName: string;
  busy: boolean;
  /** A message from the server about the reason (kept next to the field). */
  serverError: string | null;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** « Refuser » asks for the reason, which is emailed to the requester as written (SPEC §7.1). */
export function RefusalDialog({ open, requestId, establishmentName, busy, serverError, onConfirm, onClose }: RefusalDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldId = `refusal-reason-${requestId}`;

  // A closed dialog forgets its message: adjusted while rendering, as React advises, not in an effect.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (!open) setError(null);
  }

  function confirm() {
    // The same schema as the action: the message shown here is the one the server would give.
    const parsed = accountRequestRefusalSchema.safeParse({ requestId, reason });
    if (!parsed.success) {
      setError(parsed.error.issues.find((issue) => issue.path[0] === 'reason')?.message ?? 'Motif invalide.');
      return;
    }
    setError(null);
    onConfirm(parsed.data.reason);
  }

  // No autoFocus: every card keeps its (closed) dialog mounted, and showModal() focuses the first
  // field by itself when one opens.
  return (
    <Dialog
      open={open}
      title={`Refuser la demande de ${establishmentName}`}
      onClose={onClose}
      actions={
        <>
          <Button type="button" variant="secondary" onClick={onClose} disabled={busy}>
            Annuler
          </Button>
          <Button type="button" variant="danger" onClick={confirm} busy={busy} disabled={busy}>
            Confirmer le refus
          </Button>
        </>
      }
    >
      <p>Le demandeur recevra ce motif par email. Son adresse pourra servir à une nouvelle demande.</p>
      <TextareaField
        label="Motif du refus*"
        id={fieldId}
        required
        rows={4}
        maxLength={REFUSAL_REASON_MAX_LENGTH}
        counter={{ length: reason.length, max: REFUSAL_REASON_MAX_LENGTH }}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={error ?? serverError ?? undefined}
      />
    </Dialog>
  );
}
