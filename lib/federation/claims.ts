import { z } from '@/lib/validation/zod';
import type { IdentityProvider } from '@/lib/generated/prisma/enums';
import type { ProfessionCode } from '@/lib/reference/professions';
import { professionFromPscCode } from '@/lib/federation/psc-professions';

// What an identity provider certifies, read from its claims (ID token and userinfo merged). Only what we
// use is read; anything malformed makes the identity unusable rather than half-read.

/** The identity as our sign-in and sign-up steps use it; also stored in a federation intent. */
export interface CertifiedIdentity {
  provider: IdentityProvider;
  subject: string;
  firstName: string;
  lastName: string;
  /** Lower-case. PSC often has none. */
  email: string | null;
  /** PSC only: the 11-digit RPPS number. */
  rppsNumber: string | null;
  /** PSC only, when its profession code is one we know. */
  professionCode: ProfessionCode | null;
}

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email())
  .optional()
  .catch(undefined);

const pscClaimsSchema = z.object({
  sub: z.string().min(1),
  given_name: z.string().trim().min(1),
  family_name: z.string().trim().min(1),
  // PSC's national identifier of an RPPS holder: « 8 » followed by the 11-digit RPPS number.
  SubjectNameID: z.string().regex(/^8\d{11}$/),
  SubjectRefPro: z
    .object({ exercices: z.array(z.object({ codeProfession: z.string().optional() })).optional() })
    .optional(),
  email: optionalEmail,
});

const proConnectClaimsSchema = z.object({
  sub: z.string().min(1),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  given_name: z.string().trim().min(1),
  usual_name: z.string().trim().min(1),
});

/** null when the claims lack what PSC always certifies (names, national identifier of an RPPS holder). */
export function pscIdentity(claims: unknown): CertifiedIdentity | null {
  const parsed = pscClaimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  const { sub, given_name, family_name, SubjectNameID, SubjectRefPro, email } = parsed.data;
  return {
    provider: 'PRO_SANTE_CONNECT',
    subject: sub,
    firstName: given_name,
    lastName: family_name,
    email: email ?? null,
    rppsNumber: SubjectNameID.slice(1),
    professionCode: professionFromPscCode(SubjectRefPro?.exercices?.[0]?.codeProfession),
  };
}

/** null when the claims lack an email or names (ProConnect always sends them). */
export function proConnectIdentity(claims: unknown): CertifiedIdentity | null {
  const parsed = proConnectClaimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  const { sub, email, given_name, usual_name } = parsed.data;
  return { provider: 'PROCONNECT', subject: sub, firstName: given_name, lastName: usual_name, email, rppsNumber: null, professionCode: null };
}

export function certifiedIdentity(provider: IdentityProvider, claims: unknown): CertifiedIdentity | null {
  return provider === 'PRO_SANTE_CONNECT' ? pscIdentity(claims) : proConnectIdentity(claims);
}

/** Reads back an identity stored in a federation intent's JSON column. */
export function storedIdentity(value: unknown): CertifiedIdentity | null {
  const parsed = storedIdentitySchema.safeParse(value);
  return parsed.success ? (parsed.data as CertifiedIdentity) : null;
}

const storedIdentitySchema = z.object({
  provider: z.enum(['PRO_SANTE_CONNECT', 'PROCONNECT']),
  subject: z.string().min(1),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  rppsNumber: z.string().regex(/^\d{11}$/).nullable(),
  professionCode: z.string().nullable(),
});
