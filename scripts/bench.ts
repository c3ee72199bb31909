import { rmSync } from 'node:fs';
import pg from 'pg';
import path from 'node:path';
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { migrate } from '@/lib/db/migrate';
import { seedDemo } from '@/lib/seed/demo';
import { seedVolunteers } from '@/lib/seed/volunteers';
import { createScriptPrisma } from './lib/prisma';
import { runBenchmarks } from './bench/measures';

// `npm run bench`: server time of the candidate search (filters, ranking, page, count, map data; the
// same statements as bare SQL; the map's own view requests; the CCS's « Proposer »), the assignments
// page, the regulators' tables and indicators, the check-in job's read and the CCS's exports (time and
// peak RSS) at 100 000 then 1 000 000 volunteers, on a fresh embedded PostgreSQL. Prints one line per
// measure: `candidate-search volunteers=100000 p50_ms=… p95_ms=…` (scripts/bench/*.ts).

const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
// `BENCH_REUSE=1` keeps `.data/bench` between runs and seeds only what it lacks: seeding 1 000 000
// volunteers takes minutes, measuring one change to a query takes seconds.
const REUSE = process.env.BENCH_REUSE === '1';

async function main() {
  const dataDir = path.join(process.cwd(), '.data', 'bench');
  if (!REUSE) rmSync(dataDir, { recursive: true, force: true });
  const cluster = await startEmbeddedPostgres({ dataDir });
  process.env.DATABASE_URL = cluster.url;
  try {
    await migrate(cluster.url);
    let seeded = await countVolunteers(cluster.url);
    if (seeded === 0) {
      const prisma = createScriptPrisma(cluster.url);
      await seedDemo(prisma, cluster.url);
      await prisma.$disconnect();
      seeded = await countVolunteers(cluster.url);
    }
    const lines: string[] = [];
    for (const size of SIZES) {
      const started = Date.now();
      // A reused database larger than the size asked would print its figures under the wrong size.
      if (seeded > size) throw new Error(`.data/bench holds ${seeded} volunteers: BENCH_SIZES must not ask fewer (or drop BENCH_REUSE)`);
      if (size > seeded) await seedVolunteers(cluster.url, { count: size - seeded, seed: size, emailPrefix: `bench-${size}` });
      seeded = size;
      // What autovacuum does on a live database: without it the visibility map is empty and the
      // search's index-only scans still visit the table.
      await vacuum(cluster.url);
      console.error(`seeded ${size} volunteers in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      lines.push(...(await runBenchmarks(size)));
    }
    for (const line of lines) console.log(line);
  } finally {
    const { disconnectPrisma } = await import('@/lib/db');
    await disconnectPrisma();
    await cluster.stop();
  }
}

async function countVolunteers(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM professionals');
  await client.end();
  return rows[0]?.count ?? 0;
}

async function vacuum(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('VACUUM ANALYZE professionals, users, availability_periods, candidacies');
  await client.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
