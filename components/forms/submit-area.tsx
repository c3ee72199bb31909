'use client';

import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

interface SubmitAreaProps {
  canSubmit: boolean;
  submitting: boolean;
  /** Announced (role="status") while submitting. */
  busyMessage: string;
  formError: string | null;
  onReview: () => void;
  /** Shows « Annuler », which the user cannot use while the form is being sent. */
  onCancel?: () => void;
  /** Above the announcement while submitting, e.g. an upload's progress bar. */
  progress?: ReactNode;
}

/**
 * « Valider » of a public form: disabled until the form is valid, busy while saving; then what went
 * wrong, if anything, right where the user is looking.
 */
export function SubmitArea({ canSubmit, submitting, busyMessage, formError, onReview, onCancel, progress }: SubmitAreaProps) {
  return (
    <div className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      {formError && !submitting ? <Alert tone="error">{formError}</Alert> : null}
      {submitting ? progress : null}
      {/* Always in the page, so that screen readers announce its changes. */}
      <p role="status" className="text-sm empty:hidden">
        {submitting ? busyMessage : ''}
      </p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" disabled={!canSubmit || submitting} busy={submitting} aria-describedby={canSubmit ? undefined : 'submit-hint'} className="w-full sm:w-auto">
          Valider
        </Button>
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel} disabled={submitting} className="w-full sm:w-auto">
            Annuler
          </Button>
        ) : null}
        {!canSubmit && !submitting ? (
          <Button type="button" variant="secondary" onClick={onReview} className="w-full sm:w-auto">
            Voir les champs à compléter
          </Button>
        ) : null}
      </div>
      {!canSubmit && !submitting ? (
        <p id="submit-hint" className="text-sm text-muted">
          Le bouton « Valider » s&apos;active quand tous les champs obligatoires (*) sont correctement remplis.
        </p>
      ) : null}
    </div>
  );
}
