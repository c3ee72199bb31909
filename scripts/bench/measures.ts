import { prisma } from '@/lib/db';
import { matchingCriteria } from '@/lib/candidates/criteria';
import { candidateSearchSql, searchCandidateMap, searchCandidatePage, searchCandidates } from '@/lib/candidates/search';
import { PLAN_CACHE_MARKER, planCacheName } from '@/lib/db/plan-cache';
import type { MapBox } from '@/lib/candidates/map-grid';
import pg from 'pg';
import { line, time } from './timing';
import type { MissionContext } from '@/lib/candidates/pool';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { listAssignmentsForActor } from '@/lib/candidacies/assignments';
import { loadActor } from '@/lib/auth/load-actor';
import { startSession } from '@/lib/auth/user-sessions';
import { DEMO_ACCOUNTS } from '@/lib/seed/demo-accounts';
import { dueVolunteersSql } from '@/lib/jobs/availability-checkins';
import { benchExports, benchMissionTablesAndIndicators, benchVolunteerTables } from './regulator-measures';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 60);
// `BENCH_ONLY=candidates,tables` runs some groups only: candidates, assignments, tables, checkin, exports.
const ONLY = process.env.BENCH_ONLY?.split(',').map((group) => group.trim());
const runs = (group: string) => !ONLY || ONLY.includes(group);

// A mix of what establishments do on « Choisir »: the default ranking, a filter or two, a sort, page 2.
const QUERIES = [{}, { vehicle: 'oui' }, { departmentCode: '31' }, { sort: 'lastName' }, { page: '2' }, { lastName: 'mar', mobilisation: 'REGIONAL' }];

/** Views around the establishment the map asks for as one zooms in: a region, a département, a town. */
const MAP_VIEWS: ((longitude: number, latitude: number) => { zoom: number; bbox: MapBox })[] = [
  (lon, lat) => ({ zoom: 7, bbox: [lon - 4, lat - 3, lon + 4, lat + 3] }),
  (lon, lat) => ({ zoom: 9, bbox: [lon - 1, lat - 0.7, lon + 1, lat + 0.7] }),
  (lon, lat) => ({ zoom: 12, bbox: [lon - 0.15, lat - 0.1, lon + 0.15, lat + 0.1] }),
  (lon, lat) => ({ zoom: 15, bbox: [lon - 0.02, lat - 0.015, lon + 0.02, lat + 0.015] }),
];

export async function runBenchmarks(volunteers: number): Promise<string[]> {
  return [
    ...(runs('candidates') ? await benchCandidateSearch(volunteers) : []),
    ...(runs('assignments') ? [await benchAssignments(volunteers)] : []),
    ...(runs('tables') ? await benchVolunteerTables(volunteers) : []),
    ...(runs('tables') ? await benchMissionTablesAndIndicators(volunteers) : []),
    ...(runs('checkin') ? [await benchCheckinDue(volunteers)] : []),
    ...(runs('exports') ? await benchExports(volunteers) : []),
  ];
}

// PostgreSQL plans a prepared statement's first five runs for their parameters and only then settles on
// one plan for the connection (lib/db/plan-cache.ts names the search's statements so that it can). A
// server up for a minute has done that for every statement of the mix; the samples are taken after every
// mission × query of the mix has run that often.
const PLAN_SETTLING_RUNS = 5;

