import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { DomainError } from '@/lib/errors';
import { isUniqueViolation } from '@/lib/db/refusals';
import { writeAudit } from '@/lib/audit';
import { REGION_CODES, type RegionCode } from '@/lib/reference/regions';
import { assertRegion, isRegulator, mayActOnRegion } from '@/lib/access/checks';

// « Gestion de crise » (SPEC §7.2, 2021 guide: "peut désormais être appliqué à des professions
// spécifiques"): a switch per region, for every profession or a chosen list. While it is on, the
// region's establishments see only the volunteers pushed to them for those professions. Nothing is
// cached: lib/regulation/crisis-active.ts reads the active row on every request, so a switch takes effect at once.
// One active row per region is the database's rule (crisis_modes_one_active_per_region); ended rows are
// the history.

export interface CrisisModeView {
  id: string;
  allProfessions: boolean;
  professionCodes: string[];
  startedAt: Date;
  startedBy: string | null;
  endedAt: Date | null;
  endedBy: string | null;
}

export interface CrisisOverview {
  regionCode: RegionCode;
  active: CrisisModeView | null;
  /** Every switch of the region, newest first (the rows are the log; the audit log has the details). */
  history: CrisisModeView[];
}

const HISTORY_LIMIT = 50;
const ALREADY_CHANGED = 'Le mode gestion de crise vient d’être modifié par un autre agent : la page est mise à jour.';

function accountName(user: { firstName: string; lastName: string; email: string } | null): string | null {
  return user ? `${user.firstName} ${user.lastName} (${user.email})` : null;
}

export async function getCrisisOverview(actor: Actor, regionCode: string): Promise<CrisisOverview> {
  assertRegion(actor, regionCode);
  const who = { select: { firstName: true, lastName: true, email: true } };
  const rows = await prisma.crisisMode.findMany({
    where: { regionCode },
    include: { startedBy: who, endedBy: who },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: HISTORY_LIMIT,
  });
  const history = rows.map((row) => ({
    id: row.id,
    allProfessions: row.allProfessions,
    professionCodes: row.professionCodes,
    startedAt: row.startedAt,
    startedBy: accountName(row.startedBy),
    endedAt: row.endedAt,
    endedBy: accountName(row.endedBy),
  }));
  return { regionCode, active: history.find((row) => row.endedAt === null) ?? null, history };
}

/**
 * Switches crisis management on for the region, or changes the professions of the active one (the
 * current row is closed and a new one opened in the same transaction, so the history says what applied
 * when). Logged with the actor.
 */
export async function startCrisisMode(
  actor: Actor,
  input: { regionCode: string; allProfessions: boolean; professionCodes: string[] },
  now = new Date(),
): Promise<{ crisisModeId: string }> {
  assertRegion(actor, input.regionCode);
  const professionCodes = input.allProfessions ? [] : [...new Set(input.professionCodes)].sort();
  if (!input.allProfessions && professionCodes.length === 0) {
    throw new DomainError('Cochez au moins une profession, ou choisissez « Toutes les professions ».', 'professionCodes');
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const ended = await tx.crisisMode.updateManyAndReturn({
        where: { regionCode: input.regionCode, endedAt: null },
        data: { endedAt: now, endedById: actor.id },
        select: { id: true },
      });
      const created = await tx.crisisMode.create({
        data: { regionCode: input.regionCode, allProfessions: input.allProfessions, professionCodes, startedById: actor.id, startedAt: now },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: ended.length > 0 ? 'crisis-mode.change' : 'crisis-mode.start',
        entityType: 'CrisisMode',
        entityId: created.id,
        details: { regionCode: input.regionCode, allProfessions: input.allProfessions, professionCodes, replaced: ended.map((row) => row.id) },
      });
      return { crisisModeId: created.id };
    });
  } catch (error) {
    // Two agents switching at the same instant: the partial unique index lets one through.
    if (isUniqueViolation(error)) throw new DomainError(ALREADY_CHANGED);
    throw error;
  }
}

/** Back to direct mode for the whole region: establishments see their matching volunteers again. */
export async function endCrisisMode(actor: Actor, input: { regionCode: string }, now = new Date()): Promise<void> {
  assertRegion(actor, input.regionCode);
  await prisma.$transaction(async (tx) => {
    const ended = await tx.crisisMode.updateManyAndReturn({
      where: { regionCode: input.regionCode, endedAt: null },
      data: { endedAt: now, endedById: actor.id },
      select: { id: true },
    });
    if (ended.length === 0) throw new DomainError('Le mode gestion de crise n’est pas actif dans cette région.');
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'crisis-mode.end',
      entityType: 'CrisisMode',
      entityId: ended[0]!.id,
      details: { regionCode: input.regionCode },
    });
  });
}

export interface RegionCrisisState {
  regionCode: RegionCode;
  active: { allProfessions: boolean; professionCodes: string[]; startedAt: Date } | null;
}

/** The regions in the actor's scope (an ARS: its own; the CCS: all 18) and their active crisis mode. */
export async function listRegionCrisisStates(actor: Actor): Promise<RegionCrisisState[]> {
  if (!isRegulator(actor)) return [];
  const regionCodes: RegionCode[] = REGION_CODES.filter((code) => mayActOnRegion(actor, code));
  const active = await prisma.crisisMode.findMany({
    where: { regionCode: { in: regionCodes }, endedAt: null },
    select: { regionCode: true, allProfessions: true, professionCodes: true, startedAt: true },
  });
  const byRegion = new Map(active.map((row) => [row.regionCode, row]));
  return regionCodes.map((regionCode) => {
    const row = byRegion.get(regionCode);
    return { regionCode, active: row ? { allProfessions: row.allProfessions, professionCodes: row.professionCodes, startedAt: row.startedAt } : null };
  });
}
