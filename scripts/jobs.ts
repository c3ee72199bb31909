import { closeDatabase, openDatabase } from './lib/database';

// `npm run jobs`: one run of the time-based jobs against DATABASE_URL (or the embedded database).
async function main() {
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    const { runJobs } = await import('@/lib/jobs/run-jobs');
    const { disconnectPrisma } = await import('@/lib/db');
    for (const report of await runJobs()) console.log(report.name, JSON.stringify(report.result));
    await disconnectPrisma();
  } finally {
    await closeDatabase(database);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
