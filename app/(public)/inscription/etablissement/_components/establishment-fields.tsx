'use client';

import { useWatch } from 'react-hook-form';
import { PlaceFields } from '@/components/forms/place-fields';
import { FormSection } from '@/components/professional/form-section';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { FINESS_CATEGORIES, getFinessCategory } from '@/lib/reference/finess-categories';
import { REGIONS } from '@/lib/reference/regions';
import type { AccountRequestFormBindings } from './form-bindings';

const CATEGORY_OPTIONS = FINESS_CATEGORIES.map((category) => ({ value: category.code, label: category.label }));
const REGION_OPTIONS = REGIONS.map((region) => ({ value: region.code, label: region.arsName }));

/**
 * The establishment (SPEC §6.1): category, FINESS géographique — or the GID of a vaccination centre,
 * the same field relabelled —, name, address, and the region whose ARS will validate the request,
 * pre-selected from the postal code until the requester picks one themself.
 */
export function EstablishmentFields({ register, control, errors }: AccountRequestFormBindings) {
  const usesGid = usesGidFor(useWatch({ control, name: 'category' }));

  return (
    <FormSection id="etablissement" title="Établissement">
      <SelectField
        label="Catégorie établissement*"
        options={CATEGORY_OPTIONS}
        placeholder="Choisissez une catégorie"
        required
        error={errors.category?.message}
        {...register('category')}
      />
      <TextField
        label={usesGid ? 'GID*' : 'N° FINESS géographique*'}
        id="identifier"
        autoComplete="off"
        inputMode={usesGid ? 'numeric' : 'text'}
        required
        hint={
          usesGid
            ? "L'identifiant (GID) de votre centre de vaccination, en chiffres."
            : "Les 9 caractères du FINESS de l'établissement géographique (et non de l'entité juridique)."
        }
        error={errors.identifier?.message}
        {...register('identifier')}
      />
      <TextField label="Nom établissement*" autoComplete="organization" required error={errors.establishmentName?.message} {...register('establishmentName')} />
      <TextField label="Adresse*" autoComplete="street-address" required error={errors.address?.message} {...register('address')} />
      <PlaceFields
        register={register}
        control={control}
        errors={errors}
        citySuggestionsId="establishment-city-suggestions"
        cedex
        region={{
          label: 'Région de rattachement*',
          placeholder: "Choisissez l'ARS de rattachement",
          hint: "L'agence régionale de santé qui validera votre demande. Proposée d'après le code postal.",
          options: REGION_OPTIONS,
        }}
      />
    </FormSection>
  );
}

/** A vaccination centre gives its GID instead of a FINESS (SPEC §6.1). */
export function usesGidFor(category: string | undefined): boolean {
  return getFinessCategory(category ?? '')?.identifier === 'GID';
}
