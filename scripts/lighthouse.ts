import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded-postgres';
import { migrate } from '@/lib/db/migrate';
import { seedDemo } from '@/lib/seed/demo';
import { syncReferenceData } from '@/lib/seed/reference-data';
import { createScriptPrisma } from './lib/prisma';
import { removeDistDirFromTsconfig } from './lib/tsconfig';
import { stopChild } from './lib/child-process';

// `npm run bench:lighthouse`: the SPEC's quality bar « volunteer pages light enough for a slow phone
// (Lighthouse mobile ≥ 90) », measured on the production build against a fresh embedded PostgreSQL with
// the demo data. Lighthouse's defaults: mobile form factor, simulated slow 4G and 4× CPU slowdown.
// Prints a table page × scores and metrics, then exits non-zero if a performance score is below 90.
// A benchmark, not a test: `npm test` never runs it. LIGHTHOUSE_RUNS (default 5, as Lighthouse's own
// variability guide advises) runs per page, the median by performance is kept; LIGHTHOUSE_SKIP_BUILD=1
// reuses the last build of .next-lighthouse. The simulated throttling multiplies the CPU time observed on
// this machine: on a loaded machine TBT grows, so the output gives Lighthouse's CPU benchmark
// (benchmarkIndex, higher is faster) and the load average next to the scores.

const root = process.cwd();
const runDir = path.join(root, '.data', 'lighthouse');
const reportsDir = path.join(runDir, 'reports');
const distDir = '.next-lighthouse';
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
const THRESHOLD = 90;
const MAX_RETRIES = 3;
const VOLUNTEER = { email: 'benevole@demo.renfort.fr', password: 'Demo-Renfort-2026!' };
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const PAGES: { path: string; signedIn: boolean }[] = [
  { path: '/', signedIn: false },
  { path: '/connexion', signedIn: false },
  { path: '/inscription/professionnel', signedIn: false },
  { path: '/professionnel', signedIn: true },
  { path: '/professionnel/fiche', signedIn: true },
  { path: '/professionnel/disponibilites', signedIn: true },
];

interface Result {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferKb: number;
  benchmarkIndex: number;
  flagged: string[];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('next start did not answer /api/health in time');
}

/** What the sign-in form does through next-auth's signIn(): CSRF token, then the credentials callback. */
async function signIn(baseUrl: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const index = pair!.indexOf('=');
      jar.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
  };
  keep(csrfResponse);
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(), 'X-Auth-Return-Redirect': '1' },
    body: new URLSearchParams({ ...VOLUNTEER, remember: 'false', csrfToken, callbackUrl: `${baseUrl}/professionnel`, json: 'true' }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.endsWith('next-auth.session-token'))) {
    throw new Error(`sign-in as ${VOLUNTEER.email} failed (HTTP ${response.status})`);
  }
  return cookieHeader();
}

/** Lighthouse's own audits of the page that are below 0.9 and have a cost: what it flags. */
function flaggedAudits(lhr: import('lighthouse').Result): string[] {
  const ids = new Set(
    Object.values(lhr.categories).flatMap((category) => category.auditRefs.map((ref) => ref.id)),
  );
  return [...ids]
    .map((id) => lhr.audits[id]!)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
    .map((audit) => (audit.displayValue ? `${audit.id} (${audit.displayValue})` : audit.id));
}

