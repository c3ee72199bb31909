'use client';

import { useFormContext } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';
import type { PracticeNamesInput } from '@/lib/validation/rpps';

/**
 * « Nom d'exercice* » and « Prénom d'exercice* » (SPEC §8): filled by a manager for the professional, or
 * by the professionals themselves (« Mon enregistrement RPPS »), hence the hints given by the form.
 */
export function PracticeNameFields({ hints }: { hints: { lastName: string; firstName: string } }) {
  const { register, formState } = useFormContext<PracticeNamesInput>();
  const errors = formState.errors;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField label="Nom d'exercice*" hint={hints.lastName} required autoComplete="off" error={errors.practiceLastName?.message} {...register('practiceLastName')} />
      <TextField label="Prénom d'exercice*" hint={hints.firstName} required autoComplete="off" error={errors.practiceFirstName?.message} {...register('practiceFirstName')} />
    </div>
  );
}
