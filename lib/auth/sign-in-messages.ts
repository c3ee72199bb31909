// The messages of lib/auth/authenticate.ts, importable by the client form (no server code here).
const MESSAGES: Record<string, string> = {
  INVALID_CREDENTIALS:
    'Email ou mot de passe incorrect. Si vous venez de créer votre compte, activez-le d’abord avec le lien reçu par email.',
  AWAITING_VALIDATION:
    'Votre compte est en attente de validation par l’ARS de votre région. Vous recevrez un email dès qu’il sera activé.',
  DISABLED: 'Ce compte est désactivé. Contactez l’ARS de votre région pour le réactiver.',
  RATE_LIMITED: 'Trop de tentatives de connexion. Réessayez dans une minute, ou réinitialisez votre mot de passe.',
};

export function signInErrorMessage(code: string | null | undefined): string {
  return (code && MESSAGES[code]) || MESSAGES.INVALID_CREDENTIALS!;
}
