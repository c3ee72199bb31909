// French renderings of the indicators, shared by the cards, the tables and the charts (client-safe).

const HOUR = 3600;
const DAY = 24 * HOUR;

const number = new Intl.NumberFormat('fr-FR');
const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return number.format(value);
}

/**
 * A delay in words a duty officer reads at a glance: « 45 min », « 5 h 30 », « 3,5 jours »; « — » when
 * there is nothing to measure (no mission assigned yet).
 */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  if (seconds < HOUR) return `${Math.max(1, Math.round(seconds / 60))} min`;
  if (seconds < 2 * DAY) {
    const totalMinutes = Math.round(seconds / 60);
    const hours = Math.floor(totalMinutes / 60);
    const minutes = totalMinutes % 60;
    return minutes === 0 ? `${hours} h` : `${hours} h ${String(minutes).padStart(2, '0')}`;
  }
  return `${oneDecimal.format(seconds / DAY)} jours`;
}

/** The same delay in hours (one decimal), the unit of the median chart's axis. */
export function durationHours(seconds: number | null): number | null {
  return seconds === null ? null : Math.round((seconds / HOUR) * 10) / 10;
}

/** « 12 % » of positions filled; « — » when none was requested. */
export function formatRate(filled: number, requested: number): string {
  return requested === 0 ? '—' : `${Math.round((filled / requested) * 100)} %`;
}
