import 'server-only';
import { prisma } from '@/lib/db';
import { CandidacyChangedError, changeCandidacyStatus, SYSTEM_ACTOR } from '@/lib/candidacies/change-status';
import { emailEstablishmentAccounts, loadForEmail } from '@/lib/candidacies/reservation-emails';
import { RESERVATION_DEADLINE, RESERVATION_REGION_JOINS, RESERVATION_WARNING_AT } from '@/lib/candidacies/reservation-deadline';

// A reservation (CONTACTED) neither validated nor refused within the region's delay (default 72 h,
// set by the ARS) is flagged to the establishment a day before, then released (SPEC §6.4); when, is
// lib/candidacies/reservation-deadline.ts's rule. Idempotent: each step is a conditional update, so two
// servers running the job change and email each row once.


interface DueReservation {
  id: string;
  expires_at: Date;
  delay_hours: number;
}

async function dueReservations(now: Date, warn: boolean): Promise<DueReservation[]> {
  // The deadline depends on each region's delay: the rule of reservation-deadline.ts, the one the pages
  // show the time left by, rather than a fixed cut-off.
  return warn
    ? prisma.$queryRaw<DueReservation[]>`
        SELECT c.id, ${RESERVATION_DEADLINE} AS expires_at, r.reservation_delay_hours AS delay_hours
        FROM candidacies c ${RESERVATION_REGION_JOINS}
        WHERE c.status = 'CONTACTED' AND c.expiry_warned_at IS NULL
          AND ${RESERVATION_WARNING_AT} <= ${now}
          AND ${RESERVATION_DEADLINE} > ${now}`
    : prisma.$queryRaw<DueReservation[]>`
        SELECT c.id, ${RESERVATION_DEADLINE} AS expires_at, r.reservation_delay_hours AS delay_hours
        FROM candidacies c ${RESERVATION_REGION_JOINS}
        WHERE c.status = 'CONTACTED'
          AND ${RESERVATION_DEADLINE} <= ${now}`;
}

export async function warnExpiringReservations(now = new Date()): Promise<number> {
  let warned = 0;
  for (const due of await dueReservations(now, true)) {
    const candidacy = await loadForEmail(due.id);
    const sent = await prisma.$transaction(async (tx) => {
      const flagged = await tx.candidacy.updateMany({ where: { id: due.id, status: 'CONTACTED', expiryWarnedAt: null }, data: { expiryWarnedAt: now } });
      if (flagged.count !== 1) return false;
      await emailEstablishmentAccounts(tx, candidacy, { template: 'reservation-expiring', expiresAt: due.expires_at });
      return true;
    });
    if (sent) warned += 1;
  }
  return warned;
}

export async function releaseExpiredReservations(now = new Date()): Promise<number> {
  let released = 0;
  for (const due of await dueReservations(now, false)) {
    const loaded = await loadForEmail(due.id);
    const done = await prisma
      .$transaction(async (tx) => {
        // Validated, refused or declined meanwhile: the change throws, and this server skips the row.
        const candidacy = { id: due.id, status: 'CONTACTED' as const, missionId: loaded.missionId, professionalId: loaded.professionalId };
        await changeCandidacyStatus(tx, { candidacy, to: 'EXPIRED', actor: SYSTEM_ACTOR, now, details: { delayHours: due.delay_hours } });
        await emailEstablishmentAccounts(tx, loaded, { template: 'reservation-released', releasedAt: now });
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof CandidacyChangedError) return false;
        throw error;
      });
    if (done) released += 1;
  }
  return released;
}
