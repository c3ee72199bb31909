import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { DraftValues } from '@/lib/validation/rpps';

/**
 * A saved step as the initial values of its form. The draft was written from this very form's fields
 * (strings and ticks); initial values are only a starting point — the form's resolver and the action
 * check them again — so widening the type here is safe.
 */
export function draftDefaults<T extends FieldValues>(base: Partial<Record<keyof T, string | boolean>>, draft: DraftValues): DefaultValues<T> {
  const values: Record<string, string | boolean> = { ...(base as Record<string, string | boolean>) };
  for (const [key, value] of Object.entries(draft)) if (value !== null) values[key] = value;
  return values as DefaultValues<T>;
}
