import { createHash } from 'node:crypto';

// PostgreSQL plans a statement each time it runs, unless the statement was prepared under a name on that
// connection; after five runs it may keep a generic plan. The candidate search's statement is long (its
// pool, ranking, page, count and map in one) and planning it cost ~3 ms of its 20 ms budget (issue 13,
// docs/decisions/037). A statement that opts in with this marker is prepared under a name derived from
// its text, so each connection plans it once. Only marked statements: node-pg keeps every named
// statement for the connection's lifetime, and Prisma's own queries vary without bound (IN lists).

/** Put first in a raw statement whose plan is worth keeping per connection. */
export const PLAN_CACHE_MARKER = '/* plan-cache */';

/** Distinct statements kept at most per process: beyond, statements run unnamed (planned each time). */
const MAX_NAMED_STATEMENTS = 500;

const names = new Set<string>();

/** The adapter's `statementNameGenerator`: a name for marked statements, none for the others. */
export function planCacheName(query: { sql: string }): string | undefined {
  if (!query.sql.startsWith(PLAN_CACHE_MARKER)) return undefined;
  const name = `pc_${createHash('sha256').update(query.sql).digest('hex').slice(0, 40)}`;
  if (!names.has(name)) {
    if (names.size >= MAX_NAMED_STATEMENTS) return undefined;
    names.add(name);
  }
  return name;
}
