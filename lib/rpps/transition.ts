import 'server-only';
import type { TransactionClient } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RppsProcedure, RppsRequestStatus } from '@/lib/generated/prisma/enums';
import { DomainError } from '@/lib/errors';
import { RPPS_MESSAGES } from './messages';
import { assertTransition } from './status-machine';

export interface Move {
  id: string;
  procedure: RppsProcedure;
  from: RppsRequestStatus;
  to: RppsRequestStatus;
  /** Other columns written with the status (decision date, reason, record…). */
  set?: Omit<Prisma.RppsRequestUncheckedUpdateManyInput, 'status' | 'id' | 'procedure'>;
}

/**
 * Moves a request along the status machine. The table is asked first (an illegal move throws before
 * touching the database), then the update is conditional on the status read: when two people act at
 * once — a manager validating while the professional abandons — one update matches and the other is
 * told the request was already processed.
 */
export async function moveRequest(tx: TransactionClient, move: Move): Promise<void> {
  assertTransition(move.procedure, move.from, move.to);
  const { count } = await tx.rppsRequest.updateMany({
    where: { id: move.id, procedure: move.procedure, status: move.from },
    data: { ...move.set, status: move.to },
  });
  if (count !== 1) throw new DomainError(RPPS_MESSAGES.alreadyProcessed);
}
