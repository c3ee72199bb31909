import 'server-only';
import type { TransactionClient } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Prisma.InputJsonValue;
}

/** Who did what, when: written in the transaction of the change it records. */
export async function writeAudit(tx: TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      details: entry.details ?? {},
    },
  });
}
