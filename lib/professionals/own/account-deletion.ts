import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { DomainError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { prisma, type TransactionClient } from '@/lib/db';
import { fileStoreFromEnv, type FileStore } from '@/lib/storage';
import { startOfUtcDay, toIsoDay } from '@/lib/dates/days';
import { formatDay } from '@/lib/dates/format';
import { DECLINED_EMAILS_SELECT, enqueueDeclinedEmails } from '@/lib/candidacies/declined-emails';
import { RESERVING_STATUSES } from '@/lib/candidacies/transitions';
import { ownProfessionalId } from './owner';

// The volunteer's right to erasure (GDPR art. 17, SPEC §5.2): the account, the record, periods,
// candidacies and documents go; only while « Affecté » on a mission that has not ended is it refused.
// Why reservations (Contacté, En cours) do not block it, and who is emailed when one is released:
// docs/decisions/013-volunteer-data-rights.md.

export interface CurrentAssignment {
  establishmentName: string;
  /** `YYYY-MM-DD`. */
  endDate: string;
}

/** The current assignment that blocks deletion, if any (the page explains it before they try). */
export async function getDeletionBlock(actor: Actor, now = new Date()): Promise<CurrentAssignment | null> {
  const professionalId = await ownProfessionalId(actor);
  return currentAssignment(prisma, professionalId, now);
}

export function deletionRefusal(assignment: CurrentAssignment): string {
  const end = formatDay(assignment.endDate);
  return `Vous êtes affecté(e) à une mission à ${assignment.establishmentName} jusqu'au ${end} : votre compte ne peut pas être supprimé avant la fin de cette mission. Vous pourrez le faire dès le lendemain.`;
}

/**
 * Deletes the account and everything that cascades from it, then the document bytes once the deletion
 * has committed (a failure to delete bytes leaves unreachable files, never a document row without its
 * file). The emails addressed to them are deleted too: they repeat their personal data. Each reservation
 * it releases is announced as a decline would announce it, in the same transaction (outbox).
 */
export async function deleteOwnAccount(actor: Actor, store: FileStore = fileStoreFromEnv(), now = new Date()): Promise<void> {
  const storageKeys = await prisma.$transaction(async (db) => {
    const professionalId = await ownProfessionalId(actor, db);
    // Locks their candidacies: an establishment validating them at this very moment either commits first
    // (and we see ASSIGNED below) or waits and then finds nothing to validate.
    await db.$queryRaw`SELECT id FROM candidacies WHERE professional_id = ${professionalId} FOR UPDATE`;
    const assignment = await currentAssignment(db, professionalId, now);
    if (assignment) throw new DomainError(deletionRefusal(assignment));

    const documents = await db.document.findMany({ where: { professionalId }, select: { storageKey: true } });
    // A reservation (Contacté) or a proposal (En cours) goes with the record: whoever holds it is told as
    // on a decline, with the same email, so that they can turn to another volunteer at once (decision 013).
    const released = await db.candidacy.findMany({ where: { professionalId, status: { in: [...RESERVING_STATUSES] } }, select: DECLINED_EMAILS_SELECT });
    for (const candidacy of released) await enqueueDeclinedEmails(db, candidacy, now);
    const user = await db.user.delete({ where: { id: actor.id }, select: { email: true } });
    await db.emailOutbox.deleteMany({ where: { to: user.email } });
    // No name or email in the audit row: it outlives the account, the ids alone say what happened.
    await writeAudit(db, {
      actorId: null,
      action: 'account.delete',
      entityType: 'User',
      entityId: actor.id,
      details: { professionalId, documents: documents.length, releasedReservations: released.length },
    });
    return documents.map((d) => d.storageKey);
  });
  for (const key of storageKeys) {
    await store.delete(key).catch((error: unknown) => {
      console.error('[storage] could not delete document bytes after account deletion:', error instanceof Error ? error.message : error);
    });
  }
}

async function currentAssignment(db: TransactionClient | typeof prisma, professionalId: string, now: Date): Promise<CurrentAssignment | null> {
  const candidacy = await db.candidacy.findFirst({
    where: { professionalId, status: 'ASSIGNED', mission: { endDate: { gte: startOfUtcDay(now) } } },
    select: { mission: { select: { endDate: true, establishment: { select: { name: true } } } } },
    orderBy: { mission: { endDate: 'desc' } },
  });
  return candidacy ? { establishmentName: candidacy.mission.establishment.name, endDate: toIsoDay(candidacy.mission.endDate) } : null;
}
