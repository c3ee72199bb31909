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
