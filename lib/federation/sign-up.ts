import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { getProfession } from '@/lib/reference/professions';
import type { ProfessionalSignUp } from '@/lib/validation/professional';
import { consumeIntent, findIntent, type FederationIntent } from '@/lib/federation/intents';
import { linkIdentity } from '@/lib/federation/links';
import { federationErrorMessage } from '@/lib/federation/messages';

// The volunteer sign-up that Pro Santé Connect opened (SPEC §16): the form shows what PSC certified
// read-only, and the server takes those values from the intent again — never from the browser — then
// links the identity in the sign-up's own transaction. Such a volunteer is « RPPS vérifié ».

export interface CertifiedSignUpValues {
  federationToken: string;
  firstName: string;
  lastName: string;
  rppsNumber: string;
  professionCode: string | null;
  professionLabel: string | null;
  email: string | null;
}

/** What the sign-up page pre-fills for this token; null when it is not a valid one (any more). */
export async function certifiedSignUp(token: string | null | undefined): Promise<CertifiedSignUpValues | null> {
  const intent = await findIntent(prisma, token, 'SIGN_UP');
  if (!intent?.identity.rppsNumber) return null;
  const { firstName, lastName, rppsNumber, professionCode, email } = intent.identity;
  return { federationToken: token!, firstName, lastName, rppsNumber, professionCode, professionLabel: professionCode ? (getProfession(professionCode)?.label ?? null) : null, email };
}

export const EXPIRED_SIGN_UP_MESSAGE = federationErrorMessage('INTENT_EXPIRED')!;

/**
 * The sign-up's values with PSC's certified ones in place of whatever the browser sent; null when the
 * token is not a valid sign-up intent (the form says to sign in with PSC again).
 */
export async function withCertifiedValues(input: ProfessionalSignUp): Promise<{ input: ProfessionalSignUp; intent: FederationIntent | null } | null> {
  if (!input.federationToken) return { input, intent: null };
  const intent = await findIntent(prisma, input.federationToken, 'SIGN_UP');
  if (!intent?.identity.rppsNumber) return null;
  const { firstName, lastName, rppsNumber, professionCode } = intent.identity;
  return {
    intent,
    input: { ...input, firstName, lastName, identifierType: 'RPPS', identifierNumber: rppsNumber, ...(professionCode ? { professionCode } : {}) },
  };
}

/** In the sign-up's transaction: spend the intent and link the identity, or throw (nothing is written). */
export async function linkSignedUpIdentity(db: TransactionClient, userId: string, intent: FederationIntent): Promise<void> {
  if (!(await consumeIntent(db, intent))) throw new DomainError(EXPIRED_SIGN_UP_MESSAGE);
  const link = await linkIdentity(db, userId, intent.identity, { actorId: userId, via: 'sign-up' });
  if (!link.ok) throw new DomainError(federationErrorMessage(link.code)!);
}
