import type { ChildProcess } from 'node:child_process';

/**
 * SIGTERM, then SIGKILL if the child is still there after `timeoutMs`: a stuck `next` must never keep
 * the database (stopped after it) or the terminal waiting.
 */
export function stopChild(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
