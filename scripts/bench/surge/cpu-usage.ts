import { readdirSync, readFileSync } from 'node:fs';

// Where a surge step's CPU went, per process group, read from Linux's /proc: the app server (`next
// start` and anything it spawns), PostgreSQL (the postmaster, its live backends, and through the
// postmaster's « children » counters the backends that already exited), the bench itself (autocannon
// builds and sends the 1 MB bodies from this process), and the rest of the machine (the kernel's network
// and disk work that no process is charged for, other programs). On a 2-core machine these four share
// 2 000 ms of CPU per second: the split says whether a faster app would be faster at all.

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports.

export interface CpuSnapshot {
  server: number;
  database: number;
  loadGenerator: number;
  machineBusy: number;
}

interface ProcStat {
  pid: number;
  parentPid: number;
  command: string;
  /** utime + stime, in ms. */
  own: number;
  /** cutime + cstime: exited children this process waited for, in ms. */
  reapedChildren: number;
}

/** The postmaster's pid, from the first line of `postmaster.pid` in the cluster's data folder. */
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** null off Linux (no /proc): the bench then prints no split. */
export function cpuSnapshot(serverPid: number, databasePostmasterPid: number | null): CpuSnapshot | null {
  let processes: ProcStat[];
  try {
    processes = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((name) => readProcStat(Number(name)))
      .filter((stat): stat is ProcStat => stat !== null);
  } catch {
    return null;
  }
  const server = subtree(processes, serverPid);
  const database =
    databasePostmasterPid === null
      ? processes.filter((p) => p.command === 'postgres')
      : subtree(processes, databasePostmasterPid);
  const postmaster = processes.find((p) => p.pid === databasePostmasterPid);
  const self = process.cpuUsage();
  return {
    server: sum(server, (p) => p.own + p.reapedChildren),
    database: sum(database, (p) => p.own) + (postmaster?.reapedChildren ?? 0),
    loadGenerator: (self.user + self.system) / 1000,
    machineBusy: machineBusyMs(),
  };
}

/** The CPU each group spent between two snapshots, per request handled; « other » is the machine's rest. */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): string {
  const per = (ms: number) => (requests > 0 ? (ms / requests).toFixed(1) : 'NaN');
  const server = after.server - before.server;
  const database = after.database - before.database;
  const loadGenerator = after.loadGenerator - before.loadGenerator;
  const machine = after.machineBusy - before.machineBusy;
  const other = Math.max(0, machine - server - database - loadGenerator);
  return (
    `cpu_ms_per_request server=${per(server)} database=${per(database)} load_generator=${per(loadGenerator)} ` +
    `other=${per(other)} machine=${per(machine)}`
  );
}

function readProcStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null; // Exited between the listing and the read.
  }
  // The command is in parentheses and may itself contain spaces or parentheses: split after the last one.
  const close = text.lastIndexOf(')');
  const command = text.slice(text.indexOf('(') + 1, close);
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is field 3 (state) of proc(5); utime is field 14, stime 15, cutime 16, cstime 17.
  const ticks = (field: number) => Number(fields[field - 3]);
  const toMs = (t: number) => (t * 1000) / TICKS_PER_SECOND;
  return { pid, parentPid: ticks(4), command, own: toMs(ticks(14) + ticks(15)), reapedChildren: toMs(ticks(16) + ticks(17)) };
}

function subtree(processes: ProcStat[], rootPid: number): ProcStat[] {
  const members = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of processes) {
      if (!members.has(p.pid) && members.has(p.parentPid)) {
        members.add(p.pid);
        grew = true;
      }
    }
  }
  return processes.filter((p) => members.has(p.pid));
}

/** Every core's non-idle time since boot (/proc/stat's first line: user … steal, minus idle and iowait). */
function machineBusyMs(): number {
  const [cpuLine] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [, ...values] = cpuLine!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  return ((user! + nice! + system! + irq! + softirq! + steal!) * 1000) / TICKS_PER_SECOND;
}

function sum(processes: ProcStat[], value: (p: ProcStat) => number): number {
  return processes.reduce((total, p) => total + value(p), 0);
}
