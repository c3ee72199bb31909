'use client';

import { useCallback, useRef, useState } from 'react';
import { UPLOAD_MESSAGES, uploadSizeError } from '@/lib/storage/upload-rules';
import type { SignUpFileField } from '@/lib/professionals/sign-up/sign-up-transport';

const FIELDS: readonly SignUpFileField[] = ['identityDocument', 'diploma'];
const ACCEPTED_EXTENSION = /\.(pdf|docx?|jpe?g|png)$/i;

export type SignUpFilesState = Record<SignUpFileField, File | null>;
export type SignUpFileErrors = Partial<Record<SignUpFileField, string>>;

/**
 * The two optional documents, kept outside react-hook-form (they are not part of the zod schema, which
 * is shared with « Ma fiche »). A file is pre-checked at once in the browser — size and extension — so
 * that a 20 MB scan is refused before it is sent; the server still decides on the content.
 */
export function useSignUpFiles() {
  const [files, setFiles] = useState<SignUpFilesState>({ identityDocument: null, diploma: null });
  const [errors, setErrors] = useState<SignUpFileErrors>({});
  const inputs = useRef<Partial<Record<SignUpFileField, HTMLInputElement | null>>>({});

  const choose = useCallback((field: SignUpFileField, file: File | null) => {
    setFiles((current) => ({ ...current, [field]: file }));
    setErrors((current) => ({ ...current, [field]: file ? precheck(file) : undefined }));
  }, []);

  const clear = useCallback(
    (field: SignUpFileField) => {
      const input = inputs.current[field];
      if (input) input.value = '';
      choose(field, null);
      input?.focus();
    },
    [choose],
  );

  /** Errors from the server, on the file it refused; the file stays chosen so the user sees which. */
  const setServerErrors = useCallback((fieldErrors: Record<string, string>) => {
    setErrors((current) => {
      const next = { ...current };
      for (const field of FIELDS) if (fieldErrors[field]) next[field] = fieldErrors[field];
      return next;
    });
  }, []);

  const hasErrors = FIELDS.some((field) => errors[field]);
  const bindInput = (field: SignUpFileField) => (element: HTMLInputElement | null) => {
    inputs.current[field] = element;
  };

  return { files, errors, hasErrors, choose, clear, setServerErrors, bindInput };
}

function precheck(file: File): string | undefined {
  return uploadSizeError(file.size) ?? (ACCEPTED_EXTENSION.test(file.name) ? undefined : UPLOAD_MESSAGES.refused);
}
