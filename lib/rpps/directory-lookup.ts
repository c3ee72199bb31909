import 'server-only';
import type { PrismaClient, TransactionClient } from '@/lib/db';

/**
 * Whether our RPPS directory knows this number: the one honest « RPPS vérifié » (SPEC §5.1, §6.5, §8),
 * since the national RPPS publishes no check key. It answers yes or no about a directory entry and
 * returns nothing of it, so it needs no actor: the volunteer's record and the candidate sheet use it.
 */
export async function isRppsNumberKnown(db: PrismaClient | TransactionClient, rppsNumber: string): Promise<boolean> {
  const number = rppsNumber.replace(/\s+/g, '');
  if (!/^\d{11}$/.test(number)) return false;
  return (await db.rppsRecord.count({ where: { rppsNumber: number } })) > 0;
}
