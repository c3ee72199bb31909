import * as z from '@/lib/validation/zod-mini';

/**
 * A French phone number as typed in any form: spaces, dots and dashes dropped, then 10 digits or an
 * international +number. Its own module, like email.ts, so that a form asking for a phone (« Mon compte »,
 * an account request) does not build the volunteer record's schemas of professional.ts in the browser.
 */
export const phoneSchema = z
  .pipe(
    z.string({ error: 'Le téléphone est obligatoire.' }).check(z.trim(), z.minLength(1, 'Le téléphone est obligatoire.')),
    z.transform((value: string) => value.replace(/[\s.-]/g, '')),
  )
  .check(z.refine((value) => /^(0\d{9}|\+\d{10,13})$/.test(value), 'Numéro de téléphone invalide (10 chiffres, ou +indicatif).'));
