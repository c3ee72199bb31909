import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { prisma } from '@/lib/db';
import type { AvailabilityPeriods } from '@/lib/validation/professional';
import { fromIsoDay, startOfUtcDay, toIsoDay } from '@/lib/dates/days';
import { ownProfessionalId } from './owner';

// « Mes disponibilités »: the whole list is one form and is saved as one transaction, so the volunteer
// never ends up with half of an edit (SPEC §5.2). An empty list is allowed: it makes them Indisponible.

export interface OwnPeriod {
  id: string;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`, or '' for open-ended (the form's representation). */
  endDate: string;
}

export interface OwnPeriods {
  periods: OwnPeriod[];
  /** At least one period ends today or later (or never): without one they count as Indisponible. */
  hasCurrentPeriod: boolean;
}

export async function listOwnPeriods(actor: Actor, now = new Date()): Promise<OwnPeriods> {
  const professionalId = await ownProfessionalId(actor);
  const rows = await prisma.availabilityPeriod.findMany({
    where: { professionalId },
    select: { id: true, startDate: true, endDate: true },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
  });
  return toOwnPeriods(rows, now);
}

/**
 * Replaces the volunteer's periods by the submitted list. A submitted id that is one of theirs keeps
 * its row (updated); any other id — unknown, deleted in another tab, or someone else's — is ignored
 * and the period is created anew, so the saved list is exactly what they see and no one else's row is
 * ever touched. Their periods missing from the list are deleted.
 */
export async function saveOwnPeriods(actor: Actor, input: AvailabilityPeriods, now = new Date()): Promise<OwnPeriods> {
  const rows = await prisma.$transaction(async (db) => {
    const professionalId = await ownProfessionalId(actor, db);
    // Two saves from two tabs queue here instead of interleaving their creates and deletes.
    await db.$queryRaw`SELECT id FROM professionals WHERE id = ${professionalId} FOR UPDATE`;
    const existing = new Set((await db.availabilityPeriod.findMany({ where: { professionalId }, select: { id: true } })).map((p) => p.id));
    const kept = new Set<string>();
    for (const period of input.periods) {
      const data = { startDate: fromIsoDay(period.startDate), endDate: period.endDate ? fromIsoDay(period.endDate) : null };
      if (period.id && existing.has(period.id) && !kept.has(period.id)) {
        kept.add(period.id);
        await db.availabilityPeriod.update({ where: { id: period.id }, data });
      } else {
        await db.availabilityPeriod.create({ data: { ...data, professionalId } });
      }
    }
    await db.availabilityPeriod.deleteMany({ where: { professionalId, id: { in: [...existing].filter((id) => !kept.has(id)) } } });
    // Saving their periods states their availability: it counts as a confirmation (docs/decisions/031).
    await db.professional.update({ where: { id: professionalId }, data: { availabilityConfirmedAt: now } });
    await writeAudit(db, {
      actorId: actor.id,
      action: 'professional.periods',
      entityType: 'Professional',
      entityId: professionalId,
      details: { count: input.periods.length },
    });
    return db.availabilityPeriod.findMany({
      where: { professionalId },
      select: { id: true, startDate: true, endDate: true },
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    });
  });
  return toOwnPeriods(rows, now);
}

function toOwnPeriods(rows: { id: string; startDate: Date; endDate: Date | null }[], now: Date): OwnPeriods {
  const today = startOfUtcDay(now);
  return {
    periods: rows.map((row) => ({ id: row.id, startDate: toIsoDay(row.startDate), endDate: row.endDate ? toIsoDay(row.endDate) : '' })),
    hasCurrentPeriod: rows.some((row) => row.endDate === null || row.endDate >= today),
  };
}
