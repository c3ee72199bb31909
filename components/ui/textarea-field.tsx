import { forwardRef, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { FieldFrame, controlClasses, fieldIds } from '@/components/ui/field-frame';

interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string;
  hint?: ReactNode;
  /**
   * Shows « n / max » under the field. The caller passes the current length (e.g. from react-hook-form's
   * `watch`) rather than the field counting keystrokes itself, so that a `reset()` updates it too.
   */
  counter?: { length: number; max: number };
}

/** A labelled <textarea>, optionally with a live character counter (SPEC §5.1 « Commentaire »). */
export const TextareaField = forwardRef<HTMLTextAreaElement, TextareaFieldProps>(function TextareaField(
  { label, error, hint, counter, id, name, required, rows = 4, className = '', ...props },
  ref,
) {
  const fieldId = id ?? name;
  const counterId = counter ? `${fieldId}-counter` : undefined;
  const { hintId, errorId, describedBy } = fieldIds(fieldId, { hint, error, extra: [counterId] });
  const over = counter ? counter.length > counter.max : false;
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} hintId={hintId} error={error} errorId={errorId} className={className}>
      <textarea
        ref={ref}
        id={fieldId}
        name={name}
        rows={rows}
        aria-required={required || undefined}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full ${controlClasses(Boolean(error) || over)}`}
        {...props}
      />
      {counter ? (
        // Not a live region: announcing every keystroke would drown a screen reader. It is read with
        // the field (aria-describedby), and the limit itself is enforced by maxLength.
        <p id={counterId} className={`self-end text-sm ${over ? 'text-danger' : 'text-muted'}`} data-testid={`${fieldId}-counter`}>
          {counter.length} / {counter.max}
          <span className="sr-only"> caractères</span>
        </p>
      ) : null}
    </FieldFrame>
  );
});