async function audit(baseUrl: string, cookie: string, chromePort: number): Promise<Result[]> {
  const { default: lighthouse } = await import('lighthouse');
  const results: Result[] = [];
  for (const page of PAGES) {
    const url = `${baseUrl}${page.path}`;
    const runs: import('lighthouse').Result[] = [];
    let retries = 0;
    for (let index = 0; index < RUNS; index++) {
      const outcome = await lighthouse(url, {
        port: chromePort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        ...(page.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
      });
      const lhr = outcome?.lhr;
      if (!lhr) throw new Error(`no Lighthouse result for ${page.path}`);
      if (lhr.runtimeError) {
        // Lighthouse's own trace hiccups (NO_NAVSTART, NO_FCP…) ask for another run: a few, not forever.
        const message = `${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
        if (++retries > MAX_RETRIES) throw new Error(message);
        console.error(`${message} — run again`);
        index--;
        continue;
      }
      // A signed-in page that redirected to /connexion would measure the wrong page.
      if (new URL(lhr.finalDisplayedUrl).pathname !== page.path) {
        throw new Error(`${page.path} ended on ${lhr.finalDisplayedUrl}`);
      }
      runs.push(lhr);
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)]!;
    const slug = page.path === '/' ? 'accueil' : page.path.slice(1).replaceAll('/', '-');
    writeFileSync(path.join(reportsDir, `${slug}.json`), JSON.stringify(lhr));
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    results.push({
      page: page.path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      transferKb: value('total-byte-weight') / 1024,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      flagged: flaggedAudits(lhr),
    });
    console.error(`${page.path}: performance ${runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)).join(', ')}`);
  }
  return results;
}

function printTable(results: Result[]): void {
  const header = ['page', 'performance', 'accessibility', 'best practices', 'LCP', 'TBT', 'CLS', 'transfer'];
  const rows = results.map((r) => [
    r.page,
    String(r.performance),
    String(r.accessibility),
    String(r.bestPractices),
    `${(r.lcpMs / 1000).toFixed(1)} s`,
    `${Math.round(r.tbtMs)} ms`,
    r.cls.toFixed(3),
    `${Math.round(r.transferKb)} KB`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  const indexes = results.map((r) => r.benchmarkIndex).sort((a, b) => a - b);
  console.log(
    `machine: benchmarkIndex ${Math.round(indexes[0]!)}–${Math.round(indexes[indexes.length - 1]!)} (median runs), ` +
      `load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}, ${os.cpus().length} cores, ${RUNS} runs per page`,
  );
  for (const r of results) if (r.flagged.length) console.log(`${r.page} flagged: ${r.flagged.join(', ')}`);
}

async function main() {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });
  const tsconfigPath = path.join(root, 'tsconfig.json');
  const tsconfig = readFileSync(tsconfigPath, 'utf8');
  let cluster: EmbeddedDatabase | null = null;
  let server: ChildProcess | null = null;
  let chrome: { kill(): unknown } | null = null;
  let building = false;
  // Chrome, then Next, then the database, each with a time limit, on success, error or Ctrl-C.
  const stop = async () => {
    if (building) removeDistDirFromTsconfig(tsconfigPath, tsconfig, distDir);
    if (chrome) await Promise.race([Promise.resolve(chrome.kill()).catch(() => undefined), new Promise((r) => setTimeout(r, 10_000).unref())]);
    if (server) await stopChild(server);
    if (cluster) await Promise.race([cluster.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000).unref())]);
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    cluster = await startEmbeddedPostgres({ dataDir: path.join(runDir, 'postgres'), databaseName: 'renfort_lighthouse' });
    await migrate(cluster.url);
    const prisma = createScriptPrisma(cluster.url);
    await syncReferenceData(prisma);
    await seedDemo(prisma, cluster.url);
    await prisma.$disconnect();

    const port = await findFreePort();
    const baseUrl = `http://localhost:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      RATE_LIMIT_DISABLED: 'false',
      TZ: 'UTC',
      DATABASE_URL: cluster.url,
      PORT: String(port),
      APP_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: 'lighthouse-secret-only-0000000000',
      CRON_SECRET: 'lighthouse-cron-secret-000000000',
      UPLOADS_DIR: path.join(runDir, 'uploads'),
      NEXT_DIST_DIR: distDir,
      MAIL_TRANSPORT: 'outbox',
    };
    const nextBin = require.resolve('next/dist/bin/next');
    if (process.env.LIGHTHOUSE_SKIP_BUILD !== '1') {
      building = true;
      const code = await run(process.execPath, [nextBin, 'build'], env).finally(() => {
        removeDistDirFromTsconfig(tsconfigPath, tsconfig, distDir);
        building = false;
      });
      if (code !== 0) throw new Error(`next build exited with ${code}`);
    }
    server = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    await waitForHealth(baseUrl, server);
    const cookie = await signIn(baseUrl);

    const chromeLauncher = await import('chrome-launcher');
    // handleSIGINT off: chrome-launcher's own handler would exit before Next and the database are stopped.
    const launched = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: CHROME_FLAGS,
      handleSIGINT: false,
    });
    chrome = launched;
    const results = await audit(baseUrl, cookie, launched.port);
    printTable(results);
    console.log(`reports (Lighthouse JSON, median run): ${path.relative(root, reportsDir)}/*.json`);
    const slow = results.filter((r) => r.performance < THRESHOLD);
    if (slow.length) {
      console.log(`performance below ${THRESHOLD}: ${slow.map((r) => r.page).join(', ')}`);
      process.exitCode = 1;
    } else {
      console.log(`every page at ${THRESHOLD} or more in performance`);
    }
  } finally {
    await stop();
  }
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
