import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { FieldErrors as ServerFieldErrors } from '@/lib/actions/result';

/** Puts the action's French field errors next to their fields and focuses the first one. */
export function showServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: ServerFieldErrors | undefined): void {
  Object.entries(fieldErrors ?? {}).forEach(([field, message], index) => {
    setError(field as Path<T>, { type: 'server', message }, { shouldFocus: index === 0 });
  });
}
