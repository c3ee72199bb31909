import type { z } from 'zod';
import type { FieldErrors } from '@/lib/actions/result';

/** First message per field, keyed by the dotted path react-hook-form uses (`periods.0.startDate`). */
export function zodFieldErrors(error: z.core.$ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}
