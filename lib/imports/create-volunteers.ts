import 'server-only';
import { randomUUID } from 'node:crypto';
import type { TransactionClient } from '@/lib/db';
import { sendPasswordLink } from '@/lib/auth/password-flows';
import { periodColumns, professionalColumns } from '@/lib/professionals/professional-rows';
import type { VolunteerRow } from '@/lib/imports/volunteer-rows';

// Writes the volunteers of a plan inside the import's transaction: accounts ACTIVE without a password,
// records, their one availability period (the triggers derive the search columns from it), and one
// activation email each. Rows go in with three multi-row inserts; only the emails are per volunteer.

export async function createVolunteers(tx: TransactionClient, volunteers: VolunteerRow[], now = new Date()): Promise<number> {
  const rows = volunteers.map((volunteer) => ({ volunteer, userId: randomUUID(), professionalId: randomUUID() }));
  await tx.user.createMany({
    data: rows.map(({ volunteer, userId }) => ({ id: userId, email: volunteer.email, role: 'PROFESSIONAL' as const, status: 'ACTIVE' as const, firstName: volunteer.firstName, lastName: volunteer.lastName })),
  });
  await tx.professional.createMany({
    data: rows.map(({ volunteer, userId, professionalId }) => ({ id: professionalId, userId, ...professionalColumns(volunteer, now) })),
  });
  await tx.availabilityPeriod.createMany({
    data: rows.flatMap(({ volunteer, professionalId }) =>
      periodColumns(volunteer).map((period) => ({ professionalId, ...period })),
    ),
  });
  for (const { volunteer, userId } of rows) await sendPasswordLink(tx, { id: userId, email: volunteer.email, firstName: volunteer.firstName }, 'ACTIVATION');
  return rows.length;
}
