import { addUtcDays, daysInclusive, fromIsoDay, isIsoDay, overlapDays, parisToday, shiftYears, startOfUtcDay, toIsoDay } from '@/lib/dates/days';
import { formatDay, formatInstant, formatLongDay, formatLongInstant, formatParisDay } from '@/lib/dates/format';

// Calendar days are UTC days (midnight UTC, as @db.Date columns are read and written), whatever the time
// zone of the instant they come from. The tests run with TZ=UTC: instants are written with their offset.

const d = (iso: string) => fromIsoDay(iso);

describe('calendar days', () => {
  it('takes the UTC day of an instant, even late in the evening in Paris or early in the morning in Cayenne', () => {
    // 23:30 in Paris on 1 December is still 1 December in UTC (22:30Z).
    expect(startOfUtcDay(new Date('2026-12-01T23:30:00+01:00'))).toEqual(new Date('2026-12-01T00:00:00.000Z'));
    // 00:30 in Paris on 2 December is 1 December, 23:30 UTC: the UTC day, not the Paris day.
    expect(startOfUtcDay(new Date('2026-12-02T00:30:00+01:00'))).toEqual(new Date('2026-12-01T00:00:00.000Z'));
    // 22:00 in Cayenne (UTC−3) on 31 December is already New Year's day in UTC.
    expect(toIsoDay(new Date('2026-12-31T22:00:00-03:00'))).toBe('2027-01-01');
  });

  it('reads and writes `YYYY-MM-DD` as midnight UTC', () => {
    expect(fromIsoDay('2028-02-29').toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(toIsoDay(fromIsoDay('2026-10-31'))).toBe('2026-10-31');
  });

  it('accepts real calendar days only', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('2026-04-31')).toBe(false);
    expect(isIsoDay('2026-12-31')).toBe(true);
    expect(isIsoDay('2026-13-01')).toBe(false);
    expect(isIsoDay('31/12/2026')).toBe(false);
    expect(isIsoDay('2026-1-5')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });

  it('adds days across the end of a month, a leap day and a change of summer time', () => {
    expect(toIsoDay(addUtcDays(d('2026-01-31'), 1))).toBe('2026-02-01');
    expect(toIsoDay(addUtcDays(d('2028-02-28'), 1))).toBe('2028-02-29');
    expect(toIsoDay(addUtcDays(d('2026-03-01'), -1))).toBe('2026-02-28');
    // Summer time starts in France on 29 March 2026: UTC days stay 24 hours long.
    expect(addUtcDays(d('2026-03-28'), 2).toISOString()).toBe('2026-03-30T00:00:00.000Z');
  });

  it('counts the days of a range, both ends included', () => {
    expect(daysInclusive(d('2026-12-01'), d('2026-12-01'))).toBe(1);
    expect(daysInclusive(d('2028-02-01'), d('2028-02-29'))).toBe(29);
    expect(daysInclusive(d('2026-03-01'), d('2026-03-31'))).toBe(31);
    expect(daysInclusive(d('2026-12-02'), d('2026-12-01'))).toBe(0);
  });

  it('counts the days two ranges share, an open end running to the other range’s end', () => {
    const mission = { start: d('2026-12-01'), end: d('2026-12-10') };
    expect(overlapDays(mission, { start: d('2026-12-05'), end: d('2026-12-20') })).toBe(6);
    expect(overlapDays(mission, { start: d('2026-11-01'), end: null })).toBe(10);
    expect(overlapDays(mission, { start: d('2026-12-11'), end: null })).toBe(0);
    expect(overlapDays(mission, { start: d('2026-12-10'), end: d('2026-12-10') })).toBe(1);
  });

  it('shifts by whole years, 29 February falling back to 28', () => {
    expect(shiftYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(shiftYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(shiftYears('2026-01-31', -18)).toBe('2008-01-31');
  });

  it('says which day it is in France, whatever the server’s time zone', () => {
    expect(parisToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(parisToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(parisToday(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('dates in French', () => {
  it('shows a stored day as itself, from a Date, a day or a JSON date', () => {
    expect(formatDay(d('2026-12-01'))).toBe('01/12/2026');
    expect(formatDay('2026-12-01')).toBe('01/12/2026');
    expect(formatDay('2028-02-29T00:00:00.000Z')).toBe('29/02/2028');
    expect(formatLongDay('1999-05-05')).toBe('5 mai 1999');
  });

  it('shows instants in Paris time', () => {
    expect(formatInstant(new Date('2026-11-21T13:05:00Z'))).toBe('21/11/2026 14:05');
    expect(formatLongInstant('2026-11-22T09:15:00Z')).toBe('22 novembre 2026 à 10:15');
    // 23:30 UTC on 4 September is already 5 September in Paris (summer time).
    expect(formatParisDay(new Date('2022-09-04T23:30:00Z'))).toBe('05 septembre 2022');
  });
});
