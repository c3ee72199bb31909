'use client';

import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { RepeatedFieldsets } from '@/components/forms/repeated-fieldsets';
import { TextField } from '@/components/ui/text-field';
import type { AvailabilityPeriodsInput } from '@/lib/validation/professional';

export interface PeriodsFieldsetProps {
  register: UseFormRegister<AvailabilityPeriodsInput>;
  control: Control<AvailabilityPeriodsInput>;
  errors: FieldErrors<AvailabilityPeriodsInput>;
  /** The sign-up form needs one period at least; « Ma fiche » may let the list go empty. */
  minPeriods?: number;
  maxPeriods?: number;
}

export const EMPTY_PERIOD = { startDate: '', endDate: '' } as const;

/**
 * Availability periods (SPEC §5.1): « Date de début* », « Date de fin » (empty = open-ended), as many as
 * needed — the original needed one form per period. Each period is a fieldset named « Période n », so
 * its two dates are told apart from the other periods' by screen readers and tests alike.
 */
export function PeriodsFieldset({ register, control, errors, minPeriods = 1, maxPeriods = 20 }: PeriodsFieldsetProps) {
  // keyName 'key': periods of « Ma fiche » carry their own database `id`, which the default would shadow.
  const { fields, append, remove } = useFieldArray({ control, name: 'periods', keyName: 'key' });
  const listError = errors.periods?.root?.message ?? errors.periods?.message;

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        Laissez la date de fin vide si vous êtes disponible sans limite. Disponible sur plusieurs périodes
        interrompues ? Ajoutez une période pour chacune.
      </p>
      <RepeatedFieldsets
        keys={fields.map((field) => field.key)}
        itemLabel="Période"
        addLabel="Ajouter une période"
        min={minPeriods}
        max={maxPeriods}
        listError={listError}
        onAdd={() => append({ ...EMPTY_PERIOD }, { shouldFocus: true })}
        onRemove={remove}
      >
        {(index) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              label="Date de début*"
              type="date"
              required
              id={`periods-${index}-startDate`}
              error={errors.periods?.[index]?.startDate?.message}
              {...register(`periods.${index}.startDate`)}
            />
            <TextField
              label="Date de fin"
              type="date"
              id={`periods-${index}-endDate`}
              error={errors.periods?.[index]?.endDate?.message}
              {...register(`periods.${index}.endDate`)}
            />
          </div>
        )}
      </RepeatedFieldsets>
    </div>
  );
}
