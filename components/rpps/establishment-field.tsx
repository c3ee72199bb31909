'use client';

import { useEffect, useRef, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { foldName } from '@/lib/rpps/shared/fold';
import { Combobox, type ComboboxOption } from './combobox';

/**
 * Where the establishments come from: the manager's own (a short list, filtered here), or the public
 * search of establishments that have an RPPS+ manager (pre-registration).
 */
export type EstablishmentSource = { kind: 'list'; options: ComboboxOption[] } | { kind: 'remote'; url: string };

const HINT = 'Recherchez-le par son numéro FINESS (ou SIRET) ou par son nom, puis choisissez-le dans la liste.';

/** « Établissement* », searched by FINESS number or by name (guide, step 4). Keeps the chosen id. */
export function EstablishmentField({ source, initialLabel = '' }: { source: EstablishmentSource; initialLabel?: string }) {
  const { control, formState } = useFormContext<{ establishmentId: string }>();
  const { field } = useController({ control, name: 'establishmentId' });
  const chosen = source.kind === 'list' ? source.options.find((option) => option.value === field.value)?.label : undefined;
  const [text, setText] = useState(chosen ?? initialLabel);
  const [remote, setRemote] = useState<{ query: string; options: ComboboxOption[] }>({ query: '', options: [] });
  const pending = useRef<AbortController | null>(null);
  useEffect(() => () => pending.current?.abort(), []);

  const query = foldName(text);
  const options =
    source.kind === 'list'
      ? source.options
          .filter((option) => query === '' || foldName(option.label).includes(query) || option.label.replace(/\s+/g, '').startsWith(text.replace(/\s+/g, '')))
          .slice(0, 20)
      : remote.options;

  function searchRemote(value: string) {
    if (source.kind !== 'remote') return;
    pending.current?.abort();
    if (value.trim().length < 2) return setRemote({ query: value, options: [] });
    const controller = new AbortController();
    pending.current = controller;
    fetch(`${source.url}?q=${encodeURIComponent(value)}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ establishments: { id: string; label: string }[] }>) : { establishments: [] }))
      .then((body) => setRemote({ query: value, options: body.establishments.map((item) => ({ value: item.id, label: item.label })) }))
      .catch(() => undefined);
  }

  // For the remote search, only once the answer for this very text has come back.
  const showNothingFound = text.trim().length >= 2 && options.length === 0 && !field.value && (source.kind === 'list' || remote.query === text);
  return (
    <Combobox
      id="establishmentId"
      label="Établissement*"
      hint={HINT}
      required
      error={formState.errors.establishmentId?.message}
      inputRef={field.ref}
      inputValue={text}
      onInputChange={(value) => {
        setText(value);
        field.onChange('');
        searchRemote(value);
      }}
      options={field.value ? [] : options}
      onSelect={(option) => {
        setText(option.label);
        field.onChange(option.value);
      }}
      onBlur={field.onBlur}
      message={showNothingFound ? 'Aucun établissement trouvé. Si vous ne trouvez pas votre établissement, prenez contact avec le support technique.' : null}
    />
  );
}
