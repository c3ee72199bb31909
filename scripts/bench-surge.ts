import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded-postgres';
import { migrate } from '@/lib/db/migrate';
import { syncReferenceData } from '@/lib/seed/reference-data';
import { SIGN_UP_ENDPOINT } from '@/lib/professionals/sign-up/sign-up-transport';
import { stopChild } from './lib/child-process';
import { createScriptPrisma } from './lib/prisma';
import { percentile } from './bench/timing';
import { buildProductionApp, removeBuildTsconfig, startProductionApp } from './lib/production-app';
import { DOCUMENT_BYTES, SIGN_UP_CONTENT_TYPE, identity, pdfLikeDocument, signUpBody } from './bench/surge/sign-up-body';
import { verifyStep, type Outcome } from './bench/surge/verify';
import { cpuPerRequest, cpuSnapshot, postmasterPid } from './bench/surge/cpu-usage';

// `npm run bench:surge` (issue 13, point 5): a surge of volunteer sign-ups against the production build
// on a fresh embedded PostgreSQL. Each request is a new volunteer posting the real multipart form of
// /inscription/professionnel with a 1 MB PDF, from its own client address (the server trusts one proxy
// hop, as behind a load balancer, so the per-IP limit applies per volunteer as in real life). Steps of
// rising concurrency (SURGE_CONCURRENCY, default 10,50,200), each SURGE_SECONDS long (default 10), with
// autocannon. Per step: `surge concurrency=… requests=… throughput_rps=… p50_ms=… p95_ms=… p99_ms=…
// errors=… non2xx=…`, then the database and the upload folder are checked: every accepted sign-up whole
// (account, record, its file at the right size, its two emails), every refused or unanswered one whole
// or absent, and where the step's CPU went (server, database, load generator, rest of the machine, per
// request; scripts/bench/surge/cpu-usage.ts). SURGE_SKIP_BUILD=1 reuses the last build of .next-bench-surge. A benchmark, not a test.

const root = process.cwd();
const runDir = path.join(root, '.data', 'bench-surge');
const uploadsDir = path.join(runDir, 'uploads');
const distDir = '.next-bench-surge';
const STEPS = (process.env.SURGE_CONCURRENCY ?? '10,50,200')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const SECONDS = Math.max(1, Number(process.env.SURGE_SECONDS ?? 10));
/** A client that waits longer than this for an answer counts the request as an error. */
const CLIENT_TIMEOUT_SECONDS = 30;

/** Waits until the server has finished what the step left in flight (the row count stops moving). */
async function settle(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let last = -1;
    for (let stable = 0; stable < 3;) {
      await new Promise((r) => setTimeout(r, 1000));
      const { rows } = await client.query<{ n: number }>('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM email_outbox) AS n');
      const n = Number(rows[0]!.n);
      stable = n === last ? stable + 1 : 0;
      last = n;
    }
  } finally {
    await client.end();
  }
}

interface StepResult {
  line: string;
  verification: Awaited<ReturnType<typeof verifyStep>>;
}

let counter = 0;

interface Processes {
  serverPid: number;
  postmasterPid: number | null;
}

