// A time left in French — « 2 j 5 h », « 5 h 40 min », « 12 min » — on server and client alike. The unit
// words and spacing are the platform's CLDR data (Intl, as for every date of lib/dates/format.ts), not
// ours: date-fns's formatDuration only writes the long forms (« 2 jours 5 heures »), and the reservation
// of SPEC §6.4 is shown short, on a table row (docs/decisions/032).

const unit = (name: 'day' | 'hour' | 'minute') => new Intl.NumberFormat('fr-FR', { style: 'unit', unit: name, unitDisplay: 'short' });
const DAYS = unit('day');
const HOURS = unit('hour');
const MINUTES = unit('minute');
const LIST = new Intl.ListFormat('fr-FR', { type: 'unit', style: 'narrow' });

const MINUTE = 60_000;

/**
 * The time from `now` to `until`, rounded up to the minute (a 72 h reservation opened a second ago still
 * shows « 3 j »), in its two largest units with a zero left out; null once `until` has passed. Elapsed
 * time, not calendar days: a change of daylight saving time does not add or remove an hour.
 */
export function formatTimeLeft(until: Date | string, now: Date | string): string | null {
  const left = new Date(until).getTime() - new Date(now).getTime();
  if (!(left > 0)) return null;
  const minutes = Math.ceil(left / MINUTE);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts =
    days > 0
      ? [DAYS.format(days), hours > 0 ? HOURS.format(hours) : null]
      : hours > 0
        ? [HOURS.format(hours), rest > 0 ? MINUTES.format(rest) : null]
        : [MINUTES.format(rest)];
  return LIST.format(parts.filter((part): part is string => part !== null));
}
