import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * A secret for local runs, created once under .data/ so that sessions survive a restart. Production
 * passes its own through the environment (README, « Variables de production »).
 */
export function localSecret(name: string): string {
  const dir = path.join(process.cwd(), '.data');
  const file = path.join(dir, `${name}.secret`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
