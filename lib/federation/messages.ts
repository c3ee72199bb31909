// The French messages of a federated sign-in that did not end in a session (SPEC §16), shown by the
// sign-in page from its `?error=` parameter. No server code here: the page and the forms import it.

export type FederationErrorCode =
  | 'RPPS_TAKEN'
  | 'RPPS_MISMATCH'
  | 'RPPS_CONFLICT'
  | 'ALREADY_LINKED'
  | 'NOT_ACTIVATED'
  | 'NO_ACCOUNT'
  | 'PSC_ROLE'
  | 'PROCONNECT_ROLE'
  | 'DISABLED'
  | 'AWAITING_VALIDATION'
  | 'INTENT_EXPIRED'
  | 'PSC_REQUIRED';

const NOTHING_LINKED = 'Rien n’a été lié à votre compte.';

const MESSAGES: Record<string, string> = {
  RPPS_TAKEN: `Ce numéro RPPS est déjà rattaché à un autre compte. ${NOTHING_LINKED} S’il s’agit bien de votre numéro, écrivez au support{support}.`,
  RPPS_MISMATCH: `Le numéro RPPS certifié par Pro Santé Connect n’est pas celui de votre compte. ${NOTHING_LINKED} Corrigez-le dans « Ma fiche » ou écrivez au support{support}.`,
  RPPS_CONFLICT: `Votre numéro RPPS est enregistré sur un autre compte que celui de votre adresse email. ${NOTHING_LINKED} Écrivez au support{support}, qui vérifiera avec vous lequel des deux comptes est le vôtre.`,
  ALREADY_LINKED: `Ce compte est déjà lié à une autre identité de ce service. ${NOTHING_LINKED}`,
  NOT_ACTIVATED: 'Votre compte n’est pas encore activé : utilisez d’abord le lien d’activation reçu par email, puis reconnectez-vous avec Pro Santé Connect.',
  NO_ACCOUNT:
    'Aucun compte ne correspond à votre adresse ProConnect. Les comptes des agents sont créés par le centre de crise sanitaire ou par leur ARS : demandez le vôtre, puis reconnectez-vous.',
  PSC_ROLE: `Pro Santé Connect est réservé aux professionnels volontaires et aux gestionnaires RPPS+. Connectez-vous avec votre email et votre mot de passe. ${NOTHING_LINKED}`,
  PROCONNECT_ROLE: `ProConnect est réservé aux agents des ARS, du centre de crise sanitaire et des établissements. ${NOTHING_LINKED}`,
  DISABLED: 'Ce compte est désactivé. Pour toute question, écrivez au support{support}.',
  AWAITING_VALIDATION: 'Votre compte est en attente de validation par l’ARS de votre région. Vous recevrez un email dès qu’il sera activé.',
  INTENT_EXPIRED: 'Le délai pour terminer la connexion est dépassé. Reconnectez-vous avec Pro Santé Connect.',
  PSC_REQUIRED: 'Les gestionnaires RPPS+ se connectent avec Pro Santé Connect (carte CPS ou e-CPS) : utilisez le bouton « Se connecter avec Pro Santé Connect ».',
  // next-auth's own codes (its `pages.error` is the sign-in page).
  OAuthSignin: 'Le service d’identité ne répond pas pour l’instant. Réessayez dans quelques minutes, ou connectez-vous avec votre email et votre mot de passe.',
  OAuthCallback: `La réponse du service d’identité n’a pas pu être vérifiée (expirée, déjà utilisée ou invalide). ${NOTHING_LINKED} Réessayez.`,
  Callback: `La connexion n’a pas abouti. ${NOTHING_LINKED} Réessayez.`,
  AccessDenied: `Connexion annulée. ${NOTHING_LINKED}`,
};

const FALLBACK = `La connexion n’a pas abouti. ${NOTHING_LINKED} Réessayez, ou connectez-vous avec votre email et votre mot de passe.`;

/** The message of a sign-in page `?error=` code; null when there is none. */
export function federationErrorMessage(code: string | null | undefined, supportEmail?: string): string | null {
  if (!code) return null;
  const message = (Object.hasOwn(MESSAGES, code) && MESSAGES[code]) || FALLBACK;
  return message.replace('{support}', supportEmail ? ` : ${supportEmail}` : '');
}

/** What the sign-in page's buttons say (SPEC §16). */
export const PROVIDER_LABELS = { PRO_SANTE_CONNECT: 'Pro Santé Connect', PROCONNECT: 'ProConnect' } as const;
