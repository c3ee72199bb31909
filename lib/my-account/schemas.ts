import { z } from '@/lib/validation/zod';
import { passwordSchema } from '@/lib/validation/password';
import { phoneSchema } from '@/lib/validation/professional';
import { emailSchema } from '@/lib/validation/sign-in';

// « Mon compte » (SPEC §15): one schema per form, parsed by the client form and again by its action.

const name = (label: string) => z.string({ error: `${label} est obligatoire.` }).trim().min(1, `${label} est obligatoire.`).max(100, `${label} est trop long.`);

/** The current password, asked again before a change that could lock the owner out. */
const currentPasswordSchema = z.string({ error: 'Saisissez votre mot de passe actuel.' }).min(1, 'Saisissez votre mot de passe actuel.').max(128, 'Mot de passe trop long.');

/** Name and phone of an account outside « Ma fiche » (volunteers edit theirs there). The phone may stay empty. */
export const profileSchema = z.object({
  firstName: name('Le prénom'),
  lastName: name('Le nom'),
  phone: z.union([z.literal('').transform(() => null), phoneSchema]),
});
export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileOutput = z.output<typeof profileSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    password: passwordSchema,
    confirmation: z.string({ error: 'Confirmez le mot de passe.' }),
  })
  .refine((value) => value.password === value.confirmation, { path: ['confirmation'], message: 'Les deux mots de passe ne sont pas identiques.' });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
export type ChangePasswordOutput = z.output<typeof changePasswordSchema>;

export const emailChangeSchema = z.object({ email: emailSchema, currentPassword: currentPasswordSchema });
export type EmailChangeInput = z.input<typeof emailChangeSchema>;
export type EmailChangeOutput = z.output<typeof emailChangeSchema>;

export const confirmEmailChangeSchema = z.object({ token: z.string().min(20, 'Lien invalide.').max(200, 'Lien invalide.') });

export const notificationsSchema = z.object({ enabled: z.boolean() });
export type NotificationsInput = z.input<typeof notificationsSchema>;

/** « Me déconnecter partout » sends nothing: the account is the caller's, never an id from the browser. */
export const noInputSchema = z.object({}).strict();
