'use client';

import { useEffect, useRef } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useCommuneSuggestions } from '@/components/professional/use-commune-suggestions';
import type { RecordFormBindings } from '@/components/professional/record-form-bindings';
import { REGIONS, isRegionCode } from '@/lib/reference/regions';

const REGION_OPTIONS = REGIONS.map((region) => ({ value: region.code, label: region.name }));

/**
 * « Code postal* », « Ville* » (the communes of the postal code offered as suggestions) and « Région* ».
 * The region of the postal code is pre-selected while the user has not chosen one themself: it is where
 * they want to be mobilised first, which is often but not always where they live (SPEC §5.1).
 */
export function LocationFields({ register, control, errors }: RecordFormBindings) {
  const postalCode = useWatch({ control, name: 'postalCode' });
  const suggestions = useCommuneSuggestions(postalCode);
  const region = useController({ control, name: 'regionCode' });
  // The last region we chose for the user: replacing it when the postal code changes is fine, replacing
  // one they picked is not.
  const autoRegion = useRef<string | null>(null);
  // Empty until chosen, whatever the type says: the form starts without a region.
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
        <TextField
          label="Code postal*"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          required
          error={errors.postalCode?.message}
          {...register('postalCode')}
        />
        <TextField
          label="Ville*"
          autoComplete="address-level2"
          list={suggestions.communes.length > 0 ? 'city-suggestions' : undefined}
          required
          error={errors.city?.message}
          hint={suggestions.communes.length > 0 ? 'Choisissez parmi les communes de ce code postal ou saisissez-la.' : undefined}
          {...register('city')}
        />
        <datalist id="city-suggestions">
          {suggestions.communes.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <SelectField
        label="Région*"
        options={REGION_OPTIONS}
        placeholder="Choisissez une région"
        required
        hint="La région où vous souhaitez être mobilisé(e) en priorité, pas forcément celle où vous habitez : c'est elle qui oriente votre candidature."
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
