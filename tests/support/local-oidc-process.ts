import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

// Starts the local OpenID Connect provider for a jest test, as `npm run oidc:local -- --faults` does,
// in a child process: oidc-provider is an ES module that jest's CommonJS runtime cannot load, while
// Node runs it as it runs it for `npm run dev`. The variables are read from the script's output.

const ROOT = path.resolve(__dirname, '../..');
const START_TIMEOUT_MS = 20_000;

export interface LocalOidcProcess {
  env: Record<string, string>;
  controlUrl: string;
  stop(): Promise<void>;
}

export function startLocalOidcProcess(appUrl: string): Promise<LocalOidcProcess> {
  const child = spawn(process.execPath, ['--import', './scripts/lib/server-only.mjs', '--import', 'tsx', 'scripts/local-oidc.ts', '--faults', '--app-url', appUrl], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += String(chunk)));
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${reason}\n${stderr}`));
    };
    const timer = setTimeout(() => fail('local OIDC provider did not start in time'), START_TIMEOUT_MS);
    child.once('exit', (code) => fail(`local OIDC provider exited with ${code}`));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += String(chunk);
      const env = Object.fromEntries(
        stdout
          .split('\n')
          .map((line) => /^([A-Z_]+)=(.+)$/.exec(line.trim()))
          .filter((match): match is RegExpExecArray => match !== null)
          .map(([, name, value]) => [name, value]),
      );
      // The control URL is the last line printed: once it is there, every variable is.
      if (!env.LOCAL_OIDC_CONTROL_URL) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const { LOCAL_OIDC_CONTROL_URL: controlUrl, ...appEnv } = env;
      resolve({ env: appEnv, controlUrl, stop: () => stopProcess(child) });
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
