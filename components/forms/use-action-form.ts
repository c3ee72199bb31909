'use client';

import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

export interface FailureOptions {
  /** The form-level message when only fields were refused (none by default: the fields say it). */
  fieldErrorsMessage?: string;
  /** Focus the first field the server refused (default true). */
  focusFirstError?: boolean;
}

/**
 * Puts a refusal on the form: each French field message next to its field (the dotted paths of
 * zodFieldErrors are react-hook-form's), nothing typed lost. Returns the form-level message to show.
 */
export function applyFailure<Input extends FieldValues>(
  form: Pick<UseFormReturn<Input, unknown, unknown>, 'setError'>,
  result: Failure,
  { fieldErrorsMessage, focusFirstError = true }: FailureOptions = {},
): string | null {
  const fields = Object.entries(result.fieldErrors ?? {});
  fields.forEach(([field, message], index) => {
    form.setError(field as Path<Input>, { type: 'server', message }, { shouldFocus: focusFirstError && index === 0 });
  });
  return result.formError ?? (fields.length > 0 ? (fieldErrorsMessage ?? null) : GENERIC_ERROR);
}

export interface ActionFormOptions<Data> extends FailureOptions {
  /** What to do with the action's answer; the form is left as it is. */
  onSuccess: (data: Data) => void | Promise<void>;
}

export interface ActionForm {
  /** The form's onSubmit: the client schema first, then the action. */
  submit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** The form-level message of the last refusal, or null. */
  formError: string | null;
  setFormError: (message: string | null) => void;
  /** True while the action runs. */
  pending: boolean;
}

/**
 * One way for every action form (docs/ARCHITECTURE.md conventions 5 and 6): react-hook-form checks the schema the
 * action parses again, then `run` gets the checked values and the values as typed (each form sends the
 * ones its action expects); a refusal `{ ok: false, fieldErrors, formError }` goes through applyFailure.
 * A call that throws (network down, server gone) reads as the generic French message.
 */
export function useActionForm<Input extends FieldValues, Output, Data>(
  form: UseFormReturn<Input, unknown, Output>,
  run: (values: Output, typed: Input) => Promise<ActionResult<Data>>,
  { onSuccess, ...failure }: ActionFormOptions<Data>,
): ActionForm {
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await run(values, form.getValues()).catch((): ActionResult<Data> => ({ ok: false, formError: GENERIC_ERROR }));
    if (result.ok) await onSuccess(result.data);
    else setFormError(applyFailure(form, result, failure));
  });

  return { submit, formError, setFormError, pending: form.formState.isSubmitting };
}