async function step(
  baseUrl: string,
  databaseUrl: string,
  concurrency: number,
  document: Buffer,
  runTag: string,
  processes: Processes,
): Promise<StepResult> {
  const attempts = new Map<string, Outcome>();
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const refusals = new Map<string, number>();
  const url = new URL(baseUrl);
  const cpuBefore = cpuSnapshot(processes.serverPid, processes.postmasterPid);
  const started = performance.now();
  let finished!: (result: autocannon.Result) => void;
  let failed!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finished = resolve), (failed = reject)));
  const instance = autocannon(
    {
      url: baseUrl,
      connections: concurrency,
      duration: SECONDS,
      timeout: CLIENT_TIMEOUT_SECONDS,
      requests: [
        {
          method: 'POST',
          path: SIGN_UP_ENDPOINT,
          setupRequest: (request, context: { email?: string }) => {
            const n = ++counter;
            const who = identity(runTag, n);
            attempts.set(who.email, 'unanswered');
            context.email = who.email;
            return {
              ...request,
              headers: {
                host: url.host,
                'content-type': SIGN_UP_CONTENT_TYPE,
                // The one proxy hop the server trusts writes the client's address last.
                'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
              },
              body: signUpBody(who, document),
            };
          },
          onResponse: (status, body, context: { email?: string }) => {
            const email = context.email!;
            let accepted = false;
            try {
              accepted = status === 200 && (JSON.parse(body) as { ok?: boolean }).ok === true;
            } catch {
              // Not the handler's JSON: counted as refused below.
            }
            attempts.set(email, accepted ? 'accepted' : 'refused');
            if (!accepted) {
              const reason = `${status} ${body.slice(0, 160)}`;
              refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
            }
          },
        },
      ],
    },
    (error, result) => (error ? failed(error) : finished(result)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await done;
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const accepted = [...attempts.values()].filter((o) => o === 'accepted').length;
  const round = (value: number) => (Number.isFinite(value) ? Math.round(value) : 'NaN');
  const line =
    `surge concurrency=${concurrency} requests=${attempts.size} throughput_rps=${(accepted / elapsedSeconds).toFixed(1)} ` +
    `p50_ms=${round(percentile(latencies, 50))} p95_ms=${round(percentile(latencies, 95))} p99_ms=${round(percentile(latencies, 99))} ` +
    `errors=${result.errors} non2xx=${result.non2xx}`;
  console.log(line);
  const statusText = [...statuses].map(([status, count]) => `${status}×${count}`).join(' ');
  console.log(`  answers: ${statusText || 'none'}; accepted=${accepted} timeouts=${result.timeouts} unanswered=${attempts.size - latencies.length}`);
  for (const [reason, count] of refusals) console.log(`  refused ×${count}: ${reason}`);

  await settle(databaseUrl);
  // After settling: the work of the requests the step's end cut off is counted, as they are.
  const cpuAfter = cpuSnapshot(processes.serverPid, processes.postmasterPid);
  if (cpuBefore && cpuAfter) console.log(`  ${cpuPerRequest(cpuBefore, cpuAfter, attempts.size)}`);
  const verification = await verifyStep(databaseUrl, uploadsDir, attempts, DOCUMENT_BYTES);
  return { line, verification };
}

async function main() {
  rmSync(runDir, { recursive: true, force: true });
  let cluster: EmbeddedDatabase | null = null;
  let server: ChildProcess | null = null;
  const stop = async () => {
    removeBuildTsconfig();
    if (server) await stopChild(server);
    if (cluster) await Promise.race([cluster.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000).unref())]);
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const databaseDir = path.join(runDir, 'postgres');
    cluster = await startEmbeddedPostgres({
      dataDir: databaseDir,
      databaseName: 'renfort_surge',
    });
    await migrate(cluster.url);
    const prisma = createScriptPrisma(cluster.url);
    await syncReferenceData(prisma);
    await prisma.$disconnect();

    const port = await findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      RATE_LIMIT_DISABLED: 'false',
      TRUSTED_PROXY: 'hops:1',
      TZ: 'UTC',
      DATABASE_URL: cluster.url,
      PORT: String(port),
      APP_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: 'bench-surge-secret-only-000000000',
      UPLOADS_DIR: uploadsDir,
      NEXT_DIST_DIR: distDir,
      // The emails stay in the outbox, where the check counts them (no dispatcher runs: next start alone).
      MAIL_TRANSPORT: 'outbox',
    };
    if (process.env.SURGE_SKIP_BUILD !== '1') await buildProductionApp(env);
    // SURGE_SERVER_NODE_ARGS: extra node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to find the bottleneck.
    const nodeArgs = (process.env.SURGE_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    server = await startProductionApp(env, { port, baseUrl, hostname: '127.0.0.1', nodeArgs });

    const document = pdfLikeDocument();
    const runTag = Date.now().toString(36);
    console.log(
      `surge: ${SECONDS} s per step, one ${DOCUMENT_BYTES} B document per sign-up, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, ${os.cpus().length} cores`,
    );
    const problems: string[] = [];
    const totals = {
      accepted: 0,
      whole: 0,
      refused: 0,
      refusedWritten: 0,
      unanswered: 0,
      unansweredWritten: 0,
    };
    for (const concurrency of STEPS) {
      const processes = { serverPid: server.pid!, postmasterPid: postmasterPid(databaseDir) };
      const { verification: v } = await step(baseUrl, cluster.url, concurrency, document, `${runTag}-c${concurrency}`, processes);
      console.log(
        `  check concurrency=${concurrency}: accepted=${v.accepted} whole=${v.acceptedWhole} refused=${v.refused} ` +
          `unanswered=${v.unanswered} (of which completed by the server: ${v.unansweredWritten}) problems=${v.problems.length}`,
      );
      for (const problem of v.problems.slice(0, 10)) console.log(`    ${problem}`);
      problems.push(...v.problems);
      totals.accepted += v.accepted;
      totals.whole += v.acceptedWhole;
      totals.refused += v.refused;
      totals.refusedWritten += v.refusedWritten;
      totals.unanswered += v.unanswered;
      totals.unansweredWritten += v.unansweredWritten;
    }
    console.log(
      `load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    // A run where nothing was accepted proves nothing (a wrong form, a server refusing everything).
    if (totals.accepted === 0) problems.push('no sign-up was accepted');
    const verdict = problems.length === 0 && totals.whole === totals.accepted ? 'nothing lost' : 'PROBLEMS';
    console.log(
      `surge verification accepted=${totals.accepted} whole=${totals.whole} refused=${totals.refused} half_written=${problems.length} ` +
        `unanswered=${totals.unanswered} → ${verdict}`,
    );
    if (verdict !== 'nothing lost') process.exitCode = 1;
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
