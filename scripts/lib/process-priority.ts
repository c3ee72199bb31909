import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

// A bench that runs the server, the database and the browser on the same two cores measures, in the
// browser, time that the server and the database took from it: in production they run on other machines.
// Giving them the lowest CPU priority lets the browser's threads run first, which is nearer to a user's
// device. Linux only (/proc); the nice value is a per-thread attribute there, so every thread is set.

/** The parent of each running process, read from /proc (a process that ends meanwhile is skipped). */
function parents(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; the fields after its last ')' are fixed: state, ppid…
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byPid.set(Number(entry), ppid);
    } catch {
      // gone since readdir
    }
  }
  return byPid;
}

/** `roots` and every process below them. */
export function processTree(roots: number[]): number[] {
  const byPid = parents();
  const tree = new Set(roots.filter((pid) => byPid.has(pid)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of byPid) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** Sets the nice value of every thread of `roots` and their descendants; returns how many threads were set. */
export function setTreeNiceness(roots: number[], niceness: number): number {
  let threads = 0;
  for (const pid of processTree(roots)) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        os.setPriority(Number(tid), niceness);
        threads += 1;
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return threads;
}

/** The postmaster's pid of a PostgreSQL data directory (first line of its postmaster.pid). */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
}
