import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { loadActor } from '@/lib/auth/load-actor';
import { startSession } from '@/lib/auth/user-sessions';
import { DEMO_ACCOUNTS } from '@/lib/seed/demo-accounts';
import { parseVolunteerQuery } from '@/lib/professionals/regulator-query';
import { listVolunteers } from '@/lib/professionals/regulator-list';
import { parseRegulatorMissionQuery } from '@/lib/missions/regulator-query';
import { listRegulatorMissions } from '@/lib/missions/regulator-list';
import { getIndicators } from '@/lib/indicators/get-indicators';
import { defaultRange } from '@/lib/indicators/range';
import { refreshVolunteerFigures } from '@/lib/indicators/volunteer-snapshot';
import { line, time } from './timing';

// The regulators' screens at scale (issue 13, point 2 and 6; docs/decisions/034): the « Bénévoles » and
// « Missions » tables and the « Indicateurs » page of the CCS (the country) and of an ARS (Occitanie), as
// their pages call them (the indicators from the snapshot the jobs refresh, whose refresh is timed too);
// and the CCS's volunteer export, csv and xlsx, through the route's own code.

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 60);
const WARM_UP = 5;

async function signIn(email: string): Promise<Actor> {
  const account = await prisma.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(account.id, account.sessionVersion, await startSession(account.id, new Date(Date.now() + 3600 * 1000))))!;
}

const REGULATORS = [
  ['ccs', DEMO_ACCOUNTS.ccs],
  ['ars', DEMO_ACCOUNTS.arsOccitanie],
] as const;

/** Runs each query of the mix in turn, the first WARM_UP runs only warming the caches. */
async function measureMix<Q>(queries: readonly Q[], run: (query: Q) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS + WARM_UP; i += 1) {
    const query = queries[i % queries.length]!;
    const elapsed = await time(() => run(query));
    if (i >= WARM_UP) samples.push(elapsed);
    if (i >= WARM_UP && process.env.BENCH_VERBOSE === '1') console.error(`  query=${JSON.stringify(query)} ms=${elapsed.toFixed(1)}`);
  }
  return samples;
}

// What the regulators do on « Bénévoles »: the default order, a sort by name either way, a status, a
// name filter (« contient »), a later page — for the CCS (the whole country) and for an ARS (one region).
const VOLUNTEER_QUERIES = [
  {},
  { sort: 'lastName' },
  { sort: 'firstName', direction: 'desc' },
  { status: 'DISPONIBLE' },
  { lastName: 'mar' },
  { sort: 'lastName', page: '5' },
];

export async function benchVolunteerTables(volunteers: number): Promise<string[]> {
  const lines: string[] = [];
  for (const [who, email] of REGULATORS) {
    const actor = await signIn(email);
    const samples = await measureMix(VOLUNTEER_QUERIES, (params) => listVolunteers(actor, parseVolunteerQuery(params as Record<string, string>)));
    lines.push(line(`volunteers-table-${who}`, volunteers, samples));
  }
  return lines;
}

// « Missions »: the default (open missions, soonest first), sorts on a joined column and on a date, the
// « Etablissement » « contient » filter, the status filters, page 5.
const MISSION_QUERIES = [
  {},
  { sort: 'establishment' },
  { sort: 'endDate', direction: 'desc' },
  { establishment: 'hospitalier' },
  { status: 'ARCHIVED' },
  { status: 'ALL', page: '5' },
];

/**
 * Missions in proportion to the volunteers (one per hundred: 10 000 at a million), spread over the
 * establishments, created over the last 60 days (the indicators' default 30-day period holds half),
 * a quarter archived. Tagged, and deleted by the caller once measured, so that the candidate search's
 * measures (which read the open missions) never see them.
 */
