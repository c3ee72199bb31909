// Delivery retries: exponential backoff (1 min, 2 min, 4 min … capped at 1 h). Ten attempts span about
// four hours, enough to ride out a provider outage; after that the email is DEAD, kept for inspection.

export const MAX_ATTEMPTS = 10;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 60 * 60_000;

/** Delay before the next attempt, after `failedAttempts` (≥ 1) failures. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, failedAttempts - 1), MAX_DELAY_MS);
}

/** Provider errors can be long (HTML pages from a proxy): keep enough to diagnose. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 2000);
}
