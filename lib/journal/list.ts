import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { decideScope } from '@/lib/access/scope';
import { NotFoundError } from '@/lib/errors';
import { JOURNAL_ORDER, journalWhere } from '@/lib/journal/filters';
import { summariseDetails } from '@/lib/journal/details';
import { JOURNAL_PAGE_SIZE, type JournalQuery } from '@/lib/journal/query';

// The journal (SPEC §15) of an ARS (its region) or of the CCS (everything): one page of the audit log,
// newest first. Any other role is « not found » (the page answers 404).

export interface JournalRow {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The acting user, or null for the system, an anonymous visitor or a deleted account. */
  actor: { name: string; email: string } | null;
  summary: string;
}

export interface JournalPage {
  rows: JournalRow[];
  total: number;
  page: number;
  pageSize: number;
}

export const JOURNAL_SELECT = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  details: true,
  actor: { select: { firstName: true, lastName: true, email: true } },
} as const;

type SelectedRow = { id: bigint; createdAt: Date; action: string; entityType: string; entityId: string | null; details: unknown; actor: { firstName: string; lastName: string; email: string } | null };

export function toJournalRow(row: SelectedRow): JournalRow {
  return {
    id: String(row.id),
    createdAt: row.createdAt,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actor: row.actor ? { name: `${row.actor.firstName} ${row.actor.lastName}`.trim(), email: row.actor.email } : null,
    summary: summariseDetails(row.details),
  };
}

/** Only those who have a journal (ARS, CCS): anyone else is « not found », like an unknown page. */
export function assertJournalReader(actor: Actor): void {
  if (decideScope(actor, 'auditLog').kind === 'none') throw new NotFoundError('journal');
}

export async function listJournal(actor: Actor, query: JournalQuery): Promise<JournalPage> {
  assertJournalReader(actor);
  const where = journalWhere(actor, query);
  const [rows, total] = await Promise.all([
    prisma.auditLog.findMany({ where, select: JOURNAL_SELECT, orderBy: JOURNAL_ORDER, skip: (query.page - 1) * JOURNAL_PAGE_SIZE, take: JOURNAL_PAGE_SIZE }),
    prisma.auditLog.count({ where }),
  ]);
  return { rows: rows.map(toJournalRow), total, page: query.page, pageSize: JOURNAL_PAGE_SIZE };
}
