// One result shape for every server action (docs/ARCHITECTURE.md convention 6): French messages only, never a
// Prisma row, a raw error or a stack trace.
export type FieldErrors = Record<string, string>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors };

export const GENERIC_ERROR = 'Une erreur est survenue. Vos saisies sont conservées : réessayez dans un instant.';
export const NOT_FOUND_ERROR = 'Élément introuvable.';
