/** @jest-environment node */
import type { DispatchOptions, DispatchResult } from '@/lib/mail/dispatcher';
import { startDispatcherLoop, type DispatcherLoop } from '@/lib/mail/dispatcher-loop';

// The loop's own behaviour, with the dispatcher stubbed: the dispatcher itself is tested against
// PostgreSQL in mail-dispatcher.test.ts.
const idle: DispatchResult = { claimed: 0, sent: 0, retried: 0, dead: 0 };
const silentLog = { error: jest.fn(), warn: jest.fn() };
let loop: DispatcherLoop | undefined;

afterEach(() => {
  loop?.stop();
  loop = undefined;
  jest.clearAllMocks();
});

describe('startDispatcherLoop', () => {
  it('runs once per process: a second start returns the running loop', () => {
    const dispatch = jest.fn(async () => idle);
    loop = startDispatcherLoop({ dispatch, log: silentLog, intervalMs: 60_000 });
    expect(startDispatcherLoop({ dispatch, log: silentLog })).toBe(loop);
  });

  it('can start again after stop', () => {
    const dispatch = jest.fn(async () => idle);
    const first = startDispatcherLoop({ dispatch, log: silentLog, intervalMs: 60_000 });
    first.stop();
    loop = startDispatcherLoop({ dispatch, log: silentLog, intervalMs: 60_000 });
    expect(loop).not.toBe(first);
  });

  it('dispatches on its interval', async () => {
    // Fake timers: on a loaded CI machine a real 20 ms interval may fire once in 90 ms.
    jest.useFakeTimers();
    try {
      const dispatch = jest.fn(async () => idle);
      loop = startDispatcherLoop({ dispatch, log: silentLog, intervalMs: 1_000 });
      expect(dispatch).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1_000);
      expect(dispatch).toHaveBeenCalledTimes(1);
      await jest.advanceTimersByTimeAsync(2_000);
      expect(dispatch).toHaveBeenCalledTimes(3);
    } finally {
      loop?.stop();
      jest.useRealTimers();
    }
  });

  it('keeps draining while batches come back full, then waits', async () => {
    const results = [5, 5, 2].map((claimed) => ({ ...idle, claimed, sent: claimed }));
    const dispatch = jest.fn(async (options: DispatchOptions) => {
      expect(options.batchSize).toBe(5);
      return results.shift() ?? idle;
    });
    loop = startDispatcherLoop({ dispatch, log: silentLog, intervalMs: 60_000, batchSize: 5 });
    await loop.tick();
    expect(dispatch).toHaveBeenCalledTimes(3);
  });

  it('never overlaps two rounds', async () => {
    let release: () => void = () => undefined;
    const dispatch = jest.fn(() => new Promise<DispatchResult>((resolve) => (release = () => resolve(idle))));
    loop = startDispatcherLoop({ dispatch, log: silentLog, intervalMs: 60_000 });
    const first = loop.tick();
    await loop.tick();
    expect(dispatch).toHaveBeenCalledTimes(1);
    release();
    await first;
  });

  it('logs a failed round and keeps going', async () => {
    const dispatch = jest.fn().mockRejectedValueOnce(new Error('database unreachable')).mockResolvedValue(idle);
    loop = startDispatcherLoop({ dispatch, log: silentLog, intervalMs: 60_000 });
    await loop.tick();
    expect(silentLog.error).toHaveBeenCalledWith('[mail] outbox dispatch failed:', expect.objectContaining({ message: 'database unreachable' }));
    await loop.tick();
    expect(dispatch).toHaveBeenCalledTimes(2);
  });
});
