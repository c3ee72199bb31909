import 'server-only';
import { after } from 'next/server';

/**
 * Runs work once the response has gone (Next's `after`), so the page answers with what the user did —
 * « Envoyée au RPPS » — while the directory does its part. Outside a request (scripts, tests) there is
 * no response to wait for, and Next refuses `after`: the work then runs at once. A failure is logged;
 * the job sweep (`processWaitingRequests`) picks the request up again.
 */
export async function runAfterResponse(task: () => Promise<unknown>): Promise<void> {
  const guarded = () =>
    task().then(
      () => undefined,
      (error: unknown) => console.error('[rpps] deferred work failed', error),
    );
  try {
    after(guarded);
  } catch {
    await guarded();
  }
}
