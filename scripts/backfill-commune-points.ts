import { runWithDatabase } from './lib/database';

// `npm run backfill:points`: once, after the commune points came (docs/decisions/010, 2026-12-07), on a
// database written before them — DATABASE_URL, or the embedded one. Safe to run on a live database and
// to run again: only rows whose point changes are written.
runWithDatabase(async () => {
  const { backfillCommunePoints } = await import('@/lib/reference/commune-points-backfill');
  const { prisma } = await import('@/lib/db');
  const report = await backfillCommunePoints(prisma);
  console.log(`Points recalculés : ${report.professionals} bénévole(s), ${report.establishments} établissement(s).`);
}).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
