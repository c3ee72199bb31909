/** @jest-environment node */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { processTree, setTreeNiceness } from '../../scripts/lib/process-priority';

// bench:map gives the server and the database the lowest CPU priority (docs/decisions/037): every thread of
// the processes it names and of their descendants, nothing else. Real processes, read back from /proc.

let shell: ChildProcess | null = null;

/** The pids of the shell's children, once it has started them. */
async function childrenOf(pid: number): Promise<number[]> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const children = processTree([pid]).filter((child) => child !== pid);
    if (children.length === 2) return children;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the shell did not start its two children');
}

/** The nice value of a process, from /proc/<pid>/stat (field 19). */
function niceOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

afterEach(() => {
  // The sleeps first: killed after their shell, they would be left to init for their 30 s.
  if (shell?.pid) for (const pid of processTree([shell.pid])) if (pid !== shell.pid) process.kill(pid, 'SIGKILL');
  shell?.kill('SIGKILL');
  shell = null;
});

describe('the bench’s CPU priority', () => {
  it('sets the nice value of a process and of every process below it, and of no other', async () => {
    shell = spawn('sh', ['-c', 'sleep 30 & sleep 30 & wait'], { stdio: 'ignore' });
    const children = await childrenOf(shell.pid!);
    const own = os.getPriority(process.pid);
    const set = setTreeNiceness([shell.pid!], 12);
    expect(set).toBeGreaterThanOrEqual(3);
    expect([shell.pid!, ...children].map(niceOf)).toEqual([12, 12, 12]);
    expect(os.getPriority(process.pid)).toBe(own);
  });

  it('skips a pid that does not exist', () => {
    expect(processTree([2 ** 22 + 1])).toEqual([]);
    expect(setTreeNiceness([2 ** 22 + 1], 19)).toBe(0);
  });
});
