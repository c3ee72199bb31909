import { spawn, type ChildProcess } from 'node:child_process';
import { writeBuildTsconfig } from './tsconfig';
import { stopChild } from './child-process';

// The benches that measure the production build (bench:lighthouse, bench:map, bench:surge): `next build`
// into a distDir of their own, `next start`, and the wait until it answers. Written once here.

const nextBin = () => require.resolve('next/dist/bin/next');
let pendingRemoval: (() => void) | null = null;

/** Deletes the tsconfig of a build under way: the benches' stop handlers call it, so a Ctrl-C during the build leaves nothing behind. */
export function removeBuildTsconfig(): void {
  pendingRemoval?.();
  pendingRemoval = null;
}

/** `npm run build:app` into `env.NEXT_DIST_DIR`, type-checked with a tsconfig of its own (scripts/lib/tsconfig.ts); throws if it fails. */
export async function buildProductionApp(env: NodeJS.ProcessEnv): Promise<void> {
  const distDir = env.NEXT_DIST_DIR;
  if (!distDir) throw new Error('NEXT_DIST_DIR must name the build folder of this bench');
  const tsconfig = writeBuildTsconfig(process.cwd(), distDir);
  pendingRemoval = tsconfig.remove;
  const code = await new Promise<number>((resolve) => {
    // `npm run build:app`: the build every production path makes (next build, then decision 040's step).
    const child = spawn('npm', ['run', 'build:app'], { env: { ...env, NEXT_TSCONFIG_PATH: tsconfig.path }, stdio: 'inherit' });
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  }).finally(removeBuildTsconfig);
  if (code !== 0) throw new Error(`npm run build:app exited with ${code}`);
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('next start did not answer /api/health in time');
}

export interface StartOptions {
  port: number;
  /** Where /api/health answers. */
  baseUrl: string;
  hostname?: string;
  /** Extra node flags for the server (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/** `next start` of the last build, once it answers /api/health (stopped again if it never does). */
export async function startProductionApp(env: NodeJS.ProcessEnv, options: StartOptions): Promise<ChildProcess> {
  const args = [...(options.nodeArgs ?? []), nextBin(), 'start', '--port', String(options.port)];
  if (options.hostname) args.push('--hostname', options.hostname);
  const server = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await waitForHealth(options.baseUrl, server, options.timeoutMs ?? 120_000);
  } catch (error) {
    await stopChild(server);
    throw error;
  }
  return server;
}
