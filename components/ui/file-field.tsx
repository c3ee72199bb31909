'use client';

import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';

interface FileFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: string;
  error?: string;
  hint?: ReactNode;
  /** The chosen file, to show its size and offer « Retirer le fichier ». */
  file?: File | null;
  onClear?: () => void;
}

/** A labelled file input with its hint (formats, size) and error tied to it, like TextField. */
export const FileField = forwardRef<HTMLInputElement, FileFieldProps>(function FileField(
  { label, error, hint, file, onClear, id, name, className = '', ...props },
  ref,
) {
  const inputId = id ?? name;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="text-sm text-muted">
          {hint}
        </div>
      ) : null}
      <input
        ref={ref}
        type="file"
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        className={`min-h-11 w-full min-w-0 rounded border-2 border-dashed bg-gray-50 p-2 text-sm file:mr-3 file:min-h-9 file:rounded file:border-0 file:bg-brand file:px-3 file:text-white ${error ? 'border-danger' : 'border-gray-400'}`}
        {...props}
      />
      {file ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <span className="[overflow-wrap:anywhere]">
            {file.name} ({formatSize(file.size)})
          </span>
          {onClear ? (
            <button type="button" onClick={onClear} className="min-h-11 text-brand underline" aria-label={`Retirer le fichier ${label.replace(/\*$/, '')}`}>
              Retirer le fichier
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
});

/** « 1,2 Mo », « 350 ko »: French units and decimal comma. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('fr-FR')} ko`;
}
