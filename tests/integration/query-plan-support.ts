import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

// The plan PostgreSQL would choose for a statement, for the tests that pin an index down. The test
// database is small: a sequential scan would rightly win, so it is forbidden, to see whether an index can
// answer at all. `withoutIndexes` are dropped first, to see what the planner does without them. All of
// it in a transaction that is rolled back: the indexes come back, and the database is shared with the
// other integration tests (they wait on `professionals` for those few milliseconds).
export async function queryPlan(sql: Prisma.Sql, withoutIndexes: string[] = []): Promise<string> {
  const rollback = new Error('rollback');
  let plan = '';
  await prisma
    .$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
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
