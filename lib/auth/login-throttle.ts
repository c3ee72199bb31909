import 'server-only';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';

// Failed sign-ins slow the next attempt down instead of locking the account for an hour (SPEC §14, ASVS
// 2.2.1): a stranger typing wrong passwords can delay an agent by a minute at most, and the agent's own
// browser, known from an earlier sign-in, is throttled on its own counter (lib/auth/known-device.ts).
// The delays still cap guessing well under SPEC §14's 100 failures per hour per account (about 70).

/** Failures allowed without any delay: typos. */
export const FREE_FAILURES = 5;
/** The longest wait between two attempts. */
export const MAX_DELAY_SECONDS = 60;
/** A counter whose last failure is older than this starts again from zero. */
export const FORGET_AFTER_SECONDS = 3600;

export function accountThrottleKey(email: string): string {
  return `account:${email.toLowerCase()}`;
}

export function deviceThrottleKey(email: string, deviceId: string): string {
  return `device:${email.toLowerCase()}:${deviceId}`;
}

/** Seconds to wait after `failures` failed attempts in a row. */
export function delaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS);
}

/** Seconds before this key may try again (0: now). */
export async function secondsBeforeRetry(key: string, now = new Date()): Promise<number> {
  if (env().RATE_LIMIT_DISABLED) return 0;
  const row = await prisma.loginThrottle.findUnique({ where: { key } });
  if (!row) return 0;
  const sinceLast = (now.getTime() - row.lastFailureAt.getTime()) / 1000;
  if (sinceLast >= FORGET_AFTER_SECONDS) return 0;
  return Math.max(0, Math.ceil(delaySeconds(row.failures) - sinceLast));
}

/** Counts one failure; returns the failures in a row. One atomic upsert, safe on several servers. */
export async function recordFailure(key: string, now = new Date()): Promise<number> {
  const rows = await prisma.$queryRaw<{ failures: number }[]>`
    INSERT INTO login_throttles (key, failures, last_failure_at) VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_throttles.last_failure_at <= ${now}::timestamptz - make_interval(secs => ${FORGET_AFTER_SECONDS})
                      THEN 1 ELSE login_throttles.failures + 1 END,
      last_failure_at = ${now}
    RETURNING failures`;
  return rows[0]?.failures ?? 0;
}

/** Every counter of an account, its known browsers' included (a password set through a link clears them). */
export function throttleKeysOf(email: string): Prisma.LoginThrottleWhereInput {
  const lower = email.toLowerCase();
  return { OR: [{ key: accountThrottleKey(lower) }, { key: { startsWith: `device:${lower}:` } }] };
}
