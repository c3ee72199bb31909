// The messages of lib/auth/authenticate.ts, importable by the client form (no server code here).
import { federationErrorMessage } from '@/lib/federation/messages';
const MESSAGES: Record<string, string> = {
  INVALID_CREDENTIALS:
    'Email ou mot de passe incorrect. Si vous venez de créer votre compte, activez-le d’abord avec le lien reçu par email.',
  AWAITING_VALIDATION:
    'Votre compte est en attente de validation par l’ARS de votre région. Vous recevrez un email dès qu’il sera activé.',
  // Shown only once the password is proven right (lib/auth/authenticate.ts); it names no agency, only
  // where to ask (SPEC §15: the support address).
  DISABLED: 'Ce compte est désactivé. Pour toute question, écrivez au support{support}.',
  RATE_LIMITED: 'Trop de tentatives de connexion. Réessayez dans une minute, ou réinitialisez votre mot de passe.',
};

/** `supportEmail`: the SUPPORT_EMAIL address, handed to the client form by the sign-in page. */
export function signInErrorMessage(code: string | null | undefined, supportEmail?: string): string {
  // The password confirmed to link Pro Santé Connect can end on one of the federation's refusals.
  if (code && !Object.hasOwn(MESSAGES, code) && isFederationCode(code)) return federationErrorMessage(code, supportEmail)!;
  const message = (code && Object.hasOwn(MESSAGES, code) && MESSAGES[code]) || MESSAGES.INVALID_CREDENTIALS!;
  return message.replace('{support}', supportEmail ? ` : ${supportEmail}` : '');
}

const FEDERATION_CODES = new Set(['RPPS_TAKEN', 'RPPS_MISMATCH', 'ALREADY_LINKED', 'INTENT_EXPIRED', 'PSC_REQUIRED']);

function isFederationCode(code: string): boolean {
  return FEDERATION_CODES.has(code);
}
