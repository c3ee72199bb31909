'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { TextField } from '@/components/ui/text-field';
import { changePracticeNameSchema, type ChangePracticeNameInput } from '@/lib/validation/rpps';
import { changePracticeNameAction } from '../actions';
import { UpdateForm } from './update-form';

export function PracticeNameForm({ defaults }: { defaults: ChangePracticeNameInput }) {
  const form = useForm<ChangePracticeNameInput>({ resolver: zodResolver(changePracticeNameSchema), mode: 'onTouched', defaultValues: defaults });
  const errors = form.formState.errors;
  return (
    <UpdateForm form={form} rppsNumber={defaults.rppsNumber} submit={changePracticeNameAction}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Nom d'exercice*"
          hint="Il s'agit du nom sous lequel le professionnel exerce son activité."
          required
          autoComplete="off"
          error={errors.practiceLastName?.message}
          {...form.register('practiceLastName')}
        />
        <TextField
          label="Prénom d'exercice*"
          hint="Il s'agit du prénom sous lequel le professionnel exerce son activité."
          required
          autoComplete="off"
          error={errors.practiceFirstName?.message}
          {...form.register('practiceFirstName')}
        />
      </div>
    </UpdateForm>
  );
}
