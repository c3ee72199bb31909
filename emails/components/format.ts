// Dates in emails are read by people in France: French words, Paris time for instants.

const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const instantFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/**
 * A calendar day (PostgreSQL `date`, which Prisma returns as midnight UTC): formatted in UTC so that
 * the day never shifts, e.g. « 2 avril 2021 ».
 */
export function formatDay(day: Date): string {
  return dayFormat.format(day);
}

/** An instant (timestamptz) in Paris time, e.g. « 2 avril 2021 à 14:21 ». */
export function formatInstant(instant: Date): string {
  return instantFormat.format(instant);
}
