/** @jest-environment node */
import pg from 'pg';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { PLAN_TEST_TIMEOUT_MS, queryPlan } from './query-plan-support';

// The plan helper drops indexes in a rolled-back transaction on the shared test database: it must wait
// out another file that holds the table — longer than a Prisma transaction may last (5 s) and than Jest
// lets a test run by default (30 s), as the large export's seed did in CI — and leave the index in place
// afterwards.
const INDEX = 'professionals_region_last_name_trgm_idx';
const NEIGHBOUR_HOLDS_MS = 31_000;

it('waits for a neighbour holding the table, then explains without the index and puts it back', async () => {
  const statement = Prisma.sql`SELECT id FROM professionals WHERE search_last_name ILIKE '%abcdef%'`;
  expect(await queryPlan(statement)).toContain(INDEX);
  const neighbour = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await neighbour.connect();
  try {
    await neighbour.query('BEGIN');
    await neighbour.query('LOCK TABLE professionals IN ROW EXCLUSIVE MODE');
    let settled = false;
    const planned = queryPlan(statement, [INDEX]).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, NEIGHBOUR_HOLDS_MS));
    expect(settled).toBe(false);
    await neighbour.query('COMMIT');
    const plan = await planned;
    expect(plan).not.toContain(INDEX);
    const [{ present }] = await prisma.$queryRaw<{ present: boolean }[]>`SELECT to_regclass(${INDEX}) IS NOT NULL AS present`;
    expect(present).toBe(true);
    expect(await queryPlan(statement)).toContain(INDEX);
  } finally {
    await neighbour.end();
  }
}, PLAN_TEST_TIMEOUT_MS);
