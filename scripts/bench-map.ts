import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded-postgres';
import { migrate } from '@/lib/db/migrate';
import { seedDemo } from '@/lib/seed/demo';
import { syncReferenceData } from '@/lib/seed/reference-data';
import { seedVolunteers } from '@/lib/seed/volunteers';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/seed/demo-accounts';
import { createScriptPrisma } from './lib/prisma';
import { buildProductionApp, removeBuildTsconfig, startProductionApp } from './lib/production-app';
import { stopChild } from './lib/child-process';
import { postmasterPid, setTreeNiceness } from './lib/process-priority';

// `npm run bench:map` (issue 13, point 3; docs/decisions/037): the « Choisir » map of a mission whose pool
// holds the demo data plus MAP_BENCH_VOLUNTEERS (default 100 000) volunteers of its region and profession,
// on the production build in Debian's Chromium, desktop viewport. It opens the page as the mission's
// establishment, then pans and zooms the way a user does (wheel in and out, drags, the zoom buttons, a
// cluster click) and records every long task of the main thread (PerformanceObserver « longtask »:
// tasks over 50 ms), once per compositing mode (below). Prints one line per measure and mode, e.g.
//   map-interaction compositing=gpu server_nice=19 volunteers=100000 pool=100002 long_tasks=0 max_long_task_ms=0 total_blocking_ms=0
// A benchmark, not a test: `npm test` never runs it. MAP_BENCH_SKIP_BUILD=1 reuses .next-bench-map;
// MAP_BENCH_SCREENSHOT=dir saves a picture of the first view.

const root = process.cwd();
const runDir = path.join(root, '.data', 'bench-map');
const distDir = '.next-bench-map';
const VOLUNTEERS = Number(process.env.MAP_BENCH_VOLUNTEERS ?? 100_000);
const CHROME_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * The server and the database share this machine's two cores with the browser, which no user's device does:
 * they run at this nice value (MAP_BENCH_SERVER_NICE, default 19, the lowest priority; 0 leaves them as
 * they are), so that what the bench measures is the browser's own work.
 */
const SERVER_NICE = Number(process.env.MAP_BENCH_SERVER_NICE ?? 19);

/**
 * How Chromium puts the map's WebGL canvas on screen (MAP_BENCH_COMPOSITING, default both, `gpu` first).
 * - `gpu`: the compositor and WebGL run in the GPU process, as on any phone or computer with a graphics
 *   chip; this machine has none, so SwiftShader (a CPU implementation of one) stands in for it, slower
 *   than a phone's chip. The issue's bar is read here.
 * - `software`: `--disable-gpu`, Chromium's software compositor, which copies every WebGL frame back to
 *   main memory and makes the page's main thread wait until SwiftShader has drawn it: the set-up of the
 *   journeys' headless tests, not of any user's device. Printed for comparison with earlier runs.
 */
const COMPOSITING: Record<string, string[]> = {
  gpu: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  software: ['--disable-gpu'],
};

/** The establishment's first open mission, and a crowd of its region and profession. */
async function seedCrowd(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; region_code: string; profession_code: string }>(
      `SELECT m.id, e.region_code, m.profession_code FROM missions m
         JOIN establishments e ON e.id = m.establishment_id
         JOIN establishment_memberships em ON em.establishment_id = e.id
         JOIN users u ON u.id = em.user_id
        WHERE u.email = $1 AND m.status = 'OPEN' ORDER BY m.created_at LIMIT 1`,
      [DEMO_ACCOUNTS.establishment],
    );
    const mission = rows[0];
    if (!mission) throw new Error('the demo establishment has no open mission');
    await seedVolunteers(url, {
      count: VOLUNTEERS,
      seed: 13,
      emailPrefix: 'bench-map',
      crowd: { regionCode: mission.region_code, professionCode: mission.profession_code },
    });
    await client.query('VACUUM ANALYZE professionals, users, availability_periods');
    return mission.id;
  } finally {
    await client.end();
  }
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel("Email de l'utilisateur").fill(DEMO_ACCOUNTS.establishment);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

