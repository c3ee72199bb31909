import { withUniformDuration, type Clock } from '@/lib/auth/uniform-duration';

function fakeClock(): Clock & { waited: number[]; advance: (ms: number) => void } {
  let now = 1000;
  const waited: number[] = [];
  return {
    waited,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    sleep: async (ms) => {
      waited.push(ms);
      now += ms;
    },
  };
}

describe('withUniformDuration', () => {
  it('pads a fast path up to the floor', async () => {
    const clock = fakeClock();
    await expect(withUniformDuration(800, async () => (clock.advance(30), 'fast'), clock)).resolves.toBe('fast');
    expect(clock.waited).toEqual([770]);
  });

  it('pads a failure too, then rethrows it', async () => {
    const clock = fakeClock();
    const failing = withUniformDuration(800, async () => {
      clock.advance(10);
      throw new Error('boom');
    }, clock);
    await expect(failing).rejects.toThrow('boom');
    expect(clock.waited).toEqual([790]);
  });

  it('does not wait after a path slower than the floor', async () => {
    const clock = fakeClock();
    await withUniformDuration(800, async () => clock.advance(900), clock);
    expect(clock.waited).toEqual([]);
  });
});
