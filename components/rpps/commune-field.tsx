'use client';

import { useEffect, useRef, useState } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';
import { FRANCE } from '@/lib/rpps/shared/countries';
import type { CivilStatusInput } from '@/lib/validation/rpps';
import { Combobox, type ComboboxOption } from './combobox';

interface Suggestions {
  communes: { code: string; name: string; label: string }[];
  message: string | null;
}

const LABEL = 'Commune de naissance*';
const HINT = 'Saisissez les premières lettres de la commune, puis choisissez-la dans la liste. Ne saisissez pas le code postal : il ne sera pas reconnu.';

/**
 * « Commune de naissance* »: for a birth in France, a type-ahead on commune names served by
 * /api/rpps/communes (the INSEE code of the chosen one is kept alongside); abroad, the name as written
 * on the identity document.
 */
export function CommuneField() {
  const { control, register, setValue, formState } = useFormContext<CivilStatusInput>();
  const country = useWatch({ control, name: 'birthCountry' });
  const { field } = useController({ control, name: 'birthCommuneName' });
  const [suggestions, setSuggestions] = useState<Suggestions & { names: Map<string, string> }>({ communes: [], message: null, names: new Map() });
  const pending = useRef<AbortController | null>(null);
  const error = formState.errors.birthCommuneName?.message;
  const inFrance = !country || country === FRANCE;

  useEffect(() => () => pending.current?.abort(), []);

  function search(text: string) {
    pending.current?.abort();
    if (text.trim().length < 2) {
      setSuggestions({ communes: [], message: null, names: new Map() });
      return;
    }
    const controller = new AbortController();
    pending.current = controller;
    fetch(`/api/rpps/communes?q=${encodeURIComponent(text)}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Suggestions>) : { communes: [], message: null }))
      .then((body) => setSuggestions({ ...body, names: new Map(body.communes.map((commune) => [commune.code, commune.name])) }))
      .catch(() => undefined);
  }

  if (!inFrance) {
    return <TextField label={LABEL} hint="Telle qu'elle figure sur la pièce d'identité." required error={error} {...register('birthCommuneName')} />;
  }

  const options: ComboboxOption[] = suggestions.communes.map((commune) => ({ value: commune.code, label: commune.label }));
  const typed = field.value ?? '';
  return (
    <>
      <input type="hidden" {...register('birthCommuneCode')} />
      <Combobox
        id="birthCommuneName"
        label={LABEL}
        hint={HINT}
        required
        error={error}
        inputRef={field.ref}
        inputValue={typed}
        onInputChange={(text) => {
          // What is typed is not a commune of the list until one is chosen again. The code is set before
          // the name so that the name's validation (which reads the code) sees the new one.
          setValue('birthCommuneCode', '');
          field.onChange(text);
          search(text);
        }}
        options={options}
        onSelect={(option) => {
          setValue('birthCommuneCode', option.value);
          field.onChange(suggestions.names.get(option.value) ?? option.label);
          setSuggestions({ communes: [], message: null, names: new Map() });
        }}
        onBlur={field.onBlur}
        message={suggestions.message}
      />
    </>
  );
}
