'use client';

import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { controlClasses, FieldFrame } from '@/components/ui/field-frame';

export interface ComboboxOption {
  value: string;
  label: string;
}

interface ComboboxProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  inputValue: string;
  onInputChange: (text: string) => void;
  /** Suggestions for the text typed; the list opens when there are some. */
  options: readonly ComboboxOption[];
  onSelect: (option: ComboboxOption) => void;
  onBlur?: () => void;
  /** Said under the field while typing: why nothing can be chosen (a postal code), or « Aucun résultat ». */
  message?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  autoComplete?: string;
}

/**
 * A text field with a list of suggestions: the ARIA 1.2 « combobox with listbox popup » pattern
 * (WAI-ARIA APG). Arrows move in the list, Enter chooses, Escape closes; the list is always in the DOM
 * (hidden when closed) so that aria-controls names an element; the number of suggestions is announced.
 */
export function Combobox({
  id,
  label,
  hint,
  error,
  required,
  inputValue,
  onInputChange,
  options,
  onSelect,
  onBlur,
  message,
  inputRef,
  autoComplete = 'off',
}: ComboboxProps) {
  const listId = useId();
  const labelId = `${id}-label`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && options.length > 0;
  const hintId = hint ? `${id}-hint` : undefined;
  const messageId = message ? `${id}-message` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  function choose(option: ComboboxOption) {
    onSelect(option);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? options.length - 1 : index - 1));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      // Choosing, not submitting the form.
      event.preventDefault();
      choose(options[active]!);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <FieldFrame fieldId={id} label={label} labelId={labelId} hint={hint} hintId={hintId} error={error} errorId={errorId}>
      <div className="relative">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, messageId, errorId].filter(Boolean).join(' ') || undefined}
          autoComplete={autoComplete}
          value={inputValue}
          onChange={(event) => {
            onInputChange(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            onBlur?.();
          }}
          className={`min-h-11 w-full ${controlClasses(Boolean(error))}`}
        />
        <ul
          id={listId}
          role="listbox"
          aria-labelledby={labelId}
          hidden={!expanded}
          className="absolute top-full z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-gray-300 bg-white shadow-lg"
        >
          {options.map((option, index) => (
            <li
              key={option.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Keeps the focus in the field, so choosing with the mouse does not blur it first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              className={`cursor-pointer px-3 py-2 ${index === active ? 'bg-brand text-white' : 'hover:bg-brand-light'}`}
            >
              {option.label}
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className="sr-only">
        {expanded ? `${options.length} suggestion${options.length > 1 ? 's' : ''} disponible${options.length > 1 ? 's' : ''}.` : ''}
      </p>
      {message ? (
        <p id={messageId} className="text-sm text-warning">
          {message}
        </p>
      ) : null}
    </FieldFrame>
  );
}
