import 'server-only';
import type { PrismaClient, TransactionClient } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/refusals';
import { fromIsoDay } from '@/lib/dates/days';
import type { CivilStatus } from '@/lib/validation/rpps';
import { normaliseBirthCommune } from './birth-commune';

/** The unique index of migration 20261205010000 that holds the rule below under concurrency. */
export const SAME_IDENTITY_CONSTRAINT = 'rpps_records_identity_key';

type Identity = Pick<CivilStatus, 'birthLastName' | 'firstNames' | 'birthDate' | 'birthCountry' | 'birthCommuneName' | 'birthCommuneCode'>;

/**
 * A record with the same birth name, civil first names, birth date and birth place (country and
 * commune): the same person. The RPPS number is « unique et pérenne » for a person's whole life, so a
 * second registration would give them a second identity; the wizard warns, and the directory refuses —
 * and the database's unique index (SAME_IDENTITY_CONSTRAINT) refuses the same thing when two
 * registrations race.
 */
export async function findSameIdentity(db: PrismaClient | TransactionClient, civil: Identity) {
  const birthCommuneName = normaliseBirthCommune(civil)?.name ?? civil.birthCommuneName;
  return db.rppsRecord.findFirst({
    where: {
      birthLastName: { equals: civil.birthLastName, mode: 'insensitive' },
      firstNames: { equals: civil.firstNames, mode: 'insensitive' },
      birthDate: fromIsoDay(civil.birthDate),
      birthCountry: civil.birthCountry,
      birthCommuneName: { equals: birthCommuneName, mode: 'insensitive' },
    },
    select: { id: true, rppsNumber: true },
  });
}

/** Whether an error is the same-identity index refusing a second registration of one person. */
export function isSameIdentityViolation(error: unknown): boolean {
  return isUniqueViolation(error) && JSON.stringify(error.meta ?? {}).includes(SAME_IDENTITY_CONSTRAINT);
}
