import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's recommended floor (SPEC §14): 19 MiB of memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { algorithm: 2 /* Algorithm.Argon2id: a const enum, unusable with isolatedModules */ as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so that a wrong email costs the same time as a wrong
// password (no account enumeration by timing).
let dummyHash: Promise<string> | undefined;
export function timingSafeDummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('dummy-password-for-constant-timing-Aa1!');
  return dummyHash.then((value) => verifyPassword(value, password)).then(() => false);
}
