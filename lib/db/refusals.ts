import { Prisma } from '@/lib/generated/prisma/client';

// What PostgreSQL refused, read from Prisma's errors. Domain functions ask it (a reservation taken at the
// same instant, an overlapping assignment) as well as the action wrapper, so it lives next to the client.

const CAMEL_FIELDS: Record<string, string> = { email: 'email', finess: 'finess', gid: 'gid' };

/** The form field behind a unique violation (P2002), when it is one a user can fix. */
export function uniqueViolationField(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return null;
  const target = JSON.stringify(error.meta ?? {});
  const field = Object.keys(CAMEL_FIELDS).find((name) => target.includes(name));
  return field ? CAMEL_FIELDS[field]! : null;
}

export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * PostgreSQL refused with this SQLSTATE. Prisma has no code of its own for most of them and passes
 * PostgreSQL's along, in the error's meta (through the driver adapter) or its message (raw queries).
 */
export function hasSqlState(error: unknown, sqlState: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return JSON.stringify(error.meta ?? {}).includes(sqlState) || error.message.includes(sqlState);
}

/** An exclusion constraint refused the write (SQLSTATE 23P01). */
export function isExclusionViolation(error: unknown): boolean {
  return hasSqlState(error, '23P01');
}
