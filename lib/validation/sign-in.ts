import { z } from '@/lib/validation/zod';

export const emailSchema = z
  .string({ error: 'Saisissez une adresse email.' })
  .trim()
  .min(1, 'Saisissez une adresse email.')
  .max(254, 'Adresse email trop longue.')
  .email('Adresse email invalide.')
  .transform((value) => value.toLowerCase());

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(128, 'Mot de passe trop long.'),
  remember: z.boolean().default(false),
});
export type SignInInput = z.input<typeof signInSchema>;

export const resetRequestSchema = z.object({ email: emailSchema });
export type ResetRequestInput = z.input<typeof resetRequestSchema>;
