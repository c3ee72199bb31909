import { FieldError } from '@/components/ui/field-frame';
import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import type { SelectOption } from '@/components/ui/select-field';

interface RadioGroupFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value'> {
  /** The group's name, read by screen readers before each option (fieldset + legend). */
  legend: string;
  options: readonly SelectOption[];
  error?: string;
  hint?: ReactNode;
  /** Options side by side when they fit (short labels such as RPPS / ADELI / Aucun). */
  inline?: boolean;
}

/**
 * Radio buttons in a fieldset. Spread react-hook-form's `register(name)` on it: the same name, handlers
 * and ref go to every radio, which is how react-hook-form registers a radio group.
 */
export const RadioGroupField = forwardRef<HTMLInputElement, RadioGroupFieldProps>(function RadioGroupField(
  { legend, options, error, hint, inline = false, id, name, className = '', ...props },
  ref,
) {
  const groupId = id ?? name ?? 'radio-group';
  const hintId = hint ? `${groupId}-hint` : undefined;
  const errorId = error ? `${groupId}-error` : undefined;
  return (
    <fieldset className={`flex min-w-0 flex-col gap-1 ${className}`} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend className="mb-1 font-medium">{legend}</legend>
      {hint ? (
        <div id={hintId} className="text-sm text-muted">
          {hint}
        </div>
      ) : null}
      <div className={inline ? 'flex flex-wrap gap-x-6 gap-y-2' : 'flex flex-col gap-2'}>
        {options.map((option) => {
          const optionId = `${groupId}-${option.value}`;
          return (
            <div key={option.value} className="flex min-h-11 items-center gap-2">
              <input
                ref={ref}
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                // ARIA allows aria-required on the group, not on a radio: the legend's « * » says it.
                aria-describedby={errorId}
                // For "focus the first field to fix" helpers, which look for [aria-invalid] or this.
                data-invalid={error ? true : undefined}
                className="h-5 w-5 accent-brand"
                {...props}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
});
