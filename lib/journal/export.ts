import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { instant, text, type CellValue } from '@/lib/exports/cells';
import { csvStream } from '@/lib/exports/csv-stream';
import { EXPORT_BATCH_SIZE } from '@/lib/exports/dataset';
import { exportFileName } from '@/lib/exports/open-export';
import type { Prisma } from '@/lib/generated/prisma/client';
import { JOURNAL_ORDER, journalWhere } from '@/lib/journal/filters';
import { actionLabel, entityLabel } from '@/lib/journal/labels';
import { assertJournalReader, JOURNAL_SELECT, toJournalRow, type JournalRow } from '@/lib/journal/list';
import type { JournalQuery } from '@/lib/journal/query';

// The journal's csv (SPEC §15): the rows of the page's filters, all pages, newest first, in the csv of the
// other exports (decision 019: BOM, `;`, CRLF, formulas neutralised). It names who did what: the
// download is itself audited, before its first byte leaves, like the other exports.

const COLUMNS = [
  instant('Date'),
  text('Action', 36),
  text('Code de l’action', 28),
  text('Auteur', 24),
  text('Adresse de l’auteur', 30),
  text('Cible', 18),
  text('Identifiant de la cible', 38),
  text('Détails', 60),
] as const;

function cells(row: JournalRow): CellValue[] {
  return [row.createdAt, actionLabel(row.action), row.action, row.actor?.name ?? '', row.actor?.email ?? '', entityLabel(row.entityType), row.entityId ?? '', row.summary];
}

/** Keyset pages on (created_at, id) descending: each batch is one range read, however deep. */
async function* batches(where: Prisma.AuditLogWhereInput): AsyncGenerator<CellValue[][]> {
  let after: { createdAt: Date; id: bigint } | null = null;
  for (;;) {
    const page: Prisma.AuditLogWhereInput = after
      ? { AND: [where, { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }] }
      : where;
    const rows = await prisma.auditLog.findMany({ where: page, select: JOURNAL_SELECT, orderBy: JOURNAL_ORDER, take: EXPORT_BATCH_SIZE });
    if (rows.length > 0) yield rows.map((row) => cells(toJournalRow(row)));
    if (rows.length < EXPORT_BATCH_SIZE) return;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

export interface JournalExport {
  fileName: string;
  stream: ReadableStream<Uint8Array>;
}

export async function openJournalExport(actor: Actor, query: Omit<JournalQuery, 'page'>, now = new Date()): Promise<JournalExport> {
  assertJournalReader(actor);
  const filters = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
  // The filters nested: kept for a review of the table, out of the one-line summary (their `from`/`to` are not
  // the reservation delay's).
  await writeAudit(prisma, { actorId: actor.id, action: 'export.download', entityType: 'Export', entityId: 'journal', details: { format: 'csv', filters } });
  return { fileName: exportFileName(actor, 'journal', 'csv', now), stream: csvStream(COLUMNS, batches(journalWhere(actor, query))) };
}

