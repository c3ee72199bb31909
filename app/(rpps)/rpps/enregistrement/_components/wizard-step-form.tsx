'use client';

import { useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { applyFailure } from '@/components/forms/use-action-form';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import type { DraftValues } from '@/lib/validation/rpps';
import { CancelRequestButton } from './cancel-request-button';

export type StepResult = ActionResult<{ requestId: string; step: number }>;

/** The values as the JSON draft keeps them: strings, ticks and nulls (an unset field is left out). */
export function toDraft(values: FieldValues): DraftValues {
  const draft: DraftValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) draft[key] = value;
  }
  return draft;
}

interface WizardStepFormProps<TInput extends FieldValues, TOutput> {
  form: UseFormReturn<TInput, unknown, TOutput>;
  requestId: string | null;
  /** « Valider », with the checked values. */
  next: (values: TOutput) => Promise<StepResult>;
  /** « Sauvegarder et revenir à l'étape précédente », with the values as typed; none on step 1. */
  back?: (values: DraftValues) => Promise<StepResult>;
  children: ReactNode;
}

/**
 * The frame of every step: « Valider » checks the step and moves on, « Sauvegarder et revenir à l'étape
 * précédente » keeps what was typed (even incomplete) and goes back, « Annuler la demande » deletes the
 * draft. A refused save keeps everything typed and shows why next to the fields.
 */
export function WizardStepForm<TInput extends FieldValues, TOutput>({ form, requestId, next, back, children }: WizardStepFormProps<TInput, TOutput>) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'next' | 'back' | null>(null);

  async function run(intent: 'next' | 'back', send: () => Promise<StepResult>) {
    setFormError(null);
    setBusy(intent);
    const result = await send().catch((): StepResult => ({ ok: false, formError: GENERIC_ERROR }));
    if (result.ok) {
      router.push(`/rpps/enregistrement/${result.data.requestId}/etape/${result.data.step}`);
      return;
    }
    setBusy(null);
    // Two ways to send (« Valider », « Sauvegarder et revenir »), one mapping of the refusal.
    setFormError(applyFailure(form, result, { fieldErrorsMessage: 'La saisie n’a pas été enregistrée : corrigez les champs signalés. Vos saisies sont conservées.' }));
  }

  const onSubmit = form.handleSubmit((values) => run('next', () => next(values)));
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6" aria-describedby="required-note">
        <p id="required-note" className="text-sm">
          (*) champs obligatoires
        </p>
        <div className="rounded-lg bg-white p-4 shadow-sm sm:p-6">{children}</div>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <p role="status" className="text-sm empty:hidden">
          {busy ? 'Enregistrement en cours…' : ''}
        </p>
        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          {back ? (
            <Button
              type="button"
              variant="secondary"
              disabled={busy !== null}
              busy={busy === 'back'}
              onClick={() => run('back', () => back(toDraft(form.getValues())))}
            >
              Sauvegarder et revenir à l&apos;étape précédente
            </Button>
          ) : null}
          <Button type="submit" disabled={busy !== null} busy={busy === 'next'}>
            Valider
          </Button>
          <CancelRequestButton requestId={requestId} disabled={busy !== null} />
        </div>
      </form>
    </FormProvider>
  );
}