async function seedBenchMissions(volunteers: number, tag: string): Promise<void> {
  const count = Math.max(100, Math.floor(volunteers / 100));
  await prisma.$executeRaw`
    INSERT INTO missions (id, establishment_id, profession_code, start_date, end_date, requested_count, filled_count,
                          details, status, archived_at, created_at, updated_at, needs_vehicle, ccs_alert_at)
    SELECT gen_random_uuid()::text, e.id, (ARRAY['NURSE', 'CARE_ASSISTANT', 'DOCTOR'])[1 + i % 3],
           current_date + (i % 90) - 30, current_date + (i % 90) - 30 + (i % 20), 1 + i % 8, 0,
           ${tag}, CASE WHEN i % 4 = 0 THEN 'ARCHIVED'::"MissionStatus" ELSE 'OPEN'::"MissionStatus" END,
           CASE WHEN i % 4 = 0 THEN now() END, now() - make_interval(hours => i % (60 * 24)), now(), i % 3 = 0,
           CASE WHEN i % 50 = 0 THEN now() END
    FROM generate_series(1, ${count}) i
    JOIN LATERAL (SELECT id FROM establishments ORDER BY id OFFSET i % (SELECT count(*) FROM establishments) LIMIT 1) e ON TRUE`;
  await prisma.$executeRaw`ANALYZE missions`;
}

export async function benchMissionTablesAndIndicators(volunteers: number): Promise<string[]> {
  const tag = `bench-regulator-missions-${volunteers}`;
  await seedBenchMissions(volunteers, tag);
  try {
    const lines: string[] = [];
    for (const [who, email] of REGULATORS) {
      const actor = await signIn(email);
      const samples = await measureMix(MISSION_QUERIES, (params) => listRegulatorMissions(actor, parseRegulatorMissionQuery(params as Record<string, string>)));
      lines.push(line(`missions-table-${who}`, volunteers, samples));
    }
    // What the jobs do every few minutes (docs/decisions/034): the page then reads the snapshot.
    const refreshMs = await time(() => refreshVolunteerFigures(new Date(), { force: true }));
    lines.push(`indicators-snapshot-refresh volunteers=${volunteers} ms=${refreshMs.toFixed(0)}`);
    for (const [who, email] of REGULATORS) {
      const actor = await signIn(email);
      const range = defaultRange();
      const samples = await measureMix([range], (query) => getIndicators(actor, query));
      lines.push(line(`indicators-${who}`, volunteers, samples));
    }
    return lines;
  } finally {
    await prisma.$executeRaw`DELETE FROM missions WHERE details = ${tag}`;
  }
}

const run = promisify(execFile);

/**
 * The CCS's volunteer export, csv then xlsx, each in a child process of its own running the route's code
 * (openExport) into a discarding sink: its peak RSS (getrusage's ru_maxrss, the kernel's own high-water
 * mark — no sampling can miss a peak) is the export's, not the bench's, whose heap holds Prisma and the
 * measures before it. Constant memory shows as the same peak at 100 000 and at 1 000 000.
 */
export async function benchExports(volunteers: number): Promise<string[]> {
  const lines: string[] = [];
  for (const format of ['csv', 'xlsx'] as const) {
    const { stdout } = await run(
      process.execPath,
      ['--import', './scripts/lib/server-only.mjs', '--import', 'tsx', path.join('scripts', 'bench', 'export-child.ts'), format, DEMO_ACCOUNTS.ccs],
      { env: process.env, maxBuffer: 1 << 20, timeout: 30 * 60 * 1000 },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { ms: number; rows: number; bytes: number; baselineRssMb: number; peakRssMb: number; message?: string };
    lines.push(
      `export-volunteers-${format} volunteers=${volunteers} ms=${result.ms.toFixed(0)} rows=${result.rows} mb=${(result.bytes / 1e6).toFixed(1)} ` +
        `baseline_rss_mb=${result.baselineRssMb.toFixed(0)} peak_rss_mb=${result.peakRssMb.toFixed(0)}${result.message ? ` refused="${result.message}"` : ''}`,
    );
  }
  return lines;
}