async function benchCandidateSearch(volunteers: number): Promise<string[]> {
  const missions = await prisma.mission.findMany({
    where: { status: 'OPEN' },
    include: { establishment: true },
    orderBy: { createdAt: 'asc' },
  });
  const contexts = missions.map((mission) => ({
    context: {
      id: mission.id,
      startDate: mission.startDate,
      endDate: mission.endDate,
      longitude: mission.establishment.longitude,
      latitude: mission.establishment.latitude,
    } satisfies MissionContext,
    options: {
      criteria: matchingCriteria({
        ...mission,
        regionCode: mission.establishment.regionCode,
        departmentCode: mission.establishment.departmentCode,
        longitude: mission.establishment.longitude,
        latitude: mission.establishment.latitude,
        nationalPoolOpen: mission.nationalPoolOpenedAt !== null,
      }),
      includeDirectMatches: true,
      today: new Date(),
    },
  }));
  // The page's whole server work through the app's code (Prisma, JSON), then the bare SQL of the same
  // statements on a plain connection, prepared the same way: the difference is the app's own overhead.
  const samples: number[] = [];
  const sqlSamples: number[] = [];
  const bare = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await bare.connect();
  // The runs before the plan settles (each statement's first five, the very first five runs aside): what
  // a server pays for a statement it has not run five times yet, as for a rare combination of filters.
  const firstRunSamples: number[] = [];
  const runsOfStatement = new Map<string, number>();
  const warmUp = PLAN_SETTLING_RUNS * contexts.length * QUERIES.length;
  for (let i = 0; i < ITERATIONS + warmUp; i += 1) {
    const { context, options } = contexts[i % contexts.length]!;
    const query = parseCandidateQuery(QUERIES[i % QUERIES.length] as Record<string, string>);
    const elapsed = await time(() => searchCandidates(prisma, context, query, options));
    const sql = candidateSearchSql(context, query, options);
    const text = `${PLAN_CACHE_MARKER}\n${sql.text}`;
    const runs = runsOfStatement.get(text) ?? 0;
    runsOfStatement.set(text, runs + 1);
    if (i >= 5 && runs < PLAN_SETTLING_RUNS) firstRunSamples.push(elapsed);
    // Named by its text, as lib/db/plan-cache.ts names the app's: the same statement is prepared once per
    // connection on both sides (a name per sample would parse and plan every bare run).
    const sqlElapsed = await time(() => bare.query({ name: planCacheName({ sql: text }), text, values: sql.values as unknown[] }));
    if (i >= warmUp) {
      samples.push(elapsed);
      sqlSamples.push(sqlElapsed);
      // Which mission and query a slow sample was: the p95 is the few slowest of the mix.
      if (process.env.BENCH_VERBOSE === '1') {
        console.error(`candidate-search mission=${i % contexts.length} query=${JSON.stringify(QUERIES[i % QUERIES.length])} app_ms=${elapsed.toFixed(1)} sql_ms=${sqlElapsed.toFixed(1)}`);
      }
    }
  }
  await bare.end();
  // The CCS's « Proposer » (SPEC §7.2): the mission's pool in every region, mobilisation not honoured —
  // the largest pools there are (every available volunteer of the profession in the country).
  const ccsSamples: number[] = [];
  for (let i = 0; i < ITERATIONS + warmUp; i += 1) {
    const { context, options } = contexts[i % contexts.length]!;
    const ccs = { ...options, criteria: { ...options.criteria, anyRegion: true, honourMobilisation: false } };
    const query = parseCandidateQuery(QUERIES[i % QUERIES.length] as Record<string, string>);
    const elapsed = await time(() => searchCandidatePage(prisma, context, query, ccs));
    if (i >= warmUp) ccsSamples.push(elapsed);
  }
  // The map's own requests when it moves (decision 037): views of a region, of a département, close up.
  const mapSamples: number[] = [];
  const mapWarmUp = PLAN_SETTLING_RUNS * contexts.length * MAP_VIEWS.length;
  for (let i = 0; i < ITERATIONS + mapWarmUp; i += 1) {
    const { context, options } = contexts[i % contexts.length]!;
    const view = MAP_VIEWS[i % MAP_VIEWS.length]!(context.longitude ?? 2.35, context.latitude ?? 48.85);
    const elapsed = await time(() => searchCandidateMap(prisma, context, parseCandidateQuery({}), options, view));
    if (i >= mapWarmUp) mapSamples.push(elapsed);
  }
  return [
    line('candidate-search', volunteers, samples),
    line('candidate-search-sql', volunteers, sqlSamples),
    line('candidate-search-first-runs', volunteers, firstRunSamples),
    line('candidate-map-view', volunteers, mapSamples),
    line('candidate-search-ccs-proposer', volunteers, ccsSamples),
  ];
}

