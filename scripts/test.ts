import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { migrate } from '@/lib/db/migrate';
import { seedDemo } from '@/lib/seed/demo';
import { syncReferenceData } from '@/lib/seed/reference-data';
import { createScriptPrisma } from './lib/prisma';
import { writeBuildTsconfig } from './lib/tsconfig';
import { findFreePort } from '@/lib/db/embedded-postgres';

// `npm test`: the lint, then every test against a fresh real PostgreSQL — jest (unit, component,
// integration), then the production build and the Playwright journeys — and a last line `N passed, N failed`.

const root = process.cwd();
// TEST_RUN_ID lets two engineers (or helpers) test at once on one machine without sharing a database,
// reports or a Next build folder.
const runId = process.env.TEST_RUN_ID ?? '';
const runDir = path.join(root, '.data', runId ? `test-${runId}` : 'test');
const reportsDir = path.join(runDir, 'reports');
const distDir = runId ? `.next-test-${runId}` : '.next';
const only = process.argv[2]; // `jest` or `e2e` to run one half
// Anything after it goes to that runner: `npm run test:jest -- tests/unit/foo.test.ts`, `npm run test:e2e -- sign-in`.
const extraArgs = process.argv.slice(3);

interface Counts {
  passed: number;
  failed: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function prepare(url: string, withDemo: boolean): Promise<void> {
  await migrate(url);
  const prisma = createScriptPrisma(url);
  await syncReferenceData(prisma);
  if (withDemo) await seedDemo(prisma, url);
  await prisma.$disconnect();
}

function readJestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numRuntimeErrorTestSuites: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites };
}

function readPlaywrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  // A skipped test is a defect (DEVELOPERS.md), and so is a run that could not start: both count as failed.
  const setupErrors = report.errors?.length ?? 0;
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected + report.stats.skipped + setupErrors };
}

async function main() {
  rmSync(runDir, { recursive: true, force: true });
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(runDir, 'postgres'), databaseName: 'postgres_admin' });
  const totals: Counts = { passed: 0, failed: 0 };
  const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', RATE_LIMIT_DISABLED: 'false', TZ: 'UTC' };
  try {
    if (only === undefined) {
      // The lint is one check of the full run: React's rules of hooks and Next's rules fail CI like a test.
      const lintExit = await run('npx', ['eslint', '-c', 'scripts/eslint.config.mjs', '--max-warnings=0', '.'], baseEnv);
      console.log(`lint: ${lintExit === 0 ? '1 passed, 0 failed' : '0 passed, 1 failed'}`);
      if (lintExit === 0) totals.passed += 1;
      else totals.failed += 1;
    }
    if (only !== 'e2e') {
      const url = await createDatabase(cluster.url, 'renfort_test');
      await prepare(url, false);
      const jestReport = path.join(reportsDir, 'jest.json');
      mkdirSync(reportsDir, { recursive: true });
      await run('npx', ['jest', '-c', 'tests/jest.config.js', '--maxWorkers=2', '--json', `--outputFile=${jestReport}`, ...extraArgs], {
        ...baseEnv,
        NODE_ENV: 'test',
        // @react-email/render loads react-dom/server with a dynamic import, which jest only allows here.
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
        DATABASE_URL: url,
        NEXTAUTH_SECRET: 'test-secret-for-jest-only-000000',
        APP_URL: 'http://localhost:3999',
        UPLOADS_DIR: path.join(runDir, 'uploads'),
      });
      const counts = readJestCounts(jestReport);
      console.log(`jest: ${counts.passed} passed, ${counts.failed} failed`);
      totals.passed += counts.passed;
      totals.failed += counts.failed;
    }
    if (only !== 'jest') {
      const url = await createDatabase(cluster.url, 'renfort_e2e');
      await prepare(url, true);
      const port = await findFreePort();
      const e2eReport = path.join(reportsDir, 'playwright.json');
      mkdirSync(reportsDir, { recursive: true });
      // A parallel run (TEST_RUN_ID) builds into its own folder, type-checked with its own tsconfig.
      const buildTsconfig = runId ? writeBuildTsconfig(root, distDir) : null;
      // The journeys sign in through a local Pro Santé Connect and ProConnect (SPEC §16), whose faults
      // they set at LOCAL_OIDC_CONTROL_URL. Imported here only: the jest half does without it.
      const { startLocalOidcProvider } = await import('./local-oidc/provider');
      const oidc = await startLocalOidcProvider({ appUrl: `http://localhost:${port}`, faults: true });
      const exitCode = await run('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...extraArgs], {
        ...baseEnv,
        ...oidc.env,
        LOCAL_OIDC_CONTROL_URL: oidc.controlUrl ?? '',
        DATABASE_URL: url,
        PORT: String(port),
        APP_URL: `http://localhost:${port}`,
        NEXTAUTH_URL: `http://localhost:${port}`,
        NEXTAUTH_SECRET: 'test-secret-for-e2e-only-0000000',
        CRON_SECRET: 'test-cron-secret-0000000000',
        UPLOADS_DIR: path.join(runDir, 'e2e-uploads'),
        NEXT_DIST_DIR: distDir,
        ...(buildTsconfig ? { NEXT_TSCONFIG_PATH: buildTsconfig.path } : {}),
        PLAYWRIGHT_OUTPUT_DIR: path.join(reportsDir, 'playwright-artifacts'),
        MAIL_TRANSPORT: 'outbox',
        PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
      }).finally(async () => {
        await oidc.stop();
        buildTsconfig?.remove();
      });
      if (exitCode !== 0 && !existsSync(e2eReport)) console.error(`playwright exited with ${exitCode} and no report`);
      const counts = readPlaywrightCounts(e2eReport);
      console.log(`playwright: ${counts.passed} passed, ${counts.failed} failed`);
      totals.passed += counts.passed;
      totals.failed += counts.failed;
    }
  } finally {
    await Promise.race([cluster.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000).unref())]);
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
