/** @jest-environment node */
import { RANGE_MESSAGES, defaultRange, rangeDays, rangeFromSearchParams, rangeInstants } from '@/lib/indicators/range';
import { durationHours, formatDuration, formatRate } from '@/lib/indicators/format';

// The period of the indicators page and the French renderings of its figures (pure rules).

const NOW = new Date('2026-11-22T15:00:00Z');

describe('the period', () => {
  it('is the last 30 days, today included, by default', () => {
    expect(defaultRange(NOW)).toEqual({ from: '2026-10-24', to: '2026-11-22' });
    expect(rangeDays(defaultRange(NOW))).toBe(30);
    expect(rangeFromSearchParams({}, NOW)).toEqual({ range: { from: '2026-10-24', to: '2026-11-22' }, error: null });
  });

  it('comes from ?du=&au=, both days included', () => {
    expect(rangeFromSearchParams({ du: '2026-03-01', au: '2026-03-31' }, NOW)).toEqual({ range: { from: '2026-03-01', to: '2026-03-31' }, error: null });
    expect(rangeInstants({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-01T00:00:00Z') });
  });

  it('falls back to the default and says why when it is not a period', () => {
    expect(rangeFromSearchParams({ du: '2026-02-30' }, NOW)).toEqual({ range: defaultRange(NOW), error: RANGE_MESSAGES.invalid });
    expect(rangeFromSearchParams({ du: '2026-04-01', au: '2026-03-01' }, NOW)).toEqual({ range: defaultRange(NOW), error: RANGE_MESSAGES.order });
    expect(rangeFromSearchParams({ du: '2000-01-01', au: '2026-03-01' }, NOW).error).toBe(RANGE_MESSAGES.tooLong);
    expect(rangeFromSearchParams({ du: ["'; DROP TABLE missions; --"] }, NOW).error).toBe(RANGE_MESSAGES.invalid);
  });
});

describe('the renderings', () => {
  it('say a delay as a duty officer reads it', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(45 * 60)).toBe('45 min');
    expect(formatDuration(6 * 3600)).toBe('6 h');
    expect(formatDuration(5.5 * 3600)).toBe('5 h 30');
    expect(formatDuration(3.5 * 86_400)).toBe('3,5 jours');
    expect(durationHours(5400)).toBe(1.5);
    expect(formatRate(1, 3)).toBe('33 %');
    expect(formatRate(0, 0)).toBe('—');
  });
});
