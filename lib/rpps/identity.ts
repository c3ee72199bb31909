import 'server-only';
import type { PrismaClient, TransactionClient } from '@/lib/db';
import { fromIsoDay } from '@/lib/dates/days';
import type { CivilStatus } from '@/lib/validation/rpps';

/**
 * A record with the same birth name, civil first names and birth date: most likely the same person.
 * The RPPS number is « unique et pérenne » for a person's whole life, so a second registration would
 * give them a second identity; the wizard warns, and the directory refuses.
 */
export async function findSameIdentity(db: PrismaClient | TransactionClient, civil: Pick<CivilStatus, 'birthLastName' | 'firstNames' | 'birthDate'>) {
  return db.rppsRecord.findFirst({
    where: {
      birthLastName: { equals: civil.birthLastName, mode: 'insensitive' },
      firstNames: { equals: civil.firstNames, mode: 'insensitive' },
      birthDate: fromIsoDay(civil.birthDate),
    },
    select: { id: true, rppsNumber: true },
  });
}
