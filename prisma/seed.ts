import { parseArgs } from 'node:util';
import { migrate } from '@/lib/db/migrate';
import { isSeeded, seedDemo } from '@/lib/seed/demo';
import { syncReferenceData } from '@/lib/seed/reference-data';
import { seedVolunteers } from '@/lib/seed/volunteers';
import { hashPassword } from '@/lib/auth/password-hash';
import { DEMO_PASSWORD } from '@/lib/seed/demo-accounts';
import { closeDatabase, openDatabase } from '../scripts/lib/database';
import { createScriptPrisma } from '../scripts/lib/prisma';

// `npm run db:seed`: the demo data set (once); `npm run db:seed -- --volunteers N`: N more realistic
// volunteers for load tests, whatever is already there.
async function main() {
  const { values } = parseArgs({ options: { volunteers: { type: 'string' }, seed: { type: 'string' } } });
  const database = await openDatabase();
  const prisma = createScriptPrisma(database.url);
  try {
    await migrate(database.url);
    if (values.volunteers) {
      const count = Number(values.volunteers);
      if (!Number.isInteger(count) || count < 1) throw new Error('--volunteers takes a positive whole number');
      await syncReferenceData(prisma);
      const started = Date.now();
      const seed = Number(values.seed ?? Date.now() % 1_000_000);
      await seedVolunteers(database.url, { count, seed, emailPrefix: `charge-${seed}`, passwordHash: await hashPassword(DEMO_PASSWORD) });
      console.log(`${count} volunteers generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } else if (await isSeeded(prisma)) {
      console.log('demo data already present: nothing to do');
    } else {
      await seedDemo(prisma, database.url);
      console.log('demo data seeded');
    }
  } finally {
    await prisma.$disconnect();
    await closeDatabase(database);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
