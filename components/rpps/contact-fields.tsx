'use client';

import { useFormContext } from 'react-hook-form';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { ContactInput } from '@/lib/validation/rpps';

/**
 * Step 2 « Données de contact » (SPEC §8): the email receives the RPPS number; the mobile number, with
 * its country code (overseas codes first), serves for the e-CPS.
 */
export function ContactFields({ phoneCountries }: { phoneCountries: SelectOption[] }) {
  const { register, formState } = useFormContext<ContactInput>();
  const errors = formState.errors;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label="Adresse email*"
        type="email"
        required
        autoComplete="off"
        className="sm:col-span-2"
        error={errors.email?.message}
        {...register('email')}
      />
      <SelectField
        label="Indicatif du téléphone mobile"
        hint="Pour un numéro d'outre-mer, tapez les premières lettres du territoire."
        options={phoneCountries}
        error={errors.mobilePhoneCountry?.message}
        {...register('mobilePhoneCountry')}
      />
      <TextField label="Téléphone mobile" type="tel" inputMode="tel" autoComplete="off" error={errors.mobilePhone?.message} {...register('mobilePhone')} />
    </div>
  );
}
