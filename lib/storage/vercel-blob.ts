import 'server-only';
import { del, get, put } from '@vercel/blob';
import { assertSafeStorageKey, type FileStore, type StoredFile } from '@/lib/storage/file-store';

// Production store: a PRIVATE Vercel Blob store (every read and write needs the token), so a blob URL
// leaking somewhere gives nothing. Only this file imports @vercel/blob (docs/ARCHITECTURE.md convention 9).

/** The three SDK calls we use; tests inject a fake so that nothing goes to the network. */
export interface BlobClient {
  put: typeof put;
  get: typeof get;
  del: typeof del;
}

export interface VercelBlobStoreOptions {
  token: string;
  client?: BlobClient;
}

export function createVercelBlobStore({ token, client = { put, get, del } }: VercelBlobStoreOptions): FileStore {
  return {
    kind: 'vercel-blob',

    async put(key, bytes, contentType) {
      assertSafeStorageKey(key);
      await client.put(key, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
        access: 'private',
        token,
        contentType,
        // Our keys are already random and unique; a second write to one is a bug, so let it fail.
        addRandomSuffix: false,
        allowOverwrite: false,
        // The shortest cache allowed: a deleted identity document should not linger in a cache.
        cacheControlMaxAge: 60,
      });
    },

    async get(key): Promise<StoredFile | null> {
      assertSafeStorageKey(key);
      // useCache false: read the origin, so a document just replaced or deleted is never served stale.
      const result = await client.get(key, { access: 'private', token, useCache: false });
      if (!result || result.statusCode !== 200) return null;
      return { stream: result.stream, contentType: result.blob.contentType, size: result.blob.size };
    },

    async delete(key) {
      assertSafeStorageKey(key);
      await client.del(key, { token });
    },
  };
}