// The Toulouse establishment gets 1 % of the volunteers as assignments, so the page has something real
// to count and sort (the original warned it could take minutes). They go to past, archived missions of
// 250 positions each, as a long crisis leaves them: the open missions keep the few volunteers a real
// mission holds, so the candidate search measured next is not skewed by thousands of « Affecté » rows.
const POSITIONS_PER_PAST_MISSION = 250;

async function benchAssignments(volunteers: number): Promise<string> {
  const account = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.establishment } });
  const establishmentId = (await prisma.establishmentMembership.findFirstOrThrow({ where: { userId: account.id } })).establishmentId;
  const wanted = Math.floor(volunteers / 100);
  const existing = await prisma.candidacy.count({ where: { status: 'ASSIGNED', mission: { establishmentId } } });
  if (wanted > existing) {
    const missions = Math.ceil((wanted - existing) / POSITIONS_PER_PAST_MISSION);
    const batch = `bench-${volunteers}`;
    await prisma.$executeRaw`
      INSERT INTO missions (id, establishment_id, profession_code, start_date, end_date, requested_count, details, status, archived_at, updated_at)
      SELECT gen_random_uuid()::text, ${establishmentId}, 'NURSE', current_date - 30 - (i % 300), current_date - 16 - (i % 300),
             ${POSITIONS_PER_PAST_MISSION}, ${batch}, 'ARCHIVED', now(), now()
      FROM generate_series(1, ${missions}) i`;
    // Contacted, then validated: the database accepts no other path to « Affecté » (SPEC §10). Load-test
    // data in two statements rather than 10 000 calls of the transition function (decision 029).
    await prisma.$executeRaw`
      INSERT INTO candidacies (id, professional_id, mission_id, status, contacted_at, contacted_by_id, updated_at)
      SELECT gen_random_uuid()::text, p.id, m.id, 'CONTACTED', m.start_date - 2, ${account.id}, now()
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM professionals p
            WHERE NOT reserved AND assigned_until IS NULL ORDER BY id LIMIT ${wanted - existing}) p
      JOIN (SELECT id, start_date, row_number() OVER (ORDER BY id) - 1 AS k FROM missions WHERE details = ${batch}) m
        ON m.k = p.n % ${missions}`;
    await prisma.$executeRaw`
      UPDATE candidacies c SET status = 'ASSIGNED', decided_at = m.start_date - 1, decided_by_id = ${account.id}
      FROM missions m WHERE m.id = c.mission_id AND m.details = ${batch} AND c.status = 'CONTACTED'`;
    await prisma.$executeRaw`ANALYZE candidacies`;
    await prisma.$executeRaw`ANALYZE missions`;
  }
  const actor = (await loadActor(account.id, account.sessionVersion, await startSession(account.id, new Date(Date.now() + 3600 * 1000))))!;
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS + 5; i += 1) {
    const elapsed = await time(() => listAssignmentsForActor(actor, { page: 1 + (i % 3) }));
    if (i >= 5) samples.push(elapsed);
  }
  return line('assignments-page', volunteers, samples);
}

/**
 * The check-in job's read of the volunteers due (lib/jobs/availability-checkins.ts), 60 days from now:
 * every seeded confirmation is then a period old, and the volunteers whose periods have ended by then are
 * due by date but not Disponible — the rows the index must skip without reading the table.
 */
async function benchCheckinDue(volunteers: number): Promise<string> {
  const later = new Date(Date.now() + 60 * 86_400_000);
  const today = new Date(Date.UTC(later.getUTCFullYear(), later.getUTCMonth(), later.getUTCDate()));
  const sql = dueVolunteersSql(new Date(later.getTime() - 14 * 86_400_000), today);
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS + 5; i += 1) {
    const elapsed = await time(() => prisma.$queryRaw(sql));
    if (i >= 5) samples.push(elapsed);
  }
  return line('checkin-due', volunteers, samples);
}
