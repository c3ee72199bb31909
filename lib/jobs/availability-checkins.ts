import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { writeAudit } from '@/lib/audit';
import { enqueueEmail } from '@/lib/mail/outbox';
import { issueToken } from '@/lib/auth/one-time-tokens';
import { startOfUtcDay } from '@/lib/dates/days';
import { statusPredicate } from '@/lib/professionals/regulator-list';
import { checkinPeriodDays } from '@/lib/regulation/national-settings';
import { CHECKIN_LINK_VALIDITY_MS, checkinPath } from '@/lib/professionals/checkin/links';

// SPEC §5.2: « Êtes-vous toujours disponible ? » to every volunteer who is Disponible (SPEC §10) and has
// neither confirmed nor been asked for the period the CCS sets (national_settings, default 14 days).
// « Confirmed » is professionals.availability_confirmed_at, which sign-up, the switch, the periods,
// « Ma fiche », « Je suis toujours disponible » and an answer to a check-in move (docs/decisions/031). An
// unanswered check-in is repeated once it is itself a period old, never sooner.
//
// Idempotent and safe on several servers: each volunteer is claimed by a conditional update of
// availability_checkin_sent_at that re-checks the whole rule under the row's lock; a concurrent run waits
// for that lock, then finds the row just asked and updates nothing. The email, its link and the claim
// commit together.

const DAY_MS = 24 * 60 * 60 * 1000;
/** How many volunteers one run asks; the next tick takes the rest, oldest confirmation first. */
export const CHECKIN_BATCH = 200;

/** Over `professionals p`: the later of the confirmation and the last check-in is a period old. */
function dueSql(cutoff: Date): Prisma.Sql {
  // The expression of professionals_checkin_due_idx (GREATEST ignores a NULL sent date).
  return Prisma.sql`GREATEST(p.availability_confirmed_at, p.availability_checkin_sent_at) <= ${cutoff}`;
}

/** The volunteers due, oldest first: a range scan of professionals_checkin_due_idx (exported for its test). */
export function dueVolunteersSql(cutoff: Date, today: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id FROM professionals p
    WHERE ${dueSql(cutoff)} AND ${statusPredicate('DISPONIBLE', today)}
    ORDER BY GREATEST(p.availability_confirmed_at, p.availability_checkin_sent_at)
    LIMIT ${CHECKIN_BATCH}`;
}

/** Sends the check-ins due at `now`; returns how many emails were queued. */
export async function sendAvailabilityCheckins(now = new Date()): Promise<number> {
  const periodDays = await checkinPeriodDays();
  const cutoff = new Date(now.getTime() - periodDays * DAY_MS);
  const today = startOfUtcDay(now);
  const due = await prisma.$queryRaw<{ id: string }[]>(dueVolunteersSql(cutoff, today));
  let sent = 0;
  for (const { id } of due) if (await askVolunteer(id, { cutoff, today, now })) sent += 1;
  return sent;
}

async function askVolunteer(professionalId: string, { cutoff, today, now }: { cutoff: Date; today: Date; now: Date }): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const [claimed] = await tx.$queryRaw<{ user_id: string; confirmed_at: Date }[]>`
      UPDATE professionals p SET availability_checkin_sent_at = ${now}
      WHERE p.id = ${professionalId} AND ${dueSql(cutoff)} AND ${statusPredicate('DISPONIBLE', today)}
      RETURNING p.user_id, p.availability_confirmed_at AS confirmed_at`;
    if (!claimed) return false;
    const user = await tx.user.findUniqueOrThrow({ where: { id: claimed.user_id }, select: { id: true, email: true, firstName: true } });
    // A new check-in cancels the links of the previous one (issueToken), so one answer is ever pending.
    const token = await issueToken(tx, user.id, 'AVAILABILITY_CHECKIN', now, CHECKIN_LINK_VALIDITY_MS);
    await enqueueEmail(tx, {
      to: user.email,
      template: 'availability-checkin',
      props: {
        firstName: user.firstName,
        confirmedAt: claimed.confirmed_at,
        yesUrl: `${appUrl()}${checkinPath(token, 'oui')}`,
        noUrl: `${appUrl()}${checkinPath(token, 'non')}`,
        expiresAt: new Date(now.getTime() + CHECKIN_LINK_VALIDITY_MS),
        signInUrl: `${appUrl()}/connexion`,
      },
    });
    await writeAudit(tx, { actorId: null, action: 'professional.checkin-sent', entityType: 'Professional', entityId: professionalId });
    return true;
  });
}
