'use client';

import { useForm, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ComboboxOption } from '@/components/rpps/combobox';
import { SituationFields } from '@/components/rpps/situation-fields';
import { addSituationSchema, type AddSituationInput } from '@/lib/validation/rpps';
import { addSituationAction } from '../actions';
import { UpdateForm } from './update-form';

/** « Ajouter une situation » in one of the manager's establishments; the person keeps their number. */
export function AddSituationForm({
  defaults,
  establishments,
}: {
  defaults: DefaultValues<AddSituationInput> & { rppsNumber: string };
  establishments: ComboboxOption[];
}) {
  const form = useForm<AddSituationInput>({ resolver: zodResolver(addSituationSchema), mode: 'onTouched', defaultValues: defaults });
  return (
    <UpdateForm form={form} rppsNumber={defaults.rppsNumber} submit={addSituationAction}>
      <SituationFields establishments={{ kind: 'list', options: establishments }} withNames={false} />
    </UpdateForm>
  );
}
