import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import { fileStoreFromEnv } from '@/lib/storage';
import type { FileStore } from '@/lib/storage/file-store';

// Bytes and rows live in two systems that cannot share a transaction. The order that never loses a
// document a row points to:
//   1. write the new bytes first (under a fresh key), inside the transaction callback;
//   2. write the row in the database transaction;
//   3. only once the transaction has COMMITTED, delete the bytes the row no longer points to;
//   4. if it fails or rolls back, delete the new bytes (nothing points to them).
// A crash between 1 and 4 can leave unreferenced bytes (harmless, unreachable: keys are random), never
// a row without its bytes.

export interface FileTransaction {
  db: TransactionClient;
  store: FileStore;
  /** Runs once the transaction has committed (e.g. delete the bytes of a replaced document). */
  afterCommit(task: () => Promise<void>): void;
  /** Runs if the transaction fails (e.g. delete bytes written for a row that was not saved). */
  afterRollback(task: () => Promise<void>): void;
}

export interface FileTransactionOptions {
  store?: FileStore;
  /** Uploading two 5 MB files to Blob can outlast Prisma's 5 s default. */
  timeoutMs?: number;
}

export async function withFileTransaction<T>(
  work: (tx: FileTransaction) => Promise<T>,
  { store = fileStoreFromEnv(), timeoutMs = 30_000 }: FileTransactionOptions = {},
): Promise<T> {
  const onCommit: Array<() => Promise<void>> = [];
  const onRollback: Array<() => Promise<void>> = [];
  let result: T;
  try {
    result = await prisma.$transaction(
      (db) =>
        work({
          db,
          store,
          afterCommit: (task) => onCommit.push(task),
          afterRollback: (task) => onRollback.push(task),
        }),
      { timeout: timeoutMs, maxWait: 10_000 },
    );
  } catch (error) {
    await runQuietly(onRollback, 'rollback');
    throw error;
  }
  // The change is committed: a failed cleanup must not turn it into an error for the user.
  await runQuietly(onCommit, 'commit');
  return result;
}

async function runQuietly(tasks: Array<() => Promise<void>>, phase: string): Promise<void> {
  for (const task of tasks) {
    try {
      await task();
    } catch (error) {
      console.error(`[storage] cleanup after ${phase} failed:`, error instanceof Error ? error.message : error);
    }
  }
}
