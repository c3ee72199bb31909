import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { assertRole } from '@/lib/access/roles';
import { isRegulator } from '@/lib/access/checks';
import { DomainError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { CHECKIN_PERIOD_DEFAULT, CHECKIN_PERIOD_MAX, CHECKIN_PERIOD_MIN } from '@/lib/regulation/schemas';

// Settings the CCS sets for the whole country, on its « Paramètres » page beside the regions' delays:
// today the period of the availability check-ins (SPEC §5.2). One row (national_settings.id = 1, created
// by its migration); lib/jobs/availability-checkins.ts reads it at every run, so a change applies from
// the next tick.

export interface NationalSettings {
  checkinPeriodDays: number;
}

const SETTINGS_ID = 1;

/** The period the job applies. The row always exists; the default stands in should it ever be missing. */
export async function checkinPeriodDays(db: TransactionClient | typeof prisma = prisma): Promise<number> {
  const row = await db.nationalSettings.findUnique({ where: { id: SETTINGS_ID }, select: { checkinPeriodDays: true } });
  return row?.checkinPeriodDays ?? CHECKIN_PERIOD_DEFAULT;
}

/** The ARS reads them (its page says how often its volunteers are asked), the CCS reads and sets them. */
export async function getNationalSettings(actor: Actor): Promise<NationalSettings | null> {
  if (!isRegulator(actor)) return null;
  return { checkinPeriodDays: await checkinPeriodDays() };
}

export async function updateCheckinPeriod(actor: Actor, input: { checkinPeriodDays: number }): Promise<NationalSettings> {
  assertRole(actor, ['CCS'], 'national-settings');
  const days = input.checkinPeriodDays;
  // The check constraint says the same; saying it here gives the form a French message on its field.
  if (!Number.isInteger(days) || days < CHECKIN_PERIOD_MIN || days > CHECKIN_PERIOD_MAX) {
    throw new DomainError(`La période doit être un nombre entier de jours entre ${CHECKIN_PERIOD_MIN} et ${CHECKIN_PERIOD_MAX}.`, 'checkinPeriodDays');
  }
  return prisma.$transaction(async (tx) => {
    const before = await checkinPeriodDays(tx);
    await tx.nationalSettings.upsert({ where: { id: SETTINGS_ID }, create: { id: SETTINGS_ID, checkinPeriodDays: days }, update: { checkinPeriodDays: days } });
    await writeAudit(tx, { actorId: actor.id, action: 'national-settings.checkin-period', entityType: 'NationalSettings', entityId: null, details: { from: before, to: days } });
    return { checkinPeriodDays: days };
  });
}
