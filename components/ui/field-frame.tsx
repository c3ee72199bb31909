import type { ReactNode } from 'react';

/** Ids tying a control to its hint and error (aria-describedby), shared by every labelled field. */
export function fieldIds(fieldId: string | undefined, { hint, error, extra = [] }: { hint?: ReactNode; error?: string; extra?: (string | undefined)[] }) {
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, ...extra, errorId].filter(Boolean).join(' ') || undefined };
}

/** Label, hint, the control, then the error right under it: the one layout of every field. */
export function FieldFrame({
  fieldId,
  label,
  hint,
  hintId,
  error,
  errorId,
  labelId,
  className = '',
  children,
}: {
  fieldId: string | undefined;
  label: string;
  /** For controls that name themselves by the label's id (a combobox's listbox). */
  labelId?: string;
  hint?: ReactNode;
  hintId?: string;
  error?: string;
  errorId?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label id={labelId} htmlFor={fieldId} className="font-medium">
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="text-sm text-muted">
          {hint}
        </div>
      ) : null}
      {children}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** The error message right under a control, tied to it by aria-describedby. */
export function FieldError({ id, error }: { id: string | undefined; error?: string }) {
  return error ? (
    <p id={id} className="text-sm text-danger">
      {error}
    </p>
  ) : null;
}

export function controlClasses(invalid: boolean): string {
  return `rounded-t border-0 border-b-2 bg-gray-100 px-3 py-2 ${invalid ? 'border-danger' : 'border-ink'}`;
}
