import { isReservationEnding } from '@/lib/candidacies/reservation-rule';
import { formatTimeLeft } from '@/lib/dates/time-left';

/**
 * « Réservé encore 2 j 5 h » (SPEC §6.4): until the expiry job releases the volunteer. In the warning's
 * colour during the last day (the establishment got the email then); once the deadline has passed, the
 * job is about to run (every minute), so the row says so rather than « 0 min ».
 * `now` comes from the server's render, so the server and the browser write the same words.
 */
export function ReservationTimeLeft({ until, now }: { until: Date | string; now: Date | string }) {
  const left = formatTimeLeft(until, now);
  return (
    <span
      data-testid="reservation-time-left"
      className={`block whitespace-nowrap text-sm ${isReservationEnding(until, now) ? 'font-medium text-warning' : 'text-muted'}`}
    >
      {left ? `Réservé encore ${left}` : 'Réservation échue : libération en cours'}
    </span>
  );
}
