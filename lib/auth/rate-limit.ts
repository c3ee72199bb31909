import 'server-only';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';

// Fixed-window counters in PostgreSQL (SPEC §12: stateless app servers). One atomic upsert per hit.

export interface RateLimitRule {
  /** Counter namespace, e.g. `login:account`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export const LOGIN_FAILURES_PER_ACCOUNT: RateLimitRule = { name: 'login-fail:account', limit: 100, windowSeconds: 3600 };
export const LOGIN_ATTEMPTS_PER_IP: RateLimitRule = { name: 'login:ip', limit: 300, windowSeconds: 3600 };
export const RESET_REQUESTS_PER_IP: RateLimitRule = { name: 'reset:ip', limit: 30, windowSeconds: 3600 };
export const RESET_REQUESTS_PER_ACCOUNT: RateLimitRule = { name: 'reset:account', limit: 5, windowSeconds: 3600 };
/**
 * Volunteer sign-ups per IP (each may email an existing account's owner). Generous on purpose: during a
 * crisis a whole hospital's staff may sign up from behind one NAT address.
 */
export const SIGN_UPS_PER_IP: RateLimitRule = { name: 'sign-up:ip', limit: 50, windowSeconds: 3600 };
/**
 * Establishment account requests per IP (each creates an awaiting account or emails an existing one).
 * Lower than volunteer sign-ups: one establishment asks once, but a group may file a few from one office.
 */
export const ACCOUNT_REQUESTS_PER_IP: RateLimitRule = { name: 'account-request:ip', limit: 20, windowSeconds: 3600 };

function counterKey(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${subject.toLowerCase()}`;
}

/** Counts one hit and returns the count in the current window. */
export async function hit(rule: RateLimitRule, subject: string, now = new Date()): Promise<number> {
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_counters (key, window_start, count)
    VALUES (${counterKey(rule, subject)}, ${now}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_counters.window_start <= ${now}::timestamptz - make_interval(secs => ${rule.windowSeconds})
                   THEN 1 ELSE rate_limit_counters.count + 1 END,
      window_start = CASE WHEN rate_limit_counters.window_start <= ${now}::timestamptz - make_interval(secs => ${rule.windowSeconds})
                   THEN ${now} ELSE rate_limit_counters.window_start END
    RETURNING count`;
  return rows[0]?.count ?? 0;
}

/** True when the subject has already used up the window (does not count a hit). */
export async function isLimited(rule: RateLimitRule, subject: string, now = new Date()): Promise<boolean> {
  if (env().RATE_LIMIT_DISABLED) return false;
  const row = await prisma.rateLimitCounter.findUnique({ where: { key: counterKey(rule, subject) } });
  if (!row) return false;
  const windowOpen = row.windowStart.getTime() > now.getTime() - rule.windowSeconds * 1000;
  return windowOpen && row.count >= rule.limit;
}

/** Counts a hit and tells whether it goes over the limit. */
export async function hitAndCheck(rule: RateLimitRule, subject: string, now = new Date()): Promise<boolean> {
  const count = await hit(rule, subject, now);
  return !env().RATE_LIMIT_DISABLED && count > rule.limit;
}

export async function resetCounter(rule: RateLimitRule, subject: string): Promise<void> {
  await prisma.rateLimitCounter.deleteMany({ where: { key: counterKey(rule, subject) } });
}
