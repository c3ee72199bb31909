import 'server-only';
import path from 'node:path';
import { env } from '@/lib/env';
import type { FileStore } from '@/lib/storage/file-store';
import { createLocalDiskStore } from '@/lib/storage/local-disk';
import { createVercelBlobStore } from '@/lib/storage/vercel-blob';

export { assertSafeStorageKey, isSafeStorageKey, newStorageKey } from '@/lib/storage/file-store';
export type { FileStore, StoredFile } from '@/lib/storage/file-store';
export { createLocalDiskStore } from '@/lib/storage/local-disk';
export { createVercelBlobStore } from '@/lib/storage/vercel-blob';

/**
 * The store of this deployment (SPEC §12): Vercel Blob (private) when BLOB_READ_WRITE_TOKEN is set,
 * otherwise the local directory UPLOADS_DIR (default `.data/uploads`, relative to the working directory).
 * Cheap to build, so it is built per call and follows environment changes made by tests.
 */
export function fileStoreFromEnv(): FileStore {
  const { BLOB_READ_WRITE_TOKEN, UPLOADS_DIR } = env();
  if (BLOB_READ_WRITE_TOKEN) return createVercelBlobStore({ token: BLOB_READ_WRITE_TOKEN });
  return createLocalDiskStore(path.resolve(/* turbopackIgnore: true */ process.cwd(), UPLOADS_DIR));
}
