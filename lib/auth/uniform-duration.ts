import { setTimeout as sleep } from 'node:timers/promises';

// « Same answer, same timing » (SPEC §14): a form that must not tell whether an email has an account
// answers no sooner than a floor, whatever path it took. Creating an account (rows, documents, two
// emails) takes longer than telling the owner of a known address; without the floor one request tells
// them apart. The floor sits well above the slower path, so the difference drowns in network noise.

/** Volunteer sign-up and establishment account request (tens of ms on a quiet server). */
export const ENUMERATION_SAFE_FLOOR_MS = 800;

export interface Clock {
  now: () => number;
  sleep: (ms: number) => Promise<unknown>;
}

const realClock: Clock = { now: () => performance.now(), sleep };

/** Runs `work`, then waits until `floorMs` have passed since the start — on success and on failure. */
export async function withUniformDuration<T>(floorMs: number, work: () => Promise<T>, clock: Clock = realClock): Promise<T> {
  const started = clock.now();
  const pad = async () => {
    const left = floorMs - (clock.now() - started);
    if (left > 0) await clock.sleep(left);
  };
  try {
    const result = await work();
    await pad();
    return result;
  } catch (error) {
    await pad();
    throw error;
  }
}
