import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { migrate } from '@/lib/db/migrate';
import { resetEnvCache } from '@/lib/env';
import { syncReferenceData } from '@/lib/seed/reference-data';
import { createScriptPrisma } from '../../scripts/lib/prisma';

// A brand-new, migrated database on the test cluster, for the tests that need an empty production
// database (`admin:create`) or a table no other test file writes to (the last active CCS agent).
// Call it before anything uses lib/db: the file's Prisma client is then opened on the fresh database.

export interface FreshDatabase {
  url: string;
  drop: () => Promise<void>;
}

export async function useFreshDatabase(): Promise<FreshDatabase> {
  const shared = process.env.DATABASE_URL;
  if (!shared) throw new Error('DATABASE_URL must point to the test cluster');
  const name = `renfort_fresh_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: shared });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(shared);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const prisma = createScriptPrisma(url.toString());
  await syncReferenceData(prisma);
  await prisma.$disconnect();
  process.env.DATABASE_URL = url.toString();
  resetEnvCache();
  return {
    url: url.toString(),
    drop: async () => {
      const { disconnectPrisma } = await import('@/lib/db');
      await disconnectPrisma();
      process.env.DATABASE_URL = shared;
      resetEnvCache();
      const client = new pg.Client({ connectionString: shared });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
