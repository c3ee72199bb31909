/** @jest-environment node */
import { resetEnvCache } from '@/lib/env';
import { fileStoreFromEnv, newStorageKey } from '@/lib/storage';
import { createVercelBlobStore, type BlobClient } from '@/lib/storage/vercel-blob';

// The Vercel Blob store is exercised against an in-memory fake of the SDK: no network, and the test
// checks the options that make the blobs private.

interface Stored {
  bytes: Uint8Array;
  contentType: string;
}

function fakeBlobClient() {
  const blobs = new Map<string, Stored>();
  const calls: Array<{ method: string; pathname: string; options: Record<string, unknown> }> = [];
  const client: BlobClient = {
    async put(pathname, body, options) {
      calls.push({ method: 'put', pathname, options: { ...options } });
      if (!Buffer.isBuffer(body)) throw new Error('expected a Buffer body');
      blobs.set(pathname, { bytes: new Uint8Array(body), contentType: options.contentType ?? '' });
      return { url: `https://store.private.blob.vercel-storage.com/${pathname}`, downloadUrl: '', pathname, contentType: options.contentType ?? '', contentDisposition: '', etag: '"1"' };
    },
    async get(pathname, options) {
      calls.push({ method: 'get', pathname, options: { ...options } });
      const blob = blobs.get(pathname);
      if (!blob) return null;
      return {
        statusCode: 200,
        stream: new Blob([Buffer.from(blob.bytes)]).stream(),
        headers: new Headers(),
        blob: { url: '', downloadUrl: '', pathname, contentDisposition: '', cacheControl: '', uploadedAt: new Date(), etag: '"1"', contentType: blob.contentType, size: blob.bytes.length },
      };
    },
    async del(pathname, options) {
      for (const one of Array.isArray(pathname) ? pathname : [pathname]) {
        calls.push({ method: 'del', pathname: one, options: { ...options } });
        blobs.delete(one);
      }
    },
  };
  return { client, blobs, calls };
}

describe('Vercel Blob store', () => {
  it('writes private blobs under our own key, reads and deletes them with the token', async () => {
    const { client, blobs, calls } = fakeBlobClient();
    const store = createVercelBlobStore({ token: 'vercel_blob_rw_test', client });
    const key = newStorageKey('documents');

    await store.put(key, new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png');
    expect(calls[0]).toEqual({
      method: 'put',
      pathname: key,
      options: expect.objectContaining({ access: 'private', token: 'vercel_blob_rw_test', contentType: 'image/png', addRandomSuffix: false, allowOverwrite: false }),
    });

    const file = await store.get(key);
    expect(calls[1]).toEqual({ method: 'get', pathname: key, options: expect.objectContaining({ access: 'private', token: 'vercel_blob_rw_test', useCache: false }) });
    expect(file?.contentType).toBe('image/png');
    expect(file?.size).toBe(4);
    expect(Array.from(new Uint8Array(await new Response(file?.stream).arrayBuffer()))).toEqual([0x89, 0x50, 0x4e, 0x47]);

    await store.delete(key);
    expect(calls[2]).toEqual({ method: 'del', pathname: key, options: { token: 'vercel_blob_rw_test' } });
    expect(blobs.size).toBe(0);
    await expect(store.get(key)).resolves.toBeNull();
  });

  it('refuses unsafe keys before calling the SDK', async () => {
    const { client, calls } = fakeBlobClient();
    const store = createVercelBlobStore({ token: 't', client });
    await expect(store.put('../x', new Uint8Array([1]), 'application/pdf')).rejects.toThrow('Invalid storage key.');
    await expect(store.get('https://evil.example/x')).rejects.toThrow('Invalid storage key.');
    expect(calls).toEqual([]);
  });
});

describe('fileStoreFromEnv', () => {
  const saved = { token: process.env.BLOB_READ_WRITE_TOKEN, dir: process.env.UPLOADS_DIR };

  afterEach(() => {
    if (saved.token === undefined) delete process.env.BLOB_READ_WRITE_TOKEN;
    else process.env.BLOB_READ_WRITE_TOKEN = saved.token;
    if (saved.dir === undefined) delete process.env.UPLOADS_DIR;
    else process.env.UPLOADS_DIR = saved.dir;
    resetEnvCache();
  });

  it('uses Vercel Blob when BLOB_READ_WRITE_TOKEN is set', () => {
    process.env.BLOB_READ_WRITE_TOKEN = 'vercel_blob_rw_test';
    resetEnvCache();
    expect(fileStoreFromEnv().kind).toBe('vercel-blob');
  });

  it('falls back to the local disk otherwise', () => {
    delete process.env.BLOB_READ_WRITE_TOKEN;
    resetEnvCache();
    expect(fileStoreFromEnv().kind).toBe('local-disk');
  });
});
