'use client';

import { useState, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import { RPPS_STATUS_LABELS } from '@/lib/rpps/shared/labels';
import type { UpdateOutcome } from '@/lib/rpps/updates';

/**
 * The frame of the professional's two changes: « Envoyer la demande » files it; the answer (request
 * number and the directory's status) shows above the button, and the page behind is rendered afresh by
 * the action. On a refusal everything typed stays and the reasons show by the fields.
 */
export function OwnUpdateForm<TInput extends FieldValues, TOutput>({
  form,
  submit,
  children,
}: {
  form: UseFormReturn<TInput, unknown, TOutput>;
  submit: (values: TOutput) => Promise<ActionResult<UpdateOutcome>>;
  children: ReactNode;
}) {
  const [filed, setFiled] = useState<UpdateOutcome | null>(null);
  const { submit: onSubmit, formError, pending } = useActionForm(form, submit, {
    fieldErrorsMessage: 'La demande n’a pas été envoyée : corrigez les champs signalés. Vos saisies sont conservées.',
    onSuccess: (outcome) => setFiled(outcome),
  });
  return (
    <FormProvider {...form}>
      <form
        onSubmit={(event) => {
          setFiled(null);
          return onSubmit(event);
        }}
        noValidate
        className="space-y-4"
      >
        {children}
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {filed ? (
          <Alert tone="success" title={`Demande n° ${filed.number} : ${RPPS_STATUS_LABELS[filed.status]}`}>
            {filed.status === 'RPPS_VALIDATED' ? 'Votre enregistrement RPPS est à jour.' : 'Le RPPS traite votre demande ; son statut s’affiche ci-dessous.'}
          </Alert>
        ) : null}
        <Button type="submit" busy={pending} disabled={pending}>
          Envoyer la demande
        </Button>
      </form>
    </FormProvider>
  );
}
