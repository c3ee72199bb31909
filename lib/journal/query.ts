import { z } from '@/lib/validation/zod';
import { dayParam, pageParam, parseQuery, querySearch, textParam, type SearchParams } from '@/lib/url/query-params';

// What the journal asks for (SPEC §15): a date range, an actor (part of a name or an email), an action,
// a target (entity type and id) and a page. A malformed value is no filter (lib/url/query-params.ts).

export const JOURNAL_PAGE_SIZE = 50;

/** An action code as writeAudit callers write them; not only the labelled ones (newer codes show raw). */
const actionParam = z
  .string()
  .regex(/^[a-z][a-z0-9._-]{0,79}$/)
  .optional()
  .catch(undefined);

/** A target type as callers write it (`Mission`, `RppsRequest`…). */
const entityTypeParam = z
  .string()
  .regex(/^[A-Za-z]{1,40}$/)
  .optional()
  .catch(undefined);

export const journalQuerySchema = z.object({
  /** Rows of this day or later (Paris calendar day). */
  from: dayParam,
  /** Rows of this day or earlier. */
  to: dayParam,
  /** Part of the acting user's first name, last name or email. */
  actor: textParam,
  action: actionParam,
  entityType: entityTypeParam,
  /** The target's id, exactly (copied from a row or a page's URL). */
  entityId: textParam,
  page: pageParam,
});

export type JournalQuery = z.output<typeof journalQuerySchema>;
export type JournalFilter = Exclude<keyof JournalQuery, 'page'>;

export function parseJournalQuery(params: SearchParams): JournalQuery {
  return parseQuery(journalQuerySchema, params);
}

export const journalSearch = querySearch(journalQuerySchema);
