/** @jest-environment node */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLocalDiskStore, isSafeStorageKey, newStorageKey, type FileStore, type StoredFile } from '@/lib/storage';

let parent: string;
let root: string;
let store: FileStore;

beforeEach(async () => {
  // The store's root is a sub-directory, so that an escape into `parent` would be visible.
  parent = await mkdtemp(path.join(os.tmpdir(), 'storage-local-'));
  root = path.join(parent, 'uploads');
  store = createLocalDiskStore(root);
});

afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

async function bytesOf(file: StoredFile): Promise<Uint8Array> {
  return new Uint8Array(await new Response(file.stream).arrayBuffer());
}

describe('local-disk store', () => {
  it('stores, reads back and deletes bytes with their content type', async () => {
    const key = newStorageKey('documents');
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0xff]);
    await store.put(key, bytes, 'application/pdf');

    const file = await store.get(key);
    expect(file).not.toBeNull();
    expect(file?.contentType).toBe('application/pdf');
    expect(file?.size).toBe(8);
    expect(Array.from(await bytesOf(file as StoredFile))).toEqual(Array.from(bytes));

    await store.delete(key);
    await expect(store.get(key)).resolves.toBeNull();
    // Nothing left behind: neither the bytes nor the content-type sidecar.
    await expect(readdir(path.join(root, 'documents'))).resolves.toEqual([]);
  });

  it('creates its directories and keeps files private to the server user', async () => {
    const key = newStorageKey('documents');
    await store.put(key, new Uint8Array([1, 2, 3]), 'image/png');
    const info = await stat(path.join(root, key));
    expect(info.mode & 0o777).toBe(0o600);
  });

  it('answers null for a key never stored, and deleting it is not an error', async () => {
    const key = newStorageKey('documents');
    await expect(store.get(key)).resolves.toBeNull();
    await expect(store.delete(key)).resolves.toBeUndefined();
  });

  it.each([
    '../escape',
    'documents/../../escape',
    '/etc/passwd',
    'documents\\..\\escape',
    'documents/./x',
    'documents//x',
    'x.meta.json',
    '',
    'documents/',
    '..',
  ])('refuses the key %p for put, get and delete', async (key) => {
    await expect(store.put(key, new Uint8Array([1]), 'application/pdf')).rejects.toThrow('Invalid storage key.');
    await expect(store.get(key)).rejects.toThrow('Invalid storage key.');
    await expect(store.delete(key)).rejects.toThrow('Invalid storage key.');
    expect(existsSync(path.join(parent, 'escape'))).toBe(false);
  });
});

describe('newStorageKey', () => {
  it('makes distinct, unguessable, safe keys under the prefix', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newStorageKey('documents')));
    expect(keys.size).toBe(200);
    for (const key of keys) {
      expect(key).toMatch(/^documents\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}-[A-Za-z0-9_-]{22}$/);
      expect(isSafeStorageKey(key)).toBe(true);
    }
  });

  it('refuses an unsafe prefix', () => {
    expect(() => newStorageKey('../documents')).toThrow('Invalid storage key.');
    expect(() => newStorageKey('documents/')).toThrow('Invalid storage key.');
  });
});
