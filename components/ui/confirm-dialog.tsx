'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

/**
 * « Annuler » / <confirm> over a Dialog: for an act that must never be one stray click. Focus lands on
 * « Annuler », so that Enter does not confirm by accident.
 */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  danger = false,
  busy,
  onConfirm,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  /** A destructive act (archiving, deleting): the confirm button says so by its colour. */
  danger?: boolean;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      actions={
        <>
          <Button type="button" variant="secondary" onClick={onClose} autoFocus>
            Annuler
          </Button>
          <Button type="button" variant={danger ? 'danger' : undefined} busy={busy} disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
