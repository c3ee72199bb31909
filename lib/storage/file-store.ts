import { randomBytes, randomUUID } from 'node:crypto';

// The one interface behind which uploaded bytes live (docs/ARCHITECTURE.md convention 9): Vercel Blob with private
// access in production, a local directory otherwise. Metadata (owner, kind, type, size) is in
// PostgreSQL; a store only knows opaque keys.

export interface StoredFile {
  stream: ReadableStream<Uint8Array>;
  contentType: string;
  size: number;
}

export interface FileStore {
  /** Which backend, for logs and tests. */
  readonly kind: 'local-disk' | 'vercel-blob';
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Null when nothing is stored under the key. */
  get(key: string): Promise<StoredFile | null>;
  /** Deleting a missing key is not an error: cleanup after a failure may run twice. */
  delete(key: string): Promise<void>;
}

// Letters, digits, `_` and `-` in `/`-separated segments: no dot at all, so no `..`, no extension
// the browser or a CDN could act on, and no absolute path.
const SAFE_KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

export function isSafeStorageKey(key: string): boolean {
  return key.length <= 200 && SAFE_KEY.test(key);
}

export function assertSafeStorageKey(key: string): void {
  if (!isSafeStorageKey(key)) throw new Error('Invalid storage key.');
}

/**
 * A new key such as `documents/6f1c…-Zq3…`: a UUID plus 128 more random bits, never derived from the
 * user's file name, so a key can neither be guessed nor carry anything the user chose.
 */
export function newStorageKey(prefix: string): string {
  assertSafeStorageKey(prefix);
  return `${prefix}/${randomUUID()}-${randomBytes(16).toString('base64url')}`;
}
