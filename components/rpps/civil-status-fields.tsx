'use client';

import { useFormContext } from 'react-hook-form';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { CIVILITY_LABELS, SEX_LABELS } from '@/lib/rpps/shared/labels';
import type { CivilStatusInput } from '@/lib/validation/rpps';
import { CommuneField } from './commune-field';

const CIVILITIES: SelectOption[] = [
  { value: 'MRS', label: CIVILITY_LABELS.MRS },
  { value: 'MR', label: CIVILITY_LABELS.MR },
];
const SEXES: SelectOption[] = [
  { value: 'FEMALE', label: SEX_LABELS.FEMALE },
  { value: 'MALE', label: SEX_LABELS.MALE },
];

/** Step 1 « État civil » (SPEC §8): the fields of the identity document, in the guide's order. */
export function CivilStatusFields({ countries }: { countries: SelectOption[] }) {
  const { register, formState } = useFormContext<CivilStatusInput>();
  const errors = formState.errors;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <RadioGroupField legend="Civilité*" options={CIVILITIES} inline error={errors.civility?.message} {...register('civility')} />
      <RadioGroupField legend="Sexe*" options={SEXES} inline error={errors.sex?.message} {...register('sex')} />
      <TextField label="Nom de naissance*" required autoComplete="off" error={errors.birthLastName?.message} {...register('birthLastName')} />
      <TextField label="Nom d'usage" autoComplete="off" error={errors.usageLastName?.message} {...register('usageLastName')} />
      <TextField
        label="Prénom(s)*"
        hint="Saisissez tous les prénoms de l'état civil, dans l'ordre de la pièce d'identité."
        required
        autoComplete="off"
        error={errors.firstNames?.message}
        {...register('firstNames')}
      />
      <TextField label="Deuxième prénom" autoComplete="off" error={errors.secondFirstName?.message} {...register('secondFirstName')} />
      <TextField label="Troisième prénom" autoComplete="off" error={errors.thirdFirstName?.message} {...register('thirdFirstName')} />
      <TextField label="Date de naissance*" type="date" required error={errors.birthDate?.message} {...register('birthDate')} />
      <SelectField
        label="Pays de naissance*"
        options={countries}
        placeholder="Choisissez un pays"
        required
        error={errors.birthCountry?.message}
        {...register('birthCountry')}
      />
      <CommuneField />
    </div>
  );
}