interface LongTasks {
  count: number;
  max: number;
  blocking: number;
}

/** The long tasks recorded since the last call (the observer is installed before any script runs). */
async function takeLongTasks(page: Page): Promise<LongTasks> {
  return page.evaluate(() => {
    const store = window as unknown as { __longTasks: number[] };
    const tasks = store.__longTasks.splice(0);
    return { count: tasks.length, max: Math.max(0, ...tasks), blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0) };
  });
}

const NO_LONG_TASKS: LongTasks = { count: 0, max: 0, blocking: 0 };

function addLongTasks(all: LongTasks, tasks: LongTasks): LongTasks {
  return { count: all.count + tasks.count, max: Math.max(all.max, tasks.max), blocking: all.blocking + tasks.blocking };
}

/** Waits until the map has been still and its requests answered. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

/** Each gesture's long tasks, for the report (stderr): where the main thread was blocked, if it was. */
async function phase(page: Page, name: string, phases: Record<string, LongTasks>): Promise<void> {
  phases[name] = await takeLongTasks(page);
}

async function interact(page: Page): Promise<Record<string, LongTasks>> {
  const phases: Record<string, LongTasks> = {};
  const map = page.getByTestId('candidate-map');
  const box = (await map.boundingBox())!;
  const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(center.x, center.y);
  // Zoom in step by step to the streets, then back out to the country.
  for (let i = 0; i < 8; i += 1) {
    await page.mouse.wheel(0, -300);
    await settle(page);
  }
  await phase(page, 'wheel in', phases);
  for (let i = 0; i < 10; i += 1) {
    await page.mouse.wheel(0, 300);
    await settle(page);
  }
  await phase(page, 'wheel out', phases);
  // Drags across the region at two zoom levels.
  for (const zoomSteps of [2, 4]) {
    for (let i = 0; i < zoomSteps; i += 1) await page.mouse.wheel(0, -300);
    await settle(page);
    for (const [dx, dy] of [[200, 0], [0, 150], [-300, -100], [150, -50]] as const) {
      await page.mouse.move(center.x, center.y);
      await page.mouse.down();
      await page.mouse.move(center.x + dx, center.y + dy, { steps: 12 });
      await page.mouse.up();
      await settle(page);
    }
  }
  await phase(page, 'drags', phases);
  // The zoom buttons.
  const trace = process.env.MAP_BENCH_TRACE;
  if (trace) await page.context().browser()!.startTracing(page, { path: trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  // Taken click by click, so that MAP_BENCH_VERBOSE can tell which click blocked, and summed for the total.
  let buttons = NO_LONG_TASKS;
  for (const name of ['Zoom avant', 'Zoom avant', 'Zoom arrière', 'Zoom arrière', 'Zoom arrière']) {
    await page.getByRole('button', { name }).click();
    await settle(page);
    const t = await takeLongTasks(page);
    buttons = addLongTasks(buttons, t);
    if (process.env.MAP_BENCH_VERBOSE) {
      const state = await page.getByTestId('candidate-map').evaluate((el) => `${el.getAttribute('data-source-points')} points`);
      console.error(`  ${name}: ${t.count} long tasks, longest ${t.max.toFixed(0)} ms, ${state}`);
    }
  }
  if (trace) await page.context().browser()!.stopTracing();
  phases.buttons = buttons;
  return phases;
}

/** Opens the mission's page in a fresh browser, then moves the map: the long tasks of the first view and of the moves. */
async function measure(browser: Browser, baseUrl: string, missionId: string, mode: string) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  await context.addInitScript(() => {
    const store = window as unknown as { __longTasks: number[] };
    store.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await signIn(page);
  const opened = Date.now();
  await page.goto(`/etablissement/besoins/${missionId}`);
  const map = page.getByTestId('candidate-map');
  await map.and(page.locator('[data-state="ready"]')).waitFor({ timeout: 60_000 });
  await settle(page);
  const firstView = await takeLongTasks(page);
  // MAP_BENCH_SCREENSHOT=dir: a picture of the first view per mode, to look at what was measured.
  const shots = process.env.MAP_BENCH_SCREENSHOT;
  if (shots) await map.screenshot({ path: path.join(shots, `map-${mode}.png`) });
  const pool = Number(await map.getAttribute('data-points'));
  const markers = await page.evaluate(() => document.querySelectorAll('.maplibregl-marker').length);
  console.error(`[${mode}] page and map ready in ${Date.now() - opened} ms (${markers} HTML markers)`);

  const phases = await interact(page);
  for (const [name, tasks] of Object.entries(phases)) console.error(`[${mode}] ${name}: ${tasks.count} long tasks, longest ${tasks.max.toFixed(0)} ms`);
  await context.close();
  return { firstView, moving: Object.values(phases).reduce(addLongTasks, NO_LONG_TASKS), pool };
}

async function main() {
  rmSync(runDir, { recursive: true, force: true });
  let cluster: EmbeddedDatabase | null = null;
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  const stop = async () => {
    removeBuildTsconfig();
    if (browser) await browser.close().catch(() => undefined);
    if (server) await stopChild(server);
    if (cluster) await Promise.race([cluster.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000).unref())]);
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    cluster = await startEmbeddedPostgres({ dataDir: path.join(runDir, 'postgres'), databaseName: 'renfort_bench_map' });
    await migrate(cluster.url);
    const prisma = createScriptPrisma(cluster.url);
    await syncReferenceData(prisma);
    await seedDemo(prisma, cluster.url);
    await prisma.$disconnect();
    const missionId = await seedCrowd(cluster.url);

    const port = await findFreePort();
    const baseUrl = `http://localhost:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      TZ: 'UTC',
      DATABASE_URL: cluster.url,
      PORT: String(port),
      APP_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: 'bench-map-secret-only-00000000000',
      CRON_SECRET: 'bench-map-cron-secret-0000000000',
      UPLOADS_DIR: path.join(runDir, 'uploads'),
      NEXT_DIST_DIR: distDir,
      MAIL_TRANSPORT: 'outbox',
    };
    if (process.env.MAP_BENCH_SKIP_BUILD !== '1') await buildProductionApp(env);
    server = await startProductionApp(env, { port, baseUrl });

    const modes = (process.env.MAP_BENCH_COMPOSITING ?? 'gpu,software').split(',').map((mode) => mode.trim());
    for (const mode of modes) {
      if (!COMPOSITING[mode]) throw new Error(`MAP_BENCH_COMPOSITING: unknown mode ${mode} (gpu, software)`);
      // Before each browser: a backend or thread started since inherits its parent's priority, not the nice value.
      setTreeNiceness([server.pid!, postmasterPid(path.join(runDir, 'postgres', 'cluster'))], SERVER_NICE);
      browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: [...CHROME_ARGS, ...COMPOSITING[mode]] });
      const { firstView, moving, pool } = await measure(browser, baseUrl, missionId, mode);
      await browser.close();
      browser = null;
      const tags = `compositing=${mode} server_nice=${SERVER_NICE} volunteers=${VOLUNTEERS} pool=${pool}`;
      console.log(`map-first-view ${tags} long_tasks=${firstView.count} max_long_task_ms=${firstView.max.toFixed(0)}`);
      console.log(`map-interaction ${tags} long_tasks=${moving.count} max_long_task_ms=${moving.max.toFixed(0)} total_blocking_ms=${moving.blocking.toFixed(0)}`);
      // The bar (no task over 50 ms while moving) is read where a user's device composites: on the GPU.
      if (mode === 'gpu' && moving.max > 50) process.exitCode = 1;
    }
    console.log(`load average: ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`);
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
