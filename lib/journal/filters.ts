import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { auditLogScope } from '@/lib/access/scope';
import { addUtcDays, fromIsoDay, toIsoDay } from '@/lib/dates/days';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { JournalQuery } from '@/lib/journal/query';

// The journal's rows for a query: the actor's scope (decision 026) AND each filter. One where for the page
// and for its csv, so that the file holds exactly the rows the page lists.

/** Midnight in Paris of a `YYYY-MM-DD` day, as an instant (the agents' calendar, summer time included). */
export function parisMidnight(isoDay: string): Date {
  const utcMidnight = new Date(`${isoDay}T00:00:00Z`);
  // Paris is UTC+1 or UTC+2: the offset at that midnight, read off the wall clock it shows.
  const shown = new Date(utcMidnight.toLocaleString('en-US', { timeZone: 'Europe/Paris' }) + ' UTC');
  return new Date(utcMidnight.getTime() - (shown.getTime() - utcMidnight.getTime()));
}

export function journalWhere(actor: Actor, query: Omit<JournalQuery, 'page'>): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [auditLogScope(actor)];
  if (query.from) and.push({ createdAt: { gte: parisMidnight(query.from) } });
  if (query.to) and.push({ createdAt: { lt: parisMidnight(toIsoDay(addUtcDays(fromIsoDay(query.to), 1))) } });
  if (query.action) and.push({ action: query.action });
  if (query.entityType) and.push({ entityType: query.entityType });
  if (query.entityId) and.push({ entityId: query.entityId });
  // « Marie Dupont », « dupont » or « m.dupont@ars »: each word in the name or the email of the actor.
  for (const word of query.actor?.split(/\s+/) ?? []) {
    const contains = { contains: word, mode: 'insensitive' as const };
    and.push({ actor: { OR: [{ email: contains }, { firstName: contains }, { lastName: contains }] } });
  }
  return { AND: and };
}

/** Newest first; the id breaks ties (rows of one transaction share their instant). */
export const JOURNAL_ORDER: Prisma.AuditLogOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];
