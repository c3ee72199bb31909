import * as z from '@/lib/validation/zod-mini';

/**
 * An email address as typed in any form: trimmed, then lower-cased once valid. Its own module, in
 * zod/mini, so that the sign-up form's bundle gets it without the classic schemas of sign-in.ts.
 */
export const emailSchema = z.pipe(
  z
    .string({ error: 'Saisissez une adresse email.' })
    .check(z.trim(), z.minLength(1, 'Saisissez une adresse email.'), z.maxLength(254, 'Adresse email trop longue.'), z.email('Adresse email invalide.')),
  z.transform((value: string) => value.toLowerCase()),
);
