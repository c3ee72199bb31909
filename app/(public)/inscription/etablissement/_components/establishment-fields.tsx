'use client';

import { useEffect, useRef } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { FormSection } from '@/components/professional/form-section';
import { useCommuneSuggestions } from '@/components/professional/use-commune-suggestions';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { FINESS_CATEGORIES, getFinessCategory } from '@/lib/reference/finess-categories';
import { REGIONS, isRegionCode } from '@/lib/reference/regions';
import type { AccountRequestFormBindings } from './form-bindings';

const CATEGORY_OPTIONS = FINESS_CATEGORIES.map((category) => ({ value: category.code, label: category.label }));
const REGION_OPTIONS = REGIONS.map((region) => ({ value: region.code, label: region.arsName }));

/**
 * The establishment (SPEC §6.1): category, FINESS géographique — or the GID of a vaccination centre,
 * the same field relabelled —, name, address, and the region whose ARS will validate the request,
 * pre-selected from the postal code until the requester picks one themself.
 */
export function EstablishmentFields({ register, control, errors }: AccountRequestFormBindings) {
  const [category, postalCode] = useWatch({ control, name: ['category', 'postalCode'] });
  const usesGid = usesGidFor(category);

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
      <PlaceFields register={register} control={control} errors={errors} postalCode={postalCode} />
    </FormSection>
  );
}

/** A vaccination centre gives its GID instead of a FINESS (SPEC §6.1). */
export function usesGidFor(category: string | undefined): boolean {
  return getFinessCategory(category ?? '')?.identifier === 'GID';
}

/** « Code postal* », « Ville* » (communes of the code offered) and « Région de rattachement* ». */
function PlaceFields({ register, control, errors, postalCode }: AccountRequestFormBindings & { postalCode: string | undefined }) {
  const suggestions = useCommuneSuggestions(postalCode);
  const region = useController({ control, name: 'regionCode' });
  // The region we chose for the requester: replacing it when the postal code changes is fine,
  // replacing one they picked is not.
  const autoRegion = useRef<string | null>(null);
  const currentRegion: string = region.field.value ?? '';
  const { onChange: setRegion } = region.field;

  useEffect(() => {
    const suggested = suggestions.regionCode;
    if (!suggested || !isRegionCode(suggested) || suggested === currentRegion) return;
    if (currentRegion !== '' && currentRegion !== autoRegion.current) return;
    autoRegion.current = suggested;
    setRegion(suggested);
  }, [suggestions.regionCode, currentRegion, setRegion]);

  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Code postal*" inputMode="numeric" autoComplete="postal-code" maxLength={5} required error={errors.postalCode?.message} {...register('postalCode')} />
        <TextField
          label="Ville*"
          autoComplete="address-level2"
          list={suggestions.communes.length > 0 ? 'establishment-city-suggestions' : undefined}
          required
          error={errors.city?.message}
          {...register('city')}
        />
        <datalist id="establishment-city-suggestions">
          {suggestions.communes.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <SelectField
        label="Région de rattachement*"
        options={REGION_OPTIONS}
        placeholder="Choisissez l'ARS de rattachement"
        required
        hint="L'agence régionale de santé qui validera votre demande. Proposée d'après le code postal."
        error={errors.regionCode?.message}
        name={region.field.name}
        ref={region.field.ref}
        value={currentRegion}
        onBlur={region.field.onBlur}
        onChange={(event) => {
          autoRegion.current = null;
          setRegion(event.target.value);
        }}
      />
    </>
  );
}
