import { PLAN_CACHE_MARKER, planCacheName } from '@/lib/db/plan-cache';

describe('statements planned once per connection (lib/db/plan-cache.ts)', () => {
  it('names only the statements that opt in, by their text', () => {
    const marked = `${PLAN_CACHE_MARKER}\nSELECT 1`;
    expect(planCacheName({ sql: 'SELECT 1' })).toBeUndefined();
    expect(planCacheName({ sql: marked })).toMatch(/^pc_[0-9a-f]{40}$/);
    expect(planCacheName({ sql: marked })).toBe(planCacheName({ sql: marked }));
    expect(planCacheName({ sql: `${marked} ` })).not.toBe(planCacheName({ sql: marked }));
  });

  it('stops naming new statements past its bound, and keeps naming those it knows', () => {
    const first = planCacheName({ sql: `${PLAN_CACHE_MARKER} SELECT 'premier'` });
    for (let i = 0; i < 600; i += 1) planCacheName({ sql: `${PLAN_CACHE_MARKER} SELECT ${i}` });
    expect(planCacheName({ sql: `${PLAN_CACHE_MARKER} SELECT 'après la limite'` })).toBeUndefined();
    expect(planCacheName({ sql: `${PLAN_CACHE_MARKER} SELECT 'premier'` })).toBe(first);
  });
});
