'use client';

import { FormSection } from '@/components/professional/form-section';
import { TextField } from '@/components/ui/text-field';
import type { AccountRequestFormBindings } from './form-bindings';

/** « Information du demandeur »: the person whose email becomes the account's login. */
export function RequesterFields({ register, errors }: AccountRequestFormBindings) {
  return (
    <FormSection id="demandeur" title="Information du demandeur">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Nom*" autoComplete="family-name" required error={errors.lastName?.message} {...register('lastName')} />
        <TextField label="Prénom*" autoComplete="given-name" required error={errors.firstName?.message} {...register('firstName')} />
        <TextField
          label="Courriel*"
          type="email"
          autoComplete="email"
          required
          hint="Ce sera votre identifiant de connexion. Une seule demande par adresse email."
          error={errors.email?.message}
          {...register('email')}
        />
        <TextField label="Téléphone*" type="tel" inputMode="tel" autoComplete="tel" required error={errors.phone?.message} {...register('phone')} />
      </div>
    </FormSection>
  );
}
