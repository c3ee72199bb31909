'use client';

import { PlaceFields } from '@/components/forms/place-fields';
import type { RecordFormBindings } from '@/components/professional/record-form-bindings';
import { REGIONS } from '@/lib/reference/regions';

const REGION_OPTIONS = REGIONS.map((region) => ({ value: region.code, label: region.name }));

/**
 * « Code postal* », « Ville* » and « Région* » of the volunteer's record. The region is where they want
 * to be mobilised first, which is often but not always where they live (SPEC §5.1).
 */
export function LocationFields({ register, control, errors }: RecordFormBindings) {
  return (
    <PlaceFields
      register={register}
      control={control}
      errors={errors}
      citySuggestionsId="city-suggestions"
      citySuggestionsHint="Choisissez parmi les communes de ce code postal ou saisissez-la."
      region={{
        label: 'Région*',
        placeholder: 'Choisissez une région',
        hint: "La région où vous souhaitez être mobilisé(e) en priorité, pas forcément celle où vous habitez : c'est elle qui oriente votre candidature.",
        options: REGION_OPTIONS,
      }}
    />
  );
}
