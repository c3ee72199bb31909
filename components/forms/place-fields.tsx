'use client';

import { useEffect, useRef } from 'react';
import { useController, useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useCommuneSuggestions } from '@/components/professional/use-commune-suggestions';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { CEDEX_TOWN_ADVICE } from '@/lib/reference/cedex-advice';
import { isRegionCode, type RegionCode } from '@/lib/reference/regions';

/** Any form whose values hold a postal code, a city and a region (the volunteer's record, the account request). */
export interface PlaceFormValues {
  postalCode: string;
  city: string;
  regionCode: RegionCode;
}

interface PlaceFormBindings<Values extends PlaceFormValues, Context, Output> {
  register: UseFormRegister<Values>;
  control: Control<Values, Context, Output>;
  errors: FieldErrors<Values>;
}

export interface PlaceFieldsProps<Values extends PlaceFormValues, Context, Output> extends PlaceFormBindings<Values, Context, Output> {
  /** The id of the city's <datalist>: unique in the page. */
  citySuggestionsId: string;
  /** Under « Ville* » while the postal code's communes are offered. */
  citySuggestionsHint?: string;
  /** The region select: what the region means differs between the forms, so does its wording. */
  region: { label: string; placeholder: string; hint: string; options: readonly SelectOption[] };
  /** An establishment's address: a CEDEX code is accepted, its region proposed, the town typed by hand (decision 010). */
  cedex?: boolean;
}

const CEDEX_HINT = `Code postal CEDEX : écrivez ${CEDEX_TOWN_ADVICE}.`;

/**
 * « Code postal* », « Ville* » (the communes of the postal code offered as suggestions) and the region,
 * pre-selected from the postal code while the user has not chosen one themself.
 */
export function PlaceFields<Values extends PlaceFormValues, Context, Output>({
  citySuggestionsId,
  citySuggestionsHint,
  region: regionField,
  cedex = false,
  ...form
}: PlaceFieldsProps<Values, Context, Output>) {
  const { register, control, errors } = narrowToPlace(form);
  const postalCode = useWatch({ control, name: 'postalCode' });
  const suggestions = useCommuneSuggestions(postalCode, { cedex });
  const { field: regionInput } = useController({ control, name: 'regionCode' });
  // The last region we chose for the user: replacing it when the postal code changes is fine, replacing
  // one they picked is not.
  const autoRegion = useRef<string | null>(null);
  // Empty until chosen, whatever the type says: the form starts without a region.
  const currentRegion: string = regionInput.value ?? '';
  const { onChange: setRegion, onBlur: leaveRegion, name: regionName, ref: regionRef } = regionInput;

  useEffect(() => {
    const suggested = suggestions.regionCode;
    if (!suggested || !isRegionCode(suggested) || suggested === currentRegion) return;
    if (currentRegion !== '' && currentRegion !== autoRegion.current) return;
    autoRegion.current = suggested;
    setRegion(suggested);
  }, [suggestions.regionCode, currentRegion, setRegion]);

  const hasSuggestions = suggestions.communes.length > 0;
  const cityHint = hasSuggestions ? citySuggestionsHint : suggestions.cedex ? CEDEX_HINT : undefined;
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
          list={hasSuggestions ? citySuggestionsId : undefined}
          required
          error={errors.city?.message}
          hint={cityHint}
          {...register('city')}
        />
        <datalist id={citySuggestionsId}>
          {suggestions.communes.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <SelectField
        label={regionField.label}
        options={regionField.options}
        placeholder={regionField.placeholder}
        required
        hint={regionField.hint}
        error={errors.regionCode?.message}
        name={regionName}
        ref={regionRef}
        value={currentRegion}
        onBlur={leaveRegion}
        onChange={(event) => {
          autoRegion.current = null;
          setRegion(event.target.value);
        }}
      />
    </>
  );
}

/**
 * react-hook-form's types are invariant in the form values, so a wider form is not assignable to the
 * place fields' own; these fields only use `postalCode`, `city` and `regionCode`, which exist with the
 * same types in every such form, which makes this one cast sound.
 */
function narrowToPlace<Values extends PlaceFormValues, Context, Output>(form: PlaceFormBindings<Values, Context, Output>): PlaceFormBindings<PlaceFormValues, unknown, PlaceFormValues> {
  return {
    register: form.register as unknown as UseFormRegister<PlaceFormValues>,
    control: form.control as unknown as Control<PlaceFormValues, unknown, PlaceFormValues>,
    errors: form.errors as FieldErrors<PlaceFormValues>,
  };
}
