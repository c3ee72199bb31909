import 'server-only';
import { writeAudit } from '@/lib/audit';
import { prisma } from '@/lib/db';
import { fileStoreFromEnv, type FileStore } from '@/lib/storage';
import { lockIfDueForAnonymisation, volunteersToAnonymise } from '@/lib/retention/inactive-volunteers';

// Anonymisation keeps what the statistics of a crisis need — the profession, department and region, the
// experience flags and every candidacy — and erases whatever identifies or reaches the person: names,
// email, phone, address, RPPS/ADELI number, employer, comment, availability periods, documents, links and
// the emails still held for them. The account can never sign in again (users_anonymised_check).

export const ANONYMISED_FIRST_NAME = 'Compte';
export const ANONYMISED_LAST_NAME = 'anonymisé';

/** A placeholder that keeps the address unique and lower-case, and can never receive mail (RFC 2606). */
export function anonymisedEmail(userId: string): string {
  return `anonymise-${userId}@anonymise.invalid`;
}

/** Anonymises every volunteer due (policy.ts); returns how many. */
export async function anonymiseInactiveVolunteers(now = new Date(), store: FileStore = fileStoreFromEnv()): Promise<number> {
  let anonymised = 0;
  for (const userId of await volunteersToAnonymise(now)) {
    if (await anonymiseVolunteer(userId, now, store)) anonymised += 1;
  }
  return anonymised;
}

async function anonymiseVolunteer(userId: string, now: Date, store: FileStore): Promise<boolean> {
  const storageKeys = await prisma.$transaction(async (tx) => {
    if (!(await lockIfDueForAnonymisation(tx, userId, now))) return null;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, professional: { select: { id: true } } } });
    const professionalId = user.professional?.id;
    if (!professionalId) return null;

    const documents = await tx.document.findMany({ where: { professionalId }, select: { storageKey: true } });
    await tx.document.deleteMany({ where: { professionalId } });
    await tx.availabilityPeriod.deleteMany({ where: { professionalId } });
    await tx.oneTimeToken.deleteMany({ where: { userId } });
    // The PSC subject and certified RPPS number are personal data too (SPEC §16).
    await tx.federatedIdentity.deleteMany({ where: { userId } });
    await tx.federationIntent.deleteMany({ where: { userId } });
    await tx.emailOutbox.deleteMany({ where: { to: user.email } });
    await tx.professional.update({
      where: { id: professionalId },
      data: {
        phone: '',
        postalCode: '',
        city: '',
        longitude: null,
        latitude: null,
        identifierType: 'NONE',
        identifierNumber: null,
        employer: null,
        comment: null,
        available: false,
      },
    });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: anonymisedEmail(userId),
        firstName: ANONYMISED_FIRST_NAME,
        lastName: ANONYMISED_LAST_NAME,
        phone: null,
        passwordHash: null,
        status: 'DISABLED',
        sessionVersion: { increment: 1 },
        anonymisedAt: now,
      },
    });
    // No name or email in the audit row, as for an account deletion: the ids say what happened.
    await writeAudit(tx, {
      actorId: null,
      action: 'account.anonymise',
      entityType: 'User',
      entityId: userId,
      details: { professionalId, documents: documents.length, reason: 'inactivity' },
    });
    return documents.map((document) => document.storageKey);
  });
  if (!storageKeys) return false;
  // After the commit: a failure leaves unreachable bytes, never a document row without its file.
  for (const key of storageKeys) {
    await store.delete(key).catch((error: unknown) => {
      console.error('[storage] could not delete document bytes after anonymisation:', error instanceof Error ? error.message : error);
    });
  }
  return true;
}
