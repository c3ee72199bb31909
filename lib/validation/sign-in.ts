import * as z from '@/lib/validation/zod-mini';
import { emailSchema } from '@/lib/validation/email';

// zod/mini: the sign-in and reset-request forms run these in the browser (lib/validation/zod-mini.ts).

export { emailSchema };

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().check(z.minLength(1, 'Saisissez votre mot de passe.'), z.maxLength(128, 'Mot de passe trop long.')),
  remember: z._default(z.boolean(), false),
});
export type SignInInput = z.input<typeof signInSchema>;

export const resetRequestSchema = z.object({ email: emailSchema });
export type ResetRequestInput = z.input<typeof resetRequestSchema>;
