import 'server-only';
import type { PrismaClient, TransactionClient } from '@/lib/db';
import { stripSpaces } from '@/lib/identifiers/result';

/**
 * Whether our RPPS directory knows this number: the one honest « RPPS vérifié » (SPEC §5.1, §6.5, §8),
 * since the national RPPS publishes no check key. It answers yes or no about a directory entry and
 * returns nothing of it, so it needs no actor: the volunteer's record and the candidate sheet use it.
 */
export async function isRppsNumberKnown(db: PrismaClient | TransactionClient, rppsNumber: string): Promise<boolean> {
  const number = stripSpaces(rppsNumber);
  if (!/^\d{11}$/.test(number)) return false;
  return (await db.rppsRecord.count({ where: { rppsNumber: number } })) > 0;
}

/**
 * « RPPS vérifié » for one volunteer (SPEC §5.1, §16): the number is known to our directory, or Pro Santé
 * Connect certified it for this very account (its linked identity carries the same number).
 */
export async function isRppsVerified(
  db: PrismaClient | TransactionClient,
  volunteer: { userId: string; identifierType: string; identifierNumber: string | null },
): Promise<boolean> {
  const number = heldRppsNumber(volunteer);
  return number !== null && ((await isRppsNumberKnown(db, number)) || isRppsCertifiedByPsc(db, volunteer));
}

/**
 * Pro Santé Connect certified this volunteer's RPPS number for this very account: its PSC link carries
 * the same number. What « Ma fiche » keeps read-only (lib/professionals/own/record.ts).
 */
export async function isRppsCertifiedByPsc(
  db: PrismaClient | TransactionClient,
  volunteer: { userId: string; identifierType: string; identifierNumber: string | null },
): Promise<boolean> {
  const number = heldRppsNumber(volunteer);
  if (number === null) return false;
  const links = await db.federatedIdentity.count({ where: { userId: volunteer.userId, provider: 'PRO_SANTE_CONNECT', rppsNumber: number } });
  return links > 0;
}

/** The RPPS number a volunteer's record holds, spaces dropped; null for an ADELI number or none. */
export function heldRppsNumber(volunteer: { identifierType: string; identifierNumber: string | null }): string | null {
  const number = volunteer.identifierNumber ? stripSpaces(volunteer.identifierNumber) : '';
  return volunteer.identifierType === 'RPPS' && number !== '' ? number : null;
}
