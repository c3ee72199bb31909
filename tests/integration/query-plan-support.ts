import { prisma } from '@/lib/db';
import { hasSqlState } from '@/lib/db/refusals';
import { Prisma } from '@/lib/generated/prisma/client';

// The plan PostgreSQL would choose for a statement, for the tests that pin an index down. The test
// database is small: a sequential scan would rightly win, so it is forbidden, to see whether an index can
// answer at all. `withoutIndexes` are dropped first, to see what the planner does without them. All of
// it in a transaction that is rolled back: the indexes come back.
//
// The database is shared with the other integration test files, and DROP INDEX needs its table to
// itself: a file that holds `professionals` for seconds (a large export reading it, a seed writing it)
// makes it wait. Waiting in the lock queue would also stall every other file's queries on that table,
// and outlive the transaction's own timeout (seen in CI: 13 s). So each attempt gives up on the lock
// quickly and the whole attempt starts again, for as long as a slow neighbour may need.
//
// That wait outlives Jest's 30 s: the large export's seed (100 000 volunteers in one transaction) held
// the table 24 s here and longer in CI, where the test was cut at 30 s. A test that drops indexes
// declares PLAN_TEST_TIMEOUT_MS, so that the helper, not Jest, decides how long is too long.
const LOCK_TIMEOUT_MS = 200;
const GIVE_UP_AFTER_MS = 120_000;
export const PLAN_TEST_TIMEOUT_MS = GIVE_UP_AFTER_MS + 30_000;
const LOCK_NOT_AVAILABLE = '55P03';

export async function queryPlan(sql: Prisma.Sql, withoutIndexes: string[] = []): Promise<string> {
  const deadline = Date.now() + GIVE_UP_AFTER_MS;
  for (;;) {
    try {
      return await explainOnce(sql, withoutIndexes);
    } catch (error) {
      if (!hasSqlState(error, LOCK_NOT_AVAILABLE) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}

async function explainOnce(sql: Prisma.Sql, withoutIndexes: string[]): Promise<string> {
  const rollback = new Error('rollback');
  let plan = '';
  await prisma
    .$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT_MS}ms'`);
      for (const index of withoutIndexes) await tx.$executeRawUnsafe(`DROP INDEX "${index}"`);
      const rows = await tx.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${sql}`);
      plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  return plan;
}
