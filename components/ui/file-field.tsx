'use client';

import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldFrame, fieldIds } from '@/components/ui/field-frame';

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
  const { hintId, errorId, describedBy } = fieldIds(inputId, { hint, error });
  return (
    <FieldFrame fieldId={inputId} label={label} hint={hint} hintId={hintId} error={error} errorId={errorId} className={`min-w-0 ${className}`}>
      <input
        ref={ref}
        type="file"
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
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
    </FieldFrame>
  );
});

/** « 1,2 Mo », « 350 ko »: French units and decimal comma. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('fr-FR')} ko`;
}
