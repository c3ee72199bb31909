import { runWithDatabase } from './lib/database';

// `npm run jobs`: one run of the time-based jobs against DATABASE_URL (or the embedded database).
runWithDatabase(async () => {
  const { runJobs } = await import('@/lib/jobs/run-jobs');
  for (const report of await runJobs()) console.log(report.name, JSON.stringify(report.result));
}).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
