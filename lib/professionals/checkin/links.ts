import type { TokenPurpose } from '@/lib/generated/prisma/enums';

// The two links of « Êtes-vous toujours disponible ? » (SPEC §5.2): ONE single-use token of its own
// purpose, valid 7 days, and the answer in the URL — so that either answer uses up both links. They open
// a page whose button records the answer: opening a link changes nothing, since mail scanners open links
// by themselves (docs/decisions/031). Pure: the page's client components read it too.

export const CHECKIN_PURPOSES: readonly TokenPurpose[] = ['AVAILABILITY_CHECKIN'];
export const CHECKIN_LINK_DAYS = 7;
export const CHECKIN_LINK_VALIDITY_MS = CHECKIN_LINK_DAYS * 24 * 60 * 60 * 1000;

export type CheckinAnswer = 'oui' | 'non';

export const CHECKIN_PATH = '/disponibilite';

/** The page of a link, relative (the email prefixes APP_URL, never the request's host). */
export function checkinPath(token: string, answer: CheckinAnswer): string {
  return `${CHECKIN_PATH}?jeton=${encodeURIComponent(token)}&reponse=${answer}`;
}
