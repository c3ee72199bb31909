/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { ReservationTimeLeft } from '@/components/candidates/reservation-time-left';
import { isReservationEnding } from '@/lib/candidacies/reservation-rule';
import { formatTimeLeft } from '@/lib/dates/time-left';

// « Réservé encore 2 j 5 h » (SPEC §6.4): the time left of a reservation, in French, short, from the
// server's clock. Intl separates a number from its unit with a narrow no-break space (French typography);
// the expectations below make every space plain.

const NOW = new Date('2026-12-03T10:00:00.000Z');
const plus = (minutes: number, seconds = 0) => new Date(NOW.getTime() + minutes * 60_000 + seconds * 1000);
const plain = (text: string | null | undefined) => text?.replace(/\s/g, ' ');

describe('formatTimeLeft', () => {
  it.each([
    [plus(2 * 1440 + 5 * 60), '2 j 5 h'],
    [plus(3 * 1440), '3 j'],
    // Rounded up to the minute: a 72 h reservation opened a second ago still reads « 3 j ».
    [plus(3 * 1440 - 1, 59), '3 j'],
    [plus(2 * 1440 + 5 * 60 + 59), '2 j 5 h'],
    [plus(1440 + 1), '1 j'],
    [plus(5 * 60 + 40), '5 h 40 min'],
    [plus(23 * 60), '23 h'],
    [plus(12), '12 min'],
    [plus(0, 1), '1 min'],
  ])('%s → %s', (until, expected) => {
    expect(plain(formatTimeLeft(until, NOW))).toBe(expected);
  });

  it('has nothing left to say once the deadline has passed', () => {
    expect(formatTimeLeft(NOW, NOW)).toBeNull();
    expect(formatTimeLeft(plus(-5), NOW)).toBeNull();
  });

  it('reads ISO strings as the props of client components carry them', () => {
    expect(plain(formatTimeLeft('2026-12-05T15:00:00.000Z', '2026-12-03T10:00:00.000Z'))).toBe('2 j 5 h');
  });

  it('counts elapsed time across a change of daylight saving time (Paris, 25 October 2026)', () => {
    const before = new Date('2026-10-24T10:00:00.000Z');
    expect(plain(formatTimeLeft(new Date(before.getTime() + 72 * 3_600_000), before))).toBe('3 j');
  });
});

describe('ReservationTimeLeft', () => {
  it('says how long the volunteer stays reserved', () => {
    render(<ReservationTimeLeft until={plus(2 * 1440 + 5 * 60)} now={NOW} />);
    expect(plain(screen.getByTestId('reservation-time-left').textContent)).toBe('Réservé encore 2 j 5 h');
    expect(screen.getByTestId('reservation-time-left')).toHaveClass('text-muted');
  });

  it('stands out during the last day, the one the warning email announces', () => {
    expect(isReservationEnding(plus(24 * 60 + 1), NOW)).toBe(false);
    expect(isReservationEnding(plus(24 * 60), NOW)).toBe(true);
    render(<ReservationTimeLeft until={plus(20 * 60).toISOString()} now={NOW.toISOString()} />);
    expect(plain(screen.getByTestId('reservation-time-left').textContent)).toBe('Réservé encore 20 h');
    expect(screen.getByTestId('reservation-time-left')).toHaveClass('text-warning');
  });

  it('says the release is under way once the deadline has passed, before the job has run', () => {
    render(<ReservationTimeLeft until={plus(-1)} now={NOW} />);
    expect(screen.getByTestId('reservation-time-left')).toHaveTextContent('Réservation échue : libération en cours');
  });
});
