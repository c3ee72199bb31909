import 'server-only';
import type { PrismaClient, TransactionClient } from '@/lib/db';

/**
 * Whether crisis management hides direct matches of this profession in this region (SPEC §7.2): an
 * active crisis mode for every profession, or listing this one. Read on every request, so a switch
 * takes effect at once.
 */
export async function isCrisisModeActive(db: PrismaClient | TransactionClient, regionCode: string, professionCode: string): Promise<boolean> {
  const active = await db.crisisMode.findFirst({
    where: {
      regionCode,
      endedAt: null,
      OR: [{ allProfessions: true }, { professionCodes: { has: professionCode } }],
    },
    select: { id: true },
  });
  return active !== null;
}
