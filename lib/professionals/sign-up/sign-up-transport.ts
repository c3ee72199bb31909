// How the sign-up form talks to its route handler (docs/decisions/012-sign-up-upload-route.md).
// Client-safe: shared by the form (XMLHttpRequest) and the handler.

/** POST target: a route handler beside the page, so that the browser can report upload progress. */
export const SIGN_UP_ENDPOINT = '/inscription/professionnel/envoi';

/** Names of the multipart parts: the form's values as one JSON part, and the two optional files. */
export const SIGN_UP_PARTS = {
  fields: 'fields',
  identityDocument: 'identityDocument',
  diploma: 'diploma',
} as const;

export type SignUpFileField = 'identityDocument' | 'diploma';

/** Two 5 MB files and the fields, with room for multipart overhead; anything bigger is refused unread. */
export const MAX_SIGN_UP_BODY_BYTES = 12 * 1024 * 1024;

export const SIGN_UP_MESSAGES = {
  malformed: 'La demande envoyée est incomplète. Vos saisies sont conservées : réessayez.',
  tooLarge: 'Les fichiers envoyés dépassent la taille autorisée (5 Mo chacun).',
  rateLimited: 'Trop d’inscriptions depuis cette connexion. Réessayez dans une heure.',
  network: 'La connexion a été interrompue avant la fin de l’envoi. Vos saisies sont conservées : réessayez.',
  /** HTTP 503: too many sign-ups at once on this server; nothing was recorded. */
  busy: 'Beaucoup d’inscriptions arrivent en ce moment et la vôtre n’a pas pu être enregistrée. Vos saisies sont conservées : réessayez dans un instant.',
} as const;

/**
 * The data of a sign-up accepted: null, or a notice to show with the confirmation (a Pro Santé Connect
 * step that had lapsed: the sign-up was saved as an ordinary one, docs/decisions/038).
 */
export type SignUpAccepted = { notice: string } | null;

/** Seconds the 503 « réessayez dans un instant » asks a client to wait (Retry-After). */
export const SIGN_UP_RETRY_AFTER_SECONDS = 5;
