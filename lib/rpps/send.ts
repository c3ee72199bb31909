import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { RppsRequestStatus } from '@/lib/generated/prisma/enums';
import { DomainError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { builtInRppsDirectory, DirectoryRejection, type DirectoryRequest, type RppsDirectory } from './directory';
import { isSameIdentityViolation } from './identity';
import { RPPS_MESSAGES } from './messages';
import { readRequestData } from './request-data';
import { moveRequest } from './transition';

// How requests reach the directory once the portal has sent them (« Envoyée au RPPS »).

/** Several registrations at once queue for a connection rather than fail (the « 100 at once » test). */
export const DIRECTORY_TRANSACTION = { maxWait: 30_000, timeout: 30_000 } as const;

const WAITING: RppsRequestStatus[] = ['SENT_TO_RPPS', 'SENT_TO_RPPS_BY_PROFESSIONAL'];

/**
 * Hands one waiting request to the directory, once: the row is locked (SKIP LOCKED), so the request
 * sent after a response and the job sweep never process it twice. Returns the status it reached, or
 * null when it was not waiting any more. An unexpected error leaves it waiting, for the sweep.
 */
export async function sendToDirectory(requestId: string, directory: RppsDirectory = builtInRppsDirectory): Promise<RppsRequestStatus | null> {
  try {
    return await prisma.$transaction(async (tx) => {
      const request = await lockWaitingRequest(tx, requestId);
      if (!request) return null;
      if (request.procedure === 'INITIAL_REGISTRATION') await directory.register(tx, request);
      else await directory.applyUpdate(tx, request);
      return 'RPPS_VALIDATED' as const;
    }, DIRECTORY_TRANSACTION);
  } catch (error) {
    if (error instanceof DirectoryRejection) return recordRejection(requestId, error);
    // Another registration of the same person committed first (a race the identity check cannot see).
    if (isSameIdentityViolation(error)) return recordRejection(requestId, new DirectoryRejection('REFUSED', RPPS_MESSAGES.sameIdentityRefusal));
    throw error;
  }
}

async function lockWaitingRequest(tx: TransactionClient, requestId: string): Promise<DirectoryRequest | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "rpps_requests"
    WHERE "id" = ${requestId} AND "status" IN ('SENT_TO_RPPS', 'SENT_TO_RPPS_BY_PROFESSIONAL')
    FOR UPDATE SKIP LOCKED`;
  if (locked.length === 0) return null;
  const row = await tx.rppsRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { id: true, number: true, procedure: true, status: true, establishmentId: true, recordId: true, data: true },
  });
  return { ...row, data: readRequestData(row.data) };
}

async function recordRejection(requestId: string, rejection: DirectoryRejection): Promise<RppsRequestStatus | null> {
  const to: RppsRequestStatus = rejection.kind === 'REFUSED' ? 'REFUSED_BY_RPPS' : 'TECHNICAL_REJECTION';
  try {
    return await prisma.$transaction(async (tx) => {
      const request = await lockWaitingRequest(tx, requestId);
      if (!request) return null;
      await moveRequest(tx, {
        id: request.id,
        procedure: request.procedure,
        from: request.status,
        to,
        set: { refusalReason: rejection.reason, decidedAt: new Date() },
      });
      await writeAudit(tx, { actorId: null, action: 'rpps.directory-rejection', entityType: 'RppsRequest', entityId: request.id, details: { status: to } });
      return to;
    });
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/**
 * The sweep for the time-based jobs: requests still waiting a minute after they were sent (the server
 * stopped before its deferred work ran, or the directory failed) are sent again. Returns how many
 * reached an answer.
 */
export async function processWaitingRequests(limit = 20, now = new Date()): Promise<number> {
  const waiting = await prisma.rppsRequest.findMany({
    where: { status: { in: WAITING }, updatedAt: { lt: new Date(now.getTime() - 60_000) } },
    orderBy: { updatedAt: 'asc' },
    take: limit,
    select: { id: true },
  });
  let answered = 0;
  for (const { id } of waiting) {
    try {
      if (await sendToDirectory(id)) answered += 1;
    } catch (error) {
      console.error('[rpps] directory sweep failed for a request', error);
    }
  }
  return answered;
}
