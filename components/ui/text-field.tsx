import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldFrame, controlClasses, fieldIds } from '@/components/ui/field-frame';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string;
  hint?: ReactNode;
}

/** A labelled input whose error is tied to it (aria-describedby) and shown right under it. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, error, hint, id, name, required, className = '', ...props },
  ref,
) {
  const inputId = id ?? name;
  const { hintId, errorId, describedBy } = fieldIds(inputId, { hint, error });
  return (
    <FieldFrame fieldId={inputId} label={label} hint={hint} hintId={hintId} error={error} errorId={errorId} className={className}>
      <input
        ref={ref}
        id={inputId}
        name={name}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-11 ${controlClasses(Boolean(error))}`}
        {...props}
      />
    </FieldFrame>
  );
});
