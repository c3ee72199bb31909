import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resetEnvCache } from '@/lib/env';

/**
 * Documents stored on disk in a folder of the test file's own (UPLOADS_DIR), never in a blob store, as
 * the routes and lib/storage read them (fileStoreFromEnv). Registers the file's beforeAll/afterAll, which
 * restore the environment and remove the folder; the returned function gives the folder.
 */
export function localUploadsEnvironment(folderPrefix: string): () => string {
  const saved = { token: process.env.BLOB_READ_WRITE_TOKEN, dir: process.env.UPLOADS_DIR };
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), folderPrefix));
    delete process.env.BLOB_READ_WRITE_TOKEN;
    process.env.UPLOADS_DIR = dir;
    resetEnvCache();
  });
  afterAll(async () => {
    if (saved.token !== undefined) process.env.BLOB_READ_WRITE_TOKEN = saved.token;
    if (saved.dir === undefined) delete process.env.UPLOADS_DIR;
    else process.env.UPLOADS_DIR = saved.dir;
    resetEnvCache();
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
