import { forwardRef, type ReactNode, type SelectHTMLAttributes } from 'react';
import { FieldFrame, controlClasses, fieldIds } from '@/components/ui/field-frame';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: readonly SelectOption[];
  error?: string;
  hint?: ReactNode;
  /** Text of the empty first option (value ""), e.g. « Choisissez une région ». Omit for no empty option. */
  placeholder?: string;
}

/** A labelled <select> whose hint and error are tied to it (aria-describedby), like TextField. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, options, error, hint, placeholder, id, name, required, className = '', ...props },
  ref,
) {
  const selectId = id ?? name;
  const { hintId, errorId, describedBy } = fieldIds(selectId, { hint, error });
  return (
    <FieldFrame fieldId={selectId} label={label} hint={hint} hintId={hintId} error={error} errorId={errorId} className={className}>
      <select
        ref={ref}
        id={selectId}
        name={name}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-11 w-full min-w-0 ${controlClasses(Boolean(error))}`}
        {...props}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
});
