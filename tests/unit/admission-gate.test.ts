import { AdmissionGate, OverloadedError } from '@/lib/security/admission-gate';

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('AdmissionGate', () => {
  it('runs at most maxActive at once and admits the next in line when one ends', async () => {
    const gate = new AdmissionGate({ maxActive: 2, maxQueued: 5, maxWaitMs: 5_000 });
    const held = [deferred(), deferred()];
    const order: string[] = [];
    const first = gate.run(async () => (await held[0]!.promise, order.push('first')));
    const second = gate.run(async () => (await held[1]!.promise, order.push('second')));
    const third = gate.run(async () => order.push('third'));
    await Promise.resolve();
    expect(gate.load).toEqual({ active: 2, queued: 1 });
    expect(order).toEqual([]);
    held[1]!.release();
    await second;
    await third;
    expect(order).toEqual(['second', 'third']);
    held[0]!.release();
    await first;
    expect(gate.load).toEqual({ active: 0, queued: 0 });
  });

  it('refuses at once when the line is full, without running the work', async () => {
    const gate = new AdmissionGate({ maxActive: 1, maxQueued: 1, maxWaitMs: 5_000 });
    const held = deferred();
    const running = gate.run(() => held.promise);
    const waiting = gate.run(async () => 'waited');
    const work = jest.fn(async () => 'ran');
    await expect(gate.run(work)).rejects.toBeInstanceOf(OverloadedError);
    expect(work).not.toHaveBeenCalled();
    held.release();
    await running;
    await expect(waiting).resolves.toBe('waited');
  });

  it('refuses a request that waited longer than maxWaitMs, and frees its place in line', async () => {
    jest.useFakeTimers();
    try {
      const gate = new AdmissionGate({ maxActive: 1, maxQueued: 1, maxWaitMs: 1_000 });
      const held = deferred();
      const running = gate.run(() => held.promise);
      const late = gate.run(async () => 'late');
      jest.advanceTimersByTime(1_001);
      await expect(late).rejects.toBeInstanceOf(OverloadedError);
      expect(gate.load).toEqual({ active: 1, queued: 0 });
      held.release();
      await running;
      await expect(gate.run(async () => 'next')).resolves.toBe('next');
    } finally {
      jest.useRealTimers();
    }
  });

  it('gives the place back when the work fails', async () => {
    const gate = new AdmissionGate({ maxActive: 1, maxQueued: 0, maxWaitMs: 1_000 });
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(async () => 'again')).resolves.toBe('again');
  });
});
