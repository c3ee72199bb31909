'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { TextField } from '@/components/ui/text-field';
import { closeSituationSchema, type CloseSituationInput } from '@/lib/validation/rpps';
import { closeSituationAction } from '../actions';
import { UpdateForm } from './update-form';

export interface ClosedSituationFacts {
  practiceLastName: string;
  practiceFirstName: string;
  establishment: string;
  startDate: string;
}

/** Guide §5, image 5: every field read-only but « Date de fin de fonction* », which is required. */
export function CloseSituationForm({ defaults, facts }: { defaults: CloseSituationInput; facts: ClosedSituationFacts }) {
  const form = useForm<CloseSituationInput>({ resolver: zodResolver(closeSituationSchema), mode: 'onTouched', defaultValues: defaults });
  return (
    <UpdateForm form={form} rppsNumber={defaults.rppsNumber} submit={closeSituationAction}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="closed-practice-last-name" label="Nom d'exercice*" value={facts.practiceLastName} readOnly />
        <TextField id="closed-practice-first-name" label="Prénom d'exercice*" value={facts.practiceFirstName} readOnly />
        <TextField id="closed-establishment" label="Établissement*" value={facts.establishment} readOnly className="sm:col-span-2" />
        <TextField id="closed-start-date" label="Date de prise de fonction*" value={facts.startDate} readOnly />
        <TextField label="Date de fin de fonction*" type="date" required error={form.formState.errors.endDate?.message} {...form.register('endDate')} />
      </div>
    </UpdateForm>
  );
}
