import 'server-only';
import { randomUUID } from 'node:crypto';
import type { TransactionClient } from '@/lib/db';
import { sendPasswordLink } from '@/lib/auth/password-flows';
import { normalisedIdentifier } from '@/lib/validation/professional';
import type { VolunteerRow } from '@/lib/imports/volunteer-rows';

// Writes the volunteers of a plan inside the import's transaction: accounts ACTIVE without a password,
// records, their one availability period (the triggers derive the search columns from it), and one
// activation email each. Rows go in with three multi-row inserts; only the emails are per volunteer.

/** `YYYY-MM-DD` as the UTC midnight that a PostgreSQL `date` column stores. */
const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

export async function createVolunteers(tx: TransactionClient, volunteers: VolunteerRow[], now = new Date()): Promise<number> {
  const rows = volunteers.map((volunteer) => ({ volunteer, userId: randomUUID(), professionalId: randomUUID() }));
  await tx.user.createMany({
    data: rows.map(({ volunteer, userId }) => ({ id: userId, email: volunteer.email, role: 'PROFESSIONAL' as const, status: 'ACTIVE' as const, firstName: volunteer.firstName, lastName: volunteer.lastName })),
  });
  await tx.professional.createMany({
    data: rows.map(({ volunteer: v, userId, professionalId }) => ({
      id: professionalId,
      userId,
      phone: v.phone,
      postalCode: v.postalCode,
      city: v.city,
      departmentCode: v.location.departmentCode,
      regionCode: v.regionCode,
      longitude: v.location.coordinates[0],
      latitude: v.location.coordinates[1],
      professionCode: v.professionCode,
      speciality: v.speciality,
      activityType: v.activityType,
      identifierType: v.identifierType,
      identifierNumber: normalisedIdentifier(v.identifierType, v.identifierNumber),
      employer: v.employer,
      hasVehicle: v.hasVehicle,
      ehpadExperience: v.ehpadExperience,
      icuExperience: v.icuExperience,
      vaccinationExperience: v.vaccinationExperience,
      availableWeekdays: v.availableWeekdays,
      availableWeekends: v.availableWeekends,
      mobilisation: v.mobilisation,
      comment: v.comment,
      termsAcceptedAt: now,
      dataConsentAt: now,
    })),
  });
  await tx.availabilityPeriod.createMany({
    data: rows.flatMap(({ volunteer, professionalId }) =>
      volunteer.periods.map((period) => ({ professionalId, startDate: utcDate(period.startDate), endDate: period.endDate ? utcDate(period.endDate) : null })),
    ),
  });
  for (const { volunteer, userId } of rows) await sendPasswordLink(tx, { id: userId, email: volunteer.email, firstName: volunteer.firstName }, 'ACTIVATION');
  return rows.length;
}
