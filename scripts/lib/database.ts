import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded-postgres';

export const EMBEDDED_DATA_DIR = path.join(process.cwd(), '.data', 'postgres');

export interface Database {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** DATABASE_URL when given (any managed PostgreSQL), otherwise the project's own embedded server. */
export async function openDatabase(log: (message: string) => void = () => undefined): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, log });
  return { url: embedded.url, embedded };
}

/** Stops the embedded server if it still runs, without hanging forever on a server already gone. */
export async function closeDatabase(database: Database, timeoutMs = 10_000): Promise<void> {
  const embedded = database.embedded;
  if (!embedded?.isRunning()) return;
  await Promise.race([
    embedded.stop().catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
  ]);
}

/**
 * A one-off command of lib/ against DATABASE_URL or the embedded server: lib/ reads DATABASE_URL on first
 * use, so `run` imports what it needs itself; the Prisma client and the embedded server are closed after.
 */
export async function runWithDatabase(run: () => Promise<void>): Promise<void> {
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    await run();
    const { disconnectPrisma } = await import('@/lib/db');
    await disconnectPrisma();
  } finally {
    await closeDatabase(database);
  }
}
