import 'server-only';
import { prisma } from '@/lib/db';
import { dispatchPendingEmails } from '@/lib/mail/dispatcher';
import { releaseExpiredReservations, warnExpiringReservations } from '@/lib/jobs/reservation-expiry';
import { archiveEndedMissions } from '@/lib/jobs/mission-archiving';
import { processWaitingRequests } from '@/lib/rpps/send';
import { anonymiseInactiveVolunteers } from '@/lib/retention/anonymise';
import { warnInactiveVolunteers } from '@/lib/retention/warn';
import { RATE_LIMIT_COUNTER_KEEP_HOURS, SPENT_LINK_KEEP_DAYS } from '@/lib/retention/policy';
import { sendAccountRequestDigests } from '@/lib/jobs/account-requests-digest';
import { sendAvailabilityCheckins } from '@/lib/jobs/availability-checkins';
import { refreshVolunteerFigures } from '@/lib/indicators/volunteer-snapshot';
import { deleteExpiredIntents } from '@/lib/federation/intents';

// Time-based work, idempotent, run by the cron route (Vercel Cron, or every 30 s by scripts/app.ts)
// and by `npm run jobs`. Each job is safe to run on several servers at once.

export interface JobReport {
  name: string;
  result: Record<string, number>;
}

type Job = { name: string; run: (now: Date) => Promise<Record<string, number>> };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const JOBS: Job[] = [
  { name: 'reservations', run: async (now) => ({ warned: await warnExpiringReservations(now), released: await releaseExpiredReservations(now) }) },
  { name: 'missions', run: async (now) => ({ archived: await archiveEndedMissions(now) }) },
  // RPPS requests left « Envoyée au RPPS » (a server stopped before the directory answered) are retried.
  { name: 'rpps', run: async (now) => ({ processed: await processWaitingRequests(20, now) }) },
  // SPEC §14: volunteers inactive for 2 years are warned, then anonymised 30 days later.
  { name: 'retention', run: async (now) => ({ warned: await warnInactiveVolunteers(now), anonymised: await anonymiseInactiveVolunteers(now) }) },
  // SPEC §15: ARS agents hear of their region's new account requests at most once an hour.
  { name: 'account-requests-digest', run: async (now) => ({ sent: await sendAccountRequestDigests(now) }) },
  // SPEC §5.2: « Êtes-vous toujours disponible ? » to Disponible volunteers silent for the CCS's period.
  { name: 'availability-checkins', run: async (now) => ({ sent: await sendAvailabilityCheckins(now) }) },
  // The « Indicateurs » page's volunteer figures, recomputed every few minutes (docs/decisions/034).
  { name: 'volunteer-figures', run: async (now) => ({ refreshed: (await refreshVolunteerFigures(now)) ? 1 : 0 }) },
  {
    // Last, so that the emails the jobs above queued leave in the same run.
    name: 'emails',
    run: async (now) => {
      const result = await dispatchPendingEmails({ now });
      return { ...result };
    },
  },
  {
    // Spent counters and links are of no use once their window or validity has passed.
    name: 'cleanup',
    run: async (now) => {
      const counters = await prisma.rateLimitCounter.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - RATE_LIMIT_COUNTER_KEEP_HOURS * HOUR_MS) } } });
      const tokens = await prisma.oneTimeToken.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - SPENT_LINK_KEEP_DAYS * DAY_MS) } } });
      const federationIntents = await deleteExpiredIntents(prisma, now);
      return { counters: counters.count, tokens: tokens.count, federationIntents };
    },
  },
];

export async function runJobs(now = new Date()): Promise<JobReport[]> {
  const reports: JobReport[] = [];
  for (const job of JOBS) {
    try {
      reports.push({ name: job.name, result: await job.run(now) });
    } catch (error) {
      // One failing job must not stop the others; it is retried at the next tick.
      console.error(`[jobs] ${job.name} failed`, error);
      reports.push({ name: job.name, result: { failed: 1 } });
    }
  }
  return reports;
}
