import { z } from '@/lib/validation/zod';
import { validateFiness } from '@/lib/identifiers/finess';
import { REGION_CODES } from '@/lib/reference/regions';
import { emailSchema } from '@/lib/validation/sign-in';
import { phoneSchema } from '@/lib/validation/phone';
import { pageParam, textParam } from '@/lib/url/query-params';

// « Administration » (SPEC §15): one schema per form, parsed by the client form and again by the
// server action (docs/ARCHITECTURE.md convention 5). Ids only look like ids here: lib/accounts
// re-authorizes every one against the actor's scope.

/** The roles an agent may invite (SPEC §15): establishment accounts come from account requests. */
export const INVITABLE_ROLES = ['ARS', 'CCS', 'RPPS_MANAGER'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export const DISABLE_REASON_MAX = 500;
export const MAX_FINESS_PER_INVITATION = 20;

const id = z.string().uuid('Élément introuvable.');

const name = (label: string) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .min(1, `${label} est obligatoire.`)
    .max(100, `${label} est trop long.`);

/** « N° FINESS » fields: one or several numbers, separated by commas, spaces or new lines. */
export function splitFinessList(input: string): string[] {
  return [...new Set(input.split(/[\s,;]+/).filter(Boolean))];
}

const finessList = z
  .string()
  .trim()
  .default('')
  .superRefine((value, ctx) => {
    const numbers = splitFinessList(value);
    if (numbers.length > MAX_FINESS_PER_INVITATION) ctx.addIssue({ code: 'custom', message: `${MAX_FINESS_PER_INVITATION} numéros FINESS au plus.` });
    const wrong = numbers.map((number) => validateFiness(number)).find((result) => !result.ok);
    if (wrong && !wrong.ok) ctx.addIssue({ code: 'custom', message: wrong.message });
  });

export const inviteAccountSchema = z
  .object({
    role: z.enum(INVITABLE_ROLES, 'Choisissez le type de compte.'),
    email: emailSchema,
    firstName: name('Le prénom'),
    lastName: name('Le nom'),
    phone: z.union([z.literal(''), phoneSchema]).default(''),
    regionCode: z.union([z.literal(''), z.enum(REGION_CODES)]).default(''),
    finess: finessList,
  })
  .superRefine((value, ctx) => {
    if (value.role === 'ARS' && value.regionCode === '') ctx.addIssue({ code: 'custom', message: 'Choisissez la région de l’agent ARS.', path: ['regionCode'] });
    if (value.role === 'RPPS_MANAGER' && splitFinessList(value.finess).length === 0)
      ctx.addIssue({ code: 'custom', message: 'Indiquez au moins un numéro FINESS.', path: ['finess'] });
  });

export type InviteAccountInput = z.input<typeof inviteAccountSchema>;
export type InviteAccountData = z.output<typeof inviteAccountSchema>;

export const accountIdSchema = z.object({ userId: id });
export type AccountIdInput = z.input<typeof accountIdSchema>;

export const disableAccountSchema = z.object({
  userId: id,
  reason: z
    .string({ error: 'Le motif est obligatoire.' })
    .trim()
    .min(3, 'Le motif est obligatoire (3 caractères au moins).')
    .max(DISABLE_REASON_MAX, `Le motif fait ${DISABLE_REASON_MAX} caractères au plus.`),
});
export type DisableAccountInput = z.input<typeof disableAccountSchema>;

export const attachEstablishmentSchema = z.object({
  userId: id,
  finess: z
    .string({ error: 'Le numéro FINESS est obligatoire.' })
    .trim()
    .min(1, 'Le numéro FINESS est obligatoire.')
    .superRefine((value, ctx) => {
      const result = validateFiness(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
    }),
});
export type AttachEstablishmentInput = z.input<typeof attachEstablishmentSchema>;

export const detachEstablishmentSchema = z.object({ userId: id, establishmentId: id });
export type DetachEstablishmentInput = z.input<typeof detachEstablishmentSchema>;

// The list's URL query (lib/url/query-params.ts: each field falls back on its own).
export const ACCOUNT_STATUS_FILTERS = ['actif', 'invite', 'desactive', 'en-attente'] as const;
export type AccountStatusFilter = (typeof ACCOUNT_STATUS_FILTERS)[number];
export const LAST_SIGN_IN_FILTERS = ['jamais', '30-jours', 'plus-30-jours'] as const;
export type LastSignInFilter = (typeof LAST_SIGN_IN_FILTERS)[number];
export const LISTED_ROLES = ['ARS', 'CCS', 'ESTABLISHMENT', 'RPPS_MANAGER'] as const;
export type ListedRole = (typeof LISTED_ROLES)[number];

export const accountQuerySchema = z.object({
  q: textParam,
  role: z.enum(LISTED_ROLES).optional().catch(undefined),
  region: z.enum(REGION_CODES).optional().catch(undefined),
  status: z.enum(ACCOUNT_STATUS_FILTERS).optional().catch(undefined),
  lastSignIn: z.enum(LAST_SIGN_IN_FILTERS).optional().catch(undefined),
  page: pageParam,
});
export type AccountQuery = z.output<typeof accountQuerySchema>;
