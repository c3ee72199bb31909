import * as z from '@/lib/validation/zod-mini';
import { isCommonPassword } from '@/lib/validation/common-passwords';

// Password policy of SPEC §4 and §14, shared by the live checklist in the browser and the server.
// zod/mini: the set-password and « Mon compte » forms run these in the browser (lib/validation/zod-mini.ts).

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordRule {
  id: 'length' | 'upper' | 'lower' | 'digit' | 'special';
  label: string;
  test: (password: string) => boolean;
}

export const PASSWORD_RULES: readonly PasswordRule[] = [
  { id: 'length', label: 'Au moins 12 caractères', test: (p) => [...p].length >= PASSWORD_MIN_LENGTH },
  { id: 'upper', label: 'Au moins 1 majuscule', test: (p) => /\p{Lu}/u.test(p) },
  { id: 'lower', label: 'Au moins 1 minuscule', test: (p) => /\p{Ll}/u.test(p) },
  { id: 'digit', label: 'Au moins 1 chiffre', test: (p) => /\p{Nd}/u.test(p) },
  { id: 'special', label: 'Au moins 1 caractère spécial', test: (p) => /[^\p{L}\p{Nd}]/u.test(p) },
];

export function checkPasswordRules(password: string): { id: PasswordRule['id']; label: string; ok: boolean }[] {
  return PASSWORD_RULES.map((rule) => ({ id: rule.id, label: rule.label, ok: rule.test(password) }));
}

export type PasswordStrength = 0 | 1 | 2 | 3 | 4;
export const STRENGTH_LABELS = ['Très faible', 'Faible', 'Moyen', 'Fort', 'Très fort'] as const;

/** A coarse score for the meter: rules met, length beyond the minimum, variety; common passwords score 0. */
export function passwordStrength(password: string): PasswordStrength {
  if (!password || isCommonPassword(password)) return 0;
  const rulesMet = checkPasswordRules(password).filter((rule) => rule.ok).length;
  const length = [...password].length;
  const distinct = new Set(password).size;
  let score = rulesMet >= 5 ? 2 : rulesMet >= 3 ? 1 : 0;
  if (rulesMet >= 5 && length >= 16) score += 1;
  if (rulesMet >= 5 && length >= 20 && distinct >= 12) score += 1;
  return Math.min(score, 4) as PasswordStrength;
}

export const passwordSchema = z.string({ error: 'Saisissez un mot de passe.' }).check(
  z.maxLength(PASSWORD_MAX_LENGTH, `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`),
  z.superRefine((password: string, context) => {
    const missing = checkPasswordRules(password).filter((rule) => !rule.ok);
    if (missing.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `Le mot de passe doit contenir : ${missing.map((rule) => rule.label.toLowerCase()).join(', ')}.`,
      });
      return;
    }
    if (isCommonPassword(password)) {
      context.addIssue({ code: 'custom', message: 'Ce mot de passe est trop courant : choisissez-en un autre.' });
    }
  }),
);

/** The set-password form (activation and reset). */
export const setPasswordSchema = z
  .object({
    token: z.string().check(z.minLength(20, 'Lien invalide.')),
    password: passwordSchema,
    confirmation: z.string({ error: 'Confirmez le mot de passe.' }),
  })
  .check(
    z.refine((value) => value.password === value.confirmation, {
      path: ['confirmation'],
      message: 'Les deux mots de passe ne sont pas identiques.',
    }),
  );

export type SetPasswordInput = z.input<typeof setPasswordSchema>;
