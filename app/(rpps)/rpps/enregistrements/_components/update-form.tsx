'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { showServerErrors } from '@/components/rpps/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import type { UpdateOutcome } from '@/lib/rpps/updates';

/**
 * The frame of the four update forms: « Valider » files the request; on success the record opens with
 * the request's number and status, on failure everything typed stays and the reasons show by the fields.
 */
export function UpdateForm<TInput extends FieldValues, TOutput>({
  form,
  rppsNumber,
  submit,
  children,
}: {
  form: UseFormReturn<TInput, unknown, TOutput>;
  rppsNumber: string;
  submit: (values: TOutput) => Promise<ActionResult<UpdateOutcome>>;
  children: ReactNode;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await submit(values).catch((): ActionResult<UpdateOutcome> => ({ ok: false, formError: GENERIC_ERROR }));
    if (result.ok) {
      router.push(`/rpps/enregistrements/${rppsNumber}?demande=${result.data.requestId}`);
      return;
    }
    showServerErrors(form.setError, result.fieldErrors);
    setFormError(result.formError ?? 'La demande n’a pas été enregistrée : corrigez les champs signalés. Vos saisies sont conservées.');
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
