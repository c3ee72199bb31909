'use client';

import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { PeriodsFieldset } from '@/components/professional/periods-fieldset';
import { periodsFormBindings } from '@/components/professional/record-form-bindings';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/forms/use-action-form';
import { SchemaDownloadAlert } from '@/components/forms/schema-download-alert';
import { useDeferredResolver } from '@/components/forms/use-deferred-resolver';
import type { ActionResult } from '@/lib/actions/result';
import type { OwnPeriods } from '@/lib/professionals/own/periods';
import type { AvailabilityPeriods, AvailabilityPeriodsInput } from '@/lib/validation/professional';

export interface PeriodsFormProps {
  saved: OwnPeriods;
  savePeriods: (input: AvailabilityPeriodsInput) => Promise<ActionResult<OwnPeriods>>;
}

const EMPTY_LIST_WARNING =
  'Sans période de disponibilité à venir, vous êtes considéré(e) comme Indisponible et n’apparaissez dans aucune recherche.';

// The schema comes with the first interaction, as on the sign-up form (docs/decisions/041).
const loadPeriodsSchema = () => import('@/lib/validation/professional').then((module) => module.availabilityPeriodsSchema);

/**
 * « Mes disponibilités »: one form over the whole list of periods, saved together. Unlike sign-up, the
 * list may be emptied — the volunteer is then told they count as Indisponible. « Annuler » goes back to
 * what is saved.
 */
export function PeriodsForm({ saved: initial, savePeriods }: PeriodsFormProps) {
  const [saved, setSaved] = useState(initial);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const deferredSchema = useDeferredResolver<AvailabilityPeriodsInput, unknown, AvailabilityPeriods>(loadPeriodsSchema);
  const form = useForm<AvailabilityPeriodsInput, unknown, AvailabilityPeriods>({
    resolver: deferredSchema.resolver,
    defaultValues: { periods: initial.periods },
  });
  const { reset, control } = form;
  const periods = useWatch({ control, name: 'periods' }) ?? [];

  // Valid on the client; the raw values (with '' for open-ended) are sent and parsed again on the server.
  const send = (_checked: AvailabilityPeriods, typed: AvailabilityPeriodsInput) => {
    setNotice(null);
    return savePeriods(typed);
  };
  const { submit, formError, setFormError, pending } = useActionForm(form, send, {
    fieldErrorsMessage: 'Corrigez les champs signalés.',
    focusFirstError: false,
    onSuccess: (data) => {
      setSaved(data);
      reset({ periods: data.periods });
      setNotice(
        data.hasCurrentPeriod
          ? { tone: 'success', text: 'Vos disponibilités sont enregistrées.' }
          : { tone: 'warning', text: `Vos disponibilités sont enregistrées. ${EMPTY_LIST_WARNING}` },
      );
    },
  });

  function cancel() {
    setFormError(null);
    setNotice(null);
    reset({ periods: saved.periods });
  }

  return (
    <form onSubmit={(event) => void submit(event)} {...deferredSchema.startOn} noValidate className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <PeriodsFieldset {...periodsFormBindings(form)} minPeriods={0} />
      {periods.length === 0 ? (
        <p className="text-sm font-medium text-warning" data-testid="no-period-warning">
          {EMPTY_LIST_WARNING}
        </p>
      ) : null}
      <SchemaDownloadAlert unavailable={deferredSchema.unavailable} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" busy={pending} disabled={pending}>
          Enregistrer
        </Button>
        <Button type="button" variant="secondary" onClick={cancel} disabled={pending}>
          Annuler
        </Button>
      </div>
    </form>
  );
}

