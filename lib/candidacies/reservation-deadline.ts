// When a reservation (CONTACTED) ends if the establishment neither validates nor refuses: the contact
// plus the delay the ARS set for the region (SPEC §6.4, default 72 h). The expiry job selects due rows
// with the same sum in SQL (lib/jobs/reservation-expiry.ts); everything shown or emailed uses this.
export function reservationDeadline(contactedAt: Date, delayHours: number): Date {
  return new Date(contactedAt.getTime() + delayHours * 3_600_000);
}
