import * as z from '@/lib/validation/zod-mini';
import { passwordSchema } from '@/lib/validation/password';
import { phoneSchema } from '@/lib/validation/phone';
import { emailSchema } from '@/lib/validation/email';

// « Mon compte » (SPEC §15): one schema per form, parsed by the client form and again by its action.
// zod/mini, as every schema a volunteer page runs in the browser (lib/validation/zod-mini.ts).

const name = (label: string) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .check(z.trim(), z.minLength(1, `${label} est obligatoire.`), z.maxLength(100, `${label} est trop long.`));

/** The current password, asked again before a change that could lock the owner out. */
const currentPasswordSchema = z
  .string({ error: 'Saisissez votre mot de passe actuel.' })
  .check(z.minLength(1, 'Saisissez votre mot de passe actuel.'), z.maxLength(128, 'Mot de passe trop long.'));

/** Name and phone of an account outside « Ma fiche » (volunteers edit theirs there). The phone may stay empty. */
export const profileSchema = z.object({
  firstName: name('Le prénom'),
  lastName: name('Le nom'),
  phone: z.union([z.pipe(z.literal(''), z.transform(() => null)), phoneSchema]),
});
export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileOutput = z.output<typeof profileSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    password: passwordSchema,
    confirmation: z.string({ error: 'Confirmez le mot de passe.' }),
  })
  .check(
    z.refine((value) => value.password === value.confirmation, { path: ['confirmation'], message: 'Les deux mots de passe ne sont pas identiques.' }),
  );
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
export type ChangePasswordOutput = z.output<typeof changePasswordSchema>;

export const emailChangeSchema = z.object({ email: emailSchema, currentPassword: currentPasswordSchema });
export type EmailChangeInput = z.input<typeof emailChangeSchema>;
export type EmailChangeOutput = z.output<typeof emailChangeSchema>;

export const confirmEmailChangeSchema = z.object({ token: z.string().check(z.minLength(20, 'Lien invalide.'), z.maxLength(200, 'Lien invalide.')) });

export const notificationsSchema = z.object({ enabled: z.boolean() });
export type NotificationsInput = z.input<typeof notificationsSchema>;

/** « Me déconnecter partout » sends nothing: the account is the caller's, never an id from the browser. */
export const noInputSchema = z.strictObject({});

/** « Délier » an identity of Pro Santé Connect or ProConnect (SPEC §16). */
export const unlinkIdentitySchema = z.object({ provider: z.enum(['PRO_SANTE_CONNECT', 'PROCONNECT']) });
export type UnlinkIdentityInput = z.input<typeof unlinkIdentitySchema>;
