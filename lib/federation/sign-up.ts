import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { getProfession } from '@/lib/reference/professions';
import type { ProfessionalSignUp } from '@/lib/validation/professional';
import { consumeIntent, findIntent, type FederationIntent } from '@/lib/federation/intents';
import { linkIdentity } from '@/lib/federation/links';
import { federationErrorMessage } from '@/lib/federation/messages';
import { keepCertifiedProfession } from '@/lib/federation/psc-professions';

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
 * Said with « Inscription enregistrée » when the sign-up came back with a PSC step that had expired or
 * already served: it was saved as an ordinary one. True whether the address was new or already had an
 * account (the page answers the same for both, SPEC §2).
 */
export const UNVERIFIED_SIGN_UP_NOTICE =
  'Votre connexion Pro Santé Connect avait expiré (ou avait déjà servi) : votre inscription est enregistrée, mais sans lien avec Pro Santé Connect. ' +
  'Vos nom, prénom, numéro RPPS et profession sont ceux du formulaire, non certifiés. Pour lier votre compte et obtenir la mention « RPPS vérifié », ' +
  'connectez-vous une fois avec Pro Santé Connect depuis la page de connexion.';

export interface SignUpWithFederation {
  input: ProfessionalSignUp;
  /** The PSC step to spend and link in the sign-up's transaction; null for an ordinary sign-up. */
  intent: FederationIntent | null;
  /** For the volunteer, when a PSC step was sent but could not be used (UNVERIFIED_SIGN_UP_NOTICE). */
  notice: string | null;
}

/**
 * The sign-up's values with PSC's certified ones in place of whatever the browser sent. A token that is
 * no valid sign-up step any more (expired, already used, unknown) does not throw the form away — after a
 * long form and two uploads, « reconnectez-vous » would lose it all (SPEC §5.1): the sign-up goes on as an
 * ordinary one, with what the browser sent counted as typed, nothing linked, and the notice.
 */
export async function withCertifiedValues(input: ProfessionalSignUp): Promise<SignUpWithFederation> {
  if (!input.federationToken) return { input, intent: null, notice: null };
  const intent = await findIntent(prisma, input.federationToken, 'SIGN_UP');
  if (!intent?.identity.rppsNumber) return asUnverifiedSignUp(input);
  const { firstName, lastName, rppsNumber, professionCode } = intent.identity;
  return {
    intent,
    notice: null,
    input: {
      ...input,
      firstName,
      lastName,
      identifierType: 'RPPS',
      identifierNumber: rppsNumber,
      // PSC certifies « nurse »: which nurse (IADE, IBODE…) is the volunteer's to say (psc-professions.ts).
      ...(professionCode ? { professionCode: keepCertifiedProfession(professionCode as ProfessionalSignUp['professionCode'], input.professionCode) } : {}),
    },
  };
}

/**
 * The same sign-up as an ordinary one: the token dropped, the names, identifier and profession exactly
 * as the browser sent them — typed values, certified by nobody, shown « RPPS vérifié » only if our
 * directory knows the number (lib/rpps/directory-lookup.ts).
 */
export function asUnverifiedSignUp(input: ProfessionalSignUp): SignUpWithFederation {
  const { federationToken: _lapsed, ...typed } = input;
  return { input: typed, intent: null, notice: UNVERIFIED_SIGN_UP_NOTICE };
}

/** The step was valid when the sign-up was read, and another request spent it before this one's transaction. */
export class SignUpIntentSpentError extends DomainError {
  constructor() {
    super(EXPIRED_SIGN_UP_MESSAGE);
    this.name = 'SignUpIntentSpentError';
  }
}

/** In the sign-up's transaction: spend the intent and link the identity, or throw (nothing is written). */
export async function linkSignedUpIdentity(db: TransactionClient, userId: string, intent: FederationIntent): Promise<void> {
  if (!(await consumeIntent(db, intent))) throw new SignUpIntentSpentError();
  const link = await linkIdentity(db, userId, intent.identity, { actorId: userId, via: 'sign-up' });
  if (!link.ok) throw new DomainError(federationErrorMessage(link.code)!);
}
