import { forwardRef, type ReactNode, type TextareaHTMLAttributes } from 'react';

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
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const counterId = counter ? `${fieldId}-counter` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  const over = counter ? counter.length > counter.max : false;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId} className="font-medium">
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="text-sm text-muted">
          {hint}
        </div>
      ) : null}
      <textarea
        ref={ref}
        id={fieldId}
        name={name}
        rows={rows}
        aria-required={required || undefined}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={[hintId, counterId, errorId].filter(Boolean).join(' ') || undefined}
        className={`w-full rounded-t border-0 border-b-2 bg-gray-100 px-3 py-2 ${error || over ? 'border-danger' : 'border-ink'}`}
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
      {error ? (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
});
