import { prisma, disconnectPrisma } from '@/lib/db';
import { loadActor } from '@/lib/auth/load-actor';
import { startSession } from '@/lib/auth/user-sessions';
import { openExport } from '@/lib/exports/open-export';
import { ExportRefusedError } from '@/lib/exports/dataset';
import { professionalScope } from '@/lib/access/scope';

// One export of `npm run bench` (scripts/bench/regulator-measures.ts, benchExports), in a process of its
// own so that its peak RSS is the export's: `export-child.ts <csv|xlsx> <email>`, DATABASE_URL in the
// environment. Runs what GET /api/exports/benevoles runs (openExport, then reads the response body to
// the end into a sink that only counts) and prints one JSON line.

const MB = 1024 * 1024;

async function main() {
  const [format, email] = process.argv.slice(2);
  if (!format || !email) throw new Error('usage: export-child.ts <csv|xlsx> <email>');
  const account = await prisma.user.findUniqueOrThrow({ where: { email } });
  const actor = (await loadActor(account.id, account.sessionVersion, await startSession(account.id, new Date(Date.now() + 3600 * 1000))))!;
  const baselineRssMb = process.memoryUsage().rss / MB;
  // The rows the export holds (the CCS: every volunteer), counted before it starts.
  const rows = await prisma.professional.count({ where: professionalScope(actor) });
  const started = process.hrtime.bigint();
  let bytes = 0;
  let message: string | undefined;
  try {
    const file = await openExport(actor, 'benevoles', format);
    // As the HTTP response does: one chunk at a time, each dropped once counted.
    const reader = file.stream.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.byteLength;
  } catch (error) {
    if (!(error instanceof ExportRefusedError)) throw error;
    message = error.message;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // ru_maxrss is in kilobytes on Linux.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  await disconnectPrisma();
  console.log(JSON.stringify({ ms, rows, bytes, baselineRssMb, peakRssMb, message }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
