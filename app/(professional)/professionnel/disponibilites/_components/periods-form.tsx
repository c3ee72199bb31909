'use client';

import { useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { PeriodsFieldset } from '@/components/professional/periods-fieldset';
import { periodsFormBindings } from '@/components/professional/record-form-bindings';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import type { OwnPeriods } from '@/lib/professionals/own/periods';
import { availabilityPeriodsSchema, type AvailabilityPeriodsInput } from '@/lib/validation/professional';

type PeriodsOutput = z.output<typeof availabilityPeriodsSchema>;

export interface PeriodsFormProps {
  saved: OwnPeriods;
  savePeriods: (input: AvailabilityPeriodsInput) => Promise<ActionResult<OwnPeriods>>;
}

const EMPTY_LIST_WARNING =
  'Sans période de disponibilité à venir, vous êtes considéré(e) comme Indisponible et n’apparaissez dans aucune recherche.';

/**
 * « Mes disponibilités »: one form over the whole list of periods, saved together. Unlike sign-up, the
 * list may be emptied — the volunteer is then told they count as Indisponible. « Annuler » goes back to
 * what is saved.
 */
export function PeriodsForm({ saved: initial, savePeriods }: PeriodsFormProps) {
  const [saved, setSaved] = useState(initial);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const form = useForm<AvailabilityPeriodsInput, unknown, PeriodsOutput>({
    resolver: zodResolver(availabilityPeriodsSchema),
    defaultValues: { periods: initial.periods },
  });
  const { handleSubmit, reset, setError, control, formState } = form;
  const periods = useWatch({ control, name: 'periods' }) ?? [];

  // Valid on the client; the raw values (with '' for open-ended) are sent and parsed again on the server.
  async function onSubmit() {
    setFormError(null);
    setNotice(null);
    const result = await savePeriods(form.getValues()).catch(() => null);
    if (result?.ok) {
      setSaved(result.data);
      reset({ periods: result.data.periods });
      setNotice(
        result.data.hasCurrentPeriod
          ? { tone: 'success', text: 'Vos disponibilités sont enregistrées.' }
          : { tone: 'warning', text: `Vos disponibilités sont enregistrées. ${EMPTY_LIST_WARNING}` },
      );
      return;
    }
    // Server messages go next to their field; what the volunteer typed stays as it is.
    for (const [field, message] of Object.entries(result?.fieldErrors ?? {})) {
      setError(field as FieldPath<AvailabilityPeriodsInput>, { message });
    }
    setFormError(result?.formError ?? (result?.fieldErrors ? 'Corrigez les champs signalés.' : GENERIC_ERROR));
  }

  function cancel() {
    setFormError(null);
    setNotice(null);
    reset({ periods: saved.periods });
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <PeriodsFieldset {...periodsFormBindings(form)} minPeriods={0} />
      {periods.length === 0 ? (
        <p className="text-sm font-medium text-warning" data-testid="no-period-warning">
          {EMPTY_LIST_WARNING}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" busy={formState.isSubmitting} disabled={formState.isSubmitting}>
          Enregistrer
        </Button>
        <Button type="button" variant="secondary" onClick={cancel} disabled={formState.isSubmitting}>
          Annuler
        </Button>
      </div>
    </form>
  );
}

