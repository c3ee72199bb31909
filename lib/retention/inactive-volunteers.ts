import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type TransactionClient } from '@/lib/db';
import { disabledAccountCutoff, graceCutoff, inactivityCutoff, RETENTION_BATCH } from '@/lib/retention/policy';

// Who the retention job acts on. « Last activity » is the latest of: the account's last sign-in or
// request (users.last_activity_at), a change to one of their candidacies (an establishment contacting or
// validating them counts, even if they never sign in), and the end of a mission they were assigned to.

export interface InactiveVolunteer {
  id: string;
  email: string;
  first_name: string;
  last_activity: Date;
}

// GREATEST ignores NULLs: a volunteer without candidacies is judged on their account alone.
const lastActivity = Prisma.sql`GREATEST(u.last_activity_at, (
  SELECT max(GREATEST(c.updated_at, CASE WHEN c.status = 'ASSIGNED' THEN m.end_date::timestamptz END))
  FROM candidacies c JOIN missions m ON m.id = c.mission_id WHERE c.professional_id = p.id))`;

/**
 * Volunteers to warn: inactive for 2 years, not warned since their last activity, and able to act on
 * the warning (an account disabled by its agency is not warned, see policy.ts).
 */
export function volunteersToWarn(now: Date): Promise<InactiveVolunteer[]> {
  const cutoff = inactivityCutoff(now);
  return prisma.$queryRaw<InactiveVolunteer[]>`
    SELECT * FROM (
      SELECT u.id, u.email, u.first_name, u.retention_warned_at, ${lastActivity} AS last_activity
      FROM users u JOIN professionals p ON p.user_id = u.id
      WHERE u.role = 'PROFESSIONAL' AND u.anonymised_at IS NULL AND u.last_activity_at < ${cutoff}
        AND u.status <> 'DISABLED'
    ) candidates
    WHERE last_activity < ${cutoff} AND (retention_warned_at IS NULL OR retention_warned_at < last_activity)
    ORDER BY last_activity
    LIMIT ${RETENTION_BATCH}`;
}

function dueForAnonymisation(now: Date): Prisma.Sql {
  const cutoff = inactivityCutoff(now);
  return Prisma.sql`last_activity < ${cutoff} AND (
    (retention_warned_at IS NOT NULL AND retention_warned_at <= ${graceCutoff(now)} AND retention_warned_at >= last_activity)
    OR (status = 'DISABLED' AND last_activity < ${disabledAccountCutoff(now)}))`;
}

/** Volunteers whose warning's grace period passed with no activity since (or disabled long enough). */
export async function volunteersToAnonymise(now: Date): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM (
      SELECT u.id, u.status, u.retention_warned_at, ${lastActivity} AS last_activity
      FROM users u JOIN professionals p ON p.user_id = u.id
      WHERE u.role = 'PROFESSIONAL' AND u.anonymised_at IS NULL AND u.last_activity_at < ${inactivityCutoff(now)}
    ) candidates
    WHERE ${dueForAnonymisation(now)}
    LIMIT ${RETENTION_BATCH}`;
  return rows.map((row) => row.id);
}

/**
 * The same test for one account, its row locked: a sign-in racing the job either commits first (and
 * the account is no longer due) or waits for the anonymisation to commit.
 */
export async function lockIfDueForAnonymisation(tx: TransactionClient, userId: string, now: Date): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM (
      SELECT u.id, u.status, u.retention_warned_at, ${lastActivity} AS last_activity
      FROM users u JOIN professionals p ON p.user_id = u.id
      WHERE u.id = ${userId} AND u.role = 'PROFESSIONAL' AND u.anonymised_at IS NULL
      FOR UPDATE OF u
    ) candidates
    WHERE ${dueForAnonymisation(now)}`;
  return rows.length === 1;
}
