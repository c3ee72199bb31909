'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';

interface SubmitAreaProps {
  canSubmit: boolean;
  submitting: boolean;
  /** Upload progress, 0 to 1, while sending; null otherwise. */
  progress: number | null;
  formError: string | null;
  onReview: () => void;
}

/**
 * « Valider » (SPEC §5.1): disabled until the form is valid, busy while saving, with the upload's
 * progress; then what went wrong, if anything, right where the user is looking.
 */
export function SubmitArea({ canSubmit, submitting, progress, formError, onReview }: SubmitAreaProps) {
  const uploaded = progress !== null && progress >= 1;
  return (
    <div className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      {formError && !submitting ? <Alert tone="error">{formError}</Alert> : null}
      {submitting ? <ProgressBar id="sign-up-progress" label="Envoi de votre inscription" value={progress} /> : null}
      {/* Always in the page, so that screen readers announce its changes. */}
      <p role="status" className="text-sm empty:hidden">
        {submitting ? (uploaded ? 'Enregistrement de votre inscription…' : 'Envoi en cours, ne fermez pas cette page…') : ''}
      </p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" disabled={!canSubmit || submitting} busy={submitting} aria-describedby={canSubmit ? undefined : 'submit-hint'} className="w-full sm:w-auto">
          Valider
        </Button>
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
