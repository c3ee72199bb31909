import { addDays, subDays, subYears } from 'date-fns';

// SPEC §14 (CNIL guidance for candidate data): a volunteer's data is kept 2 years after their last
// activity; then they are warned by email, and anonymised if they do not come back within the grace
// period. docs/decisions/021-volunteer-retention.md says why these numbers and what counts as activity.

export const RETENTION_YEARS = 2;
export const GRACE_DAYS = 30;
/** How many accounts one run of the job warns or anonymises; the next tick takes the rest. */
export const RETENTION_BATCH = 200;

/** Activity before this instant is too old to keep the data for. */
export function inactivityCutoff(now: Date): Date {
  return subYears(now, RETENTION_YEARS);
}

/** A warning sent before this instant has let its whole grace period pass. */
export function graceCutoff(now: Date): Date {
  return subDays(now, GRACE_DAYS);
}

/** The day announced in the warning email. */
export function anonymisationDate(warnedAt: Date): Date {
  return addDays(warnedAt, GRACE_DAYS);
}

/**
 * An account disabled by its agency cannot sign in, so a warning would ask for the impossible: it is
 * anonymised without one, once the grace period has passed beyond the 2 years as well.
 */
export function disabledAccountCutoff(now: Date): Date {
  return subDays(inactivityCutoff(now), GRACE_DAYS);
}

// The cleanup job's windows (lib/jobs/run-jobs.ts), here so that the privacy notice states them from the
// same constants (SPEC §15).
/** Spent or expired activation, reset and email-change links are deleted this many days after expiry. */
export const SPENT_LINK_KEEP_DAYS = 30;
/** Rate-limit counters (they hold an email or an IP address) are deleted this many hours after their window opened. */
export const RATE_LIMIT_COUNTER_KEEP_HOURS = 24;
