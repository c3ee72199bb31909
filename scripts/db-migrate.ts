import { migrate } from '@/lib/db/migrate';
import { closeDatabase, openDatabase } from './lib/database';
import { syncReferenceData } from '@/lib/seed/reference-data';
import { createScriptPrisma } from './lib/prisma';

// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (or the embedded database), then
// brings the reference tables (professions, regions) in line with the code.
async function main() {
  const database = await openDatabase();
  try {
    const result = await migrate(database.url);
    for (const name of result.applied) console.log(`applied ${name}`);
    console.log(`${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already applied`);
    const prisma = createScriptPrisma(database.url);
    await syncReferenceData(prisma);
    await prisma.$disconnect();
    console.log('reference data in sync');
  } finally {
    await closeDatabase(database);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
