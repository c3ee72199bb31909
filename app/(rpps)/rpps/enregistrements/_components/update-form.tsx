'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import type { UpdateOutcome } from '@/lib/rpps/updates';

/**
 * The frame of the update forms: « Valider » files the request; on success the record opens with the
 * request's number and status (the cancellation opens the request itself), on failure everything typed
 * stays and the reasons show by the fields.
 */
export function UpdateForm<TInput extends FieldValues, TOutput>({
  form,
  rppsNumber,
  submit,
  destination = ({ requestId }) => `/rpps/enregistrements/${rppsNumber}?demande=${requestId}`,
  children,
}: {
  form: UseFormReturn<TInput, unknown, TOutput>;
  rppsNumber: string;
  submit: (values: TOutput) => Promise<ActionResult<UpdateOutcome>>;
  /** Where the filed request is shown: the record by default. */
  destination?: (outcome: UpdateOutcome) => string;
  children: ReactNode;
}) {
  const router = useRouter();
  const { submit: onSubmit, formError } = useActionForm(form, submit, {
    fieldErrorsMessage: 'La demande n’a pas été enregistrée : corrigez les champs signalés. Vos saisies sont conservées.',
    onSuccess: (outcome) => router.push(destination(outcome)),
  });
  const busy = form.formState.isSubmitting || form.formState.isSubmitSuccessful;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        <p className="text-sm">(*) champs obligatoires</p>
        <div className="rounded-lg bg-white p-4 shadow-sm sm:p-6">{children}</div>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button type="submit" busy={busy} disabled={busy}>
            Valider
          </Button>
          <Link href={`/rpps/enregistrements/${rppsNumber}`} className={buttonClasses('secondary')}>
            Revenir à l&apos;enregistrement
          </Link>
        </div>
      </form>
    </FormProvider>
  );
}
