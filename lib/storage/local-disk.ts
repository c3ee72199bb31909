import 'server-only';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import { assertSafeStorageKey, type FileStore, type StoredFile } from '@/lib/storage/file-store';

// Fallback store when no BLOB_READ_WRITE_TOKEN is set (SPEC §12): files under UPLOADS_DIR, never
// served by a static route — only through app/api/documents/[id] after authorization.

const FALLBACK_TYPE = 'application/octet-stream';

interface Sidecar {
  contentType: string;
}

export function createLocalDiskStore(rootDir: string): FileStore {
  const root = path.resolve(rootDir);

  // Keys are already restricted to safe characters; resolving and re-checking the prefix is the
  // second lock, in case the key rules are ever loosened.
  function pathOf(key: string): string {
    assertSafeStorageKey(key);
    const file = path.resolve(root, key);
    if (!file.startsWith(root + path.sep)) throw new Error('Invalid storage key.');
    return file;
  }

  // The content type sits next to the bytes. `.meta.json` cannot clash with a key: keys have no dot.
  const sidecarOf = (file: string): string => `${file}.meta.json`;

  return {
    kind: 'local-disk',

    async put(key, bytes, contentType) {
      const file = pathOf(key);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const sidecar: Sidecar = { contentType };
      await writeFile(sidecarOf(file), JSON.stringify(sidecar), { mode: 0o600 });
      // Write then rename: a reader never sees half a file, and a crash leaves only a `.tmp`.
      const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, bytes, { mode: 0o600 });
      await rename(temporary, file);
    },

    async get(key): Promise<StoredFile | null> {
      const file = pathOf(key);
      let size: number;
      try {
        const info = await stat(file);
        if (!info.isFile()) return null;
        size = info.size;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      const contentType = await readContentType(sidecarOf(file));
      // Node's web stream and the DOM's ReadableStream type are the same object at run time.
      const stream = Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>;
      return { stream, contentType, size };
    },

    async delete(key) {
      const file = pathOf(key);
      await rm(file, { force: true });
      await rm(sidecarOf(file), { force: true });
    },
  };
}

async function readContentType(sidecarFile: string): Promise<string> {
  try {
    const parsed: unknown = JSON.parse(await readFile(sidecarFile, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'contentType' in parsed && typeof parsed.contentType === 'string') {
      return parsed.contentType;
    }
  } catch (error) {
    if (!isMissing(error) && !(error instanceof SyntaxError)) throw error; // unreadable sidecar: fall back
  }
  return FALLBACK_TYPE;
}

// Structural, not `instanceof Error`: errors from another realm (a VM context, as under Jest) fail that.
function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
