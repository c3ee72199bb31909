import 'server-only';
import type { PrismaClient, TransactionClient } from '@/lib/db';

export interface CrisisManagement {
  /** Every direct match of the mission is hidden: only the volunteers the ARS pushed remain. */
  all: boolean;
  /** Otherwise, the professions among those the mission matches that the ARS manages itself. */
  professionCodes: string[];
}

/**
 * What crisis management hides from an establishment's « Choisir » (SPEC §7.2), for a mission of this
 * profession that matches `matchedProfessions` (criteria.ts: a vaccination-support mission « Profession
 * éligible pour vacciner » matches every eligible profession). A mode for every profession, or one listing
 * the mission's own profession, hides all of it; one listing some of the matched professions hides those
 * only — so a nurse in crisis mode cannot be reached directly through a vaccination mission, while the
 * pharmacists the ARS left free stay visible. Read on every request, so a switch takes effect at once.
 */
export async function crisisManagement(
  db: PrismaClient | TransactionClient,
  regionCode: string,
  missionProfessionCode: string,
  matchedProfessions: readonly string[],
): Promise<CrisisManagement> {
  const active = await db.crisisMode.findMany({ where: { regionCode, endedAt: null }, select: { allProfessions: true, professionCodes: true } });
  if (active.some((mode) => mode.allProfessions || mode.professionCodes.includes(missionProfessionCode))) return { all: true, professionCodes: [] };
  const listed = new Set(active.flatMap((mode) => mode.professionCodes));
  const managed = matchedProfessions.filter((code) => listed.has(code));
  if (managed.length > 0 && managed.length === matchedProfessions.length) return { all: true, professionCodes: [] };
  return { all: false, professionCodes: managed };
}
