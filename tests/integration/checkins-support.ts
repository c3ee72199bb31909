import { prisma } from '@/lib/db';
import { extractLinks } from '@/lib/mail/mailbox';
import { createProfessional, type ProfessionalOptions } from '../factories';

// Shared by the availability check-in tests (not a test file itself). The check-in job reads every
// volunteer of the shared test database, so each test works in a year of its own, long past: its
// volunteers' periods and confirmations lie in that year and the job's clock too. Another file's
// volunteers (confirmed today) are never due at such a clock, and these ones, whose periods are over
// today, are never Disponible for a run at the real date (the cron route's test) — nor, their
// confirmation being later, due at an earlier year's clock.

export interface CheckinYear {
  year: number;
  /** Midnight UTC of a day of that year (month 1–12). */
  day(month: number, dayOfMonth: number): Date;
  /** An instant of that year, 06:00 UTC by default. */
  at(month: number, dayOfMonth: number, hour?: number): Date;
  /** The volunteers' availability: the whole year. */
  periods: { startDate: Date; endDate: Date | null }[];
}

export function checkinYear(year: number): CheckinYear {
  const day = (month: number, dayOfMonth: number) => new Date(Date.UTC(year, month - 1, dayOfMonth));
  return {
    year,
    day,
    at: (month, dayOfMonth, hour = 6) => new Date(Date.UTC(year, month - 1, dayOfMonth, hour)),
    periods: [{ startDate: day(1, 1), endDate: day(12, 31) }],
  };
}

/** A volunteer of that year who last confirmed on `confirmedAt` (default 10 January). */
export async function checkinVolunteer(year: CheckinYear, options: ProfessionalOptions & { confirmedAt?: Date } = {}) {
  const { confirmedAt, ...rest } = options;
  return createProfessional({
    periods: year.periods,
    ...rest,
    record: { availabilityConfirmedAt: confirmedAt ?? year.at(1, 10), ...rest.record },
  });
}

export function checkinEmails(to: string) {
  return prisma.emailOutbox.findMany({ where: { to, template: 'availability-checkin' }, orderBy: { createdAt: 'asc' } });
}

/** The two links of a check-in email, and the token they share. */
export function checkinLinks(html: string): { yes: URL; no: URL; token: string } {
  const [yes, no] = extractLinks(html)
    .filter((link) => link.includes('/disponibilite?'))
    .map((link) => new URL(link));
  if (!yes || !no) throw new Error('no check-in links in this email');
  return { yes, no, token: yes.searchParams.get('jeton') ?? '' };
}

export async function confirmationOf(professionalId: string) {
  return prisma.professional.findUniqueOrThrow({
    where: { id: professionalId },
    select: { available: true, availabilityConfirmedAt: true, availabilityCheckinSentAt: true },
  });
}
