/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';
import { CANDIDACY_STATUSES, canTransition } from '@/lib/candidacies/transitions';
import { attempt, createEstablishment, createMission, createVolunteer, inRolledBackTransaction as withRollback, insert, openRawPool } from './raw-sql-support';

// The candidacy life cycle as the database keeps it (SPEC §10, docs/decisions/029): the transition
// trigger of migration 20261206010100 against the TypeScript table of lib/candidacies/transitions.ts,
// pair by pair; the period each candidacy carries (kept equal to its mission's dates by triggers); and
// the exclusion constraint that keeps one volunteer's assignments apart, under concurrency too. Plain
// `pg`, as in constraints.test.ts: its errors keep PostgreSQL's code and constraint name. Every test but
// the concurrent ones runs in a transaction that is rolled back.

const TRANSITION = { code: '23514', constraint: 'candidacies_status_transition' };
const OVERLAP = { code: '23P01', constraint: 'candidacies_no_overlapping_assignments' };

let pool: pg.Pool;

beforeAll(async () => {
  pool = await openRawPool();
});

afterAll(async () => {
  await pool.end();
});

const inRolledBackTransaction = (run: (db: pg.ClientBase) => Promise<void>) => withRollback(pool, run);

/** PostgreSQL's refusal of `statement` as { code, constraint }, or null; the transaction stays usable. */
async function refusal(db: pg.ClientBase, statement: () => Promise<unknown>): Promise<{ code: string; constraint: string | undefined } | null> {
  const error = await attempt(db, statement);
  return error ? { code: error.code!, constraint: error.constraint } : null;
}

/** A mission of `establishmentId` from `start` to `end` (ISO days, both included). */
const missionBetween = (db: pg.ClientBase, establishmentId: string, start: string, end: string) =>
  createMission(db, establishmentId, { start_date: start, end_date: end, requested_count: 5 });

async function createCandidacy(db: pg.ClientBase, professionalId: string, missionId: string, status: 'PROPOSED' | 'CONTACTED'): Promise<string> {
  const id = randomUUID();
  await insert(db, 'candidacies', { id, professional_id: professionalId, mission_id: missionId, status, proposed_at: new Date(), updated_at: new Date() });
  return id;
}

const setStatus = (db: pg.ClientBase, id: string, status: CandidacyStatus) => db.query(`UPDATE "candidacies" SET "status" = $2 WHERE "id" = $1`, [id, status]);

/** The shortest legal path from creation to each status (the rows the pair-by-pair test starts from). */
const PATH_TO: Record<CandidacyStatus, CandidacyStatus[]> = {
  PROPOSED: ['PROPOSED'],
  CONTACTED: ['CONTACTED'],
  ASSIGNED: ['CONTACTED', 'ASSIGNED'],
  REFUSED: ['CONTACTED', 'REFUSED'],
  EXPIRED: ['CONTACTED', 'EXPIRED'],
  DECLINED: ['PROPOSED', 'DECLINED'],
  WITHDRAWN: ['PROPOSED', 'WITHDRAWN'],
};

async function candidacyAt(db: pg.ClientBase, professionalId: string, missionId: string, status: CandidacyStatus): Promise<string> {
  const [first, ...rest] = PATH_TO[status];
  const id = await createCandidacy(db, professionalId, missionId, first as 'PROPOSED' | 'CONTACTED');
  for (const next of rest) await setStatus(db, id, next);
  return id;
}

const FROM: (CandidacyStatus | null)[] = [null, ...CANDIDACY_STATUSES];

describe('the transition table: TypeScript and SQL say the same (SPEC §10)', () => {
  test('the TypeScript statuses are the database enum’s', async () => {
    const { rows } = await pool.query<{ label: string }>(`SELECT unnest(enum_range(NULL::"CandidacyStatus"))::text AS label`);
    expect(rows.map((row) => row.label)).toEqual(CANDIDACY_STATUSES);
  });

  test('candidacy_transition_allowed() answers canTransition() for every pair, creation included', async () => {
    const pairs = FROM.flatMap((from) => CANDIDACY_STATUSES.map((to) => [from, to] as const));
    const { rows } = await pool.query<{ from: string | null; to: string; allowed: boolean }>(
      `SELECT p.f AS from, p.t AS to, "candidacy_transition_allowed"(p.f, p.t) AS allowed FROM unnest($1::text[], $2::text[]) AS p(f, t)`,
      [pairs.map(([from]) => from), pairs.map(([, to]) => to)],
    );
    const sql = rows.map((row) => `${row.from ?? 'new'}>${row.to}:${row.allowed}`);
    const ts = pairs.map(([from, to]) => `${from ?? 'new'}>${to}:${canTransition(from, to)}`);
    expect(sql).toEqual(ts);
    // Not vacuous: both tables allow some pairs and refuse others.
    expect(ts.filter((pair) => pair.endsWith(':true'))).toHaveLength(9);
  });

  test('the trigger accepts exactly the table’s pairs, on real rows', () =>
    inRolledBackTransaction(async (db) => {
      const establishmentId = await createEstablishment(db);
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const from of FROM) {
        for (const to of CANDIDACY_STATUSES) {
          // A fresh volunteer and mission per pair: no reservation or assignment of another pair interferes.
          const professionalId = await createVolunteer(db);
          const missionId = await missionBetween(db, establishmentId, '2026-12-01', '2026-12-31');
          const error =
            from === null
              ? await refusal(db, () => insert(db, 'candidacies', { id: randomUUID(), professional_id: professionalId, mission_id: missionId, status: to, proposed_at: new Date(), updated_at: new Date() }))
              : await refusal(db, async () => setStatus(db, await candidacyAt(db, professionalId, missionId, from), to));
          const sameStatus = from === to; // not a transition: other columns change
          outcomes.push(`${from ?? 'new'}>${to}:${error ? `${error.code} ${error.constraint}` : 'accepted'}`);
          expected.push(`${from ?? 'new'}>${to}:${canTransition(from, to) || sameStatus ? 'accepted' : `${TRANSITION.code} ${TRANSITION.constraint}`}`);
        }
      }
      expect(outcomes).toEqual(expected);
    }));

  test('an update that leaves the status alone is no transition', () =>
    inRolledBackTransaction(async (db) => {
      const professionalId = await createVolunteer(db);
      const id = await candidacyAt(db, professionalId, await missionBetween(db, await createEstablishment(db), '2026-12-01', '2026-12-31'), 'ASSIGNED');
      expect(await refusal(db, () => db.query(`UPDATE "candidacies" SET "expiry_warned_at" = now() WHERE "id" = $1`, [id]))).toBeNull();
      expect(await refusal(db, () => setStatus(db, id, 'ASSIGNED'))).toBeNull();
      expect(await refusal(db, () => setStatus(db, id, 'CONTACTED'))).toEqual(TRANSITION);
    }));
});

describe('the period of a candidacy (migration 20261206010000)', () => {
  const periodOf = async (db: pg.ClientBase, id: string) =>
    (await db.query<{ period: string }>(`SELECT "period"::text AS period FROM "candidacies" WHERE "id" = $1`, [id])).rows[0]?.period;

  test('is the mission’s dates, both included, whatever a writer sets, and follows the mission', () =>
    inRolledBackTransaction(async (db) => {
      const establishmentId = await createEstablishment(db);
      const missionId = await missionBetween(db, establishmentId, '2026-12-01', '2026-12-31');
      const id = await createCandidacy(db, await createVolunteer(db), missionId, 'CONTACTED');
      // PostgreSQL writes a closed date range as [start, end + 1).
      expect(await periodOf(db, id)).toBe('[2026-12-01,2027-01-01)');
      await db.query(`UPDATE "candidacies" SET "period" = '[2020-01-01,2020-01-02)' WHERE "id" = $1`, [id]);
      expect(await periodOf(db, id)).toBe('[2026-12-01,2027-01-01)');
      await db.query(`UPDATE "missions" SET "start_date" = '2026-11-15', "end_date" = '2027-01-10' WHERE "id" = $1`, [missionId]);
      expect(await periodOf(db, id)).toBe('[2026-11-15,2027-01-11)');
    }));
});

describe('no two assignments of one volunteer overlap (candidacies_no_overlapping_assignments)', () => {
  test('refuses overlapping or same-day assignments, accepts back-to-back ones, other statuses and other volunteers', () =>
    inRolledBackTransaction(async (db) => {
      const establishmentId = await createEstablishment(db);
      const volunteer = await createVolunteer(db);
      const mission = (start: string, end: string) => missionBetween(db, establishmentId, start, end);
      await candidacyAt(db, volunteer, await mission('2026-12-01', '2026-12-31'), 'ASSIGNED');

      // Overlapping, or sharing only the last day: the volunteer cannot be in two places that day.
      for (const [start, end] of [['2026-12-15', '2027-01-15'], ['2026-11-01', '2026-12-01'], ['2026-12-31', '2027-01-31'], ['2026-12-10', '2026-12-12']]) {
        const contacted = await createCandidacy(db, volunteer, await mission(start!, end!), 'CONTACTED');
        expect({ start, end, error: await refusal(db, () => setStatus(db, contacted, 'ASSIGNED')) }).toEqual({ start, end, error: OVERLAP });
        await setStatus(db, contacted, 'REFUSED'); // frees the reservation for the next case
      }
      // The day after the end: accepted.
      const next = await createCandidacy(db, volunteer, await mission('2027-01-01', '2027-01-31'), 'CONTACTED');
      expect(await refusal(db, () => setStatus(db, next, 'ASSIGNED'))).toBeNull();
      // Reservations and finished candidacies on the same dates are no assignments.
      const overlapping = await mission('2026-12-05', '2026-12-20');
      const pending = await createCandidacy(db, volunteer, overlapping, 'PROPOSED');
      expect(await refusal(db, () => setStatus(db, pending, 'DECLINED'))).toBeNull();
      expect(await refusal(db, () => candidacyAt(db, volunteer, overlapping, 'REFUSED'))).toBeNull();
      // Another volunteer on the very same dates.
      const other = await createVolunteer(db);
      expect(await refusal(db, () => candidacyAt(db, other, overlapping, 'ASSIGNED'))).toBeNull();
    }));

  test('refuses a change of a mission’s dates that would make two assignments overlap', () =>
    inRolledBackTransaction(async (db) => {
      const establishmentId = await createEstablishment(db);
      const volunteer = await createVolunteer(db);
      const first = await missionBetween(db, establishmentId, '2026-12-01', '2026-12-31');
      await candidacyAt(db, volunteer, first, 'ASSIGNED');
      await candidacyAt(db, volunteer, await missionBetween(db, establishmentId, '2027-01-01', '2027-01-31'), 'ASSIGNED');
      expect(await refusal(db, () => db.query(`UPDATE "missions" SET "end_date" = '2027-01-05' WHERE "id" = $1`, [first]))).toEqual(OVERLAP);
      expect(await refusal(db, () => db.query(`UPDATE "missions" SET "start_date" = '2026-11-20' WHERE "id" = $1`, [first]))).toBeNull();
    }));

  test('concurrency: an assignment and a change of dates committed at the same instant — exactly one wins', async () => {
    // Committed rows on separate connections, so that the two transactions genuinely meet.
    const setup = await pool.connect();
    const volunteerIds: string[] = [];
    let establishmentId = '';
    try {
      await setup.query('BEGIN');
      establishmentId = await createEstablishment(setup);
      const rounds: { earlier: string; contacted: string }[] = [];
      for (let round = 0; round < 2; round += 1) {
        const volunteer = await createVolunteer(setup);
        volunteerIds.push(volunteer);
        const earlier = await missionBetween(setup, establishmentId, '2026-12-01', '2026-12-31');
        await candidacyAt(setup, volunteer, earlier, 'ASSIGNED');
        const contacted = await createCandidacy(setup, volunteer, await missionBetween(setup, establishmentId, '2027-01-10', '2027-01-31'), 'CONTACTED');
        rounds.push({ earlier, contacted });
      }
      await setup.query('COMMIT');

      // Each order once: whoever writes first holds its row; the second waits for its commit, then fails.
      for (const [index, { earlier, contacted }] of rounds.entries()) {
        const assign = new pg.Client({ connectionString: process.env.DATABASE_URL });
        const move = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await Promise.all([assign.connect(), move.connect()]);
        try {
          await Promise.all([assign.query('BEGIN'), move.query('BEGIN')]);
          const writes = [
            () => setStatus(assign, contacted, 'ASSIGNED'),
            () => move.query(`UPDATE "missions" SET "end_date" = '2027-01-15' WHERE "id" = $1`, [earlier]),
          ];
          const [firstWrite, secondWrite] = index === 0 ? writes : [...writes].reverse();
          const [firstClient, secondClient] = index === 0 ? [assign, move] : [move, assign];
          await firstWrite!();
          const waiting = secondWrite!().then(
            () => null,
            (error: unknown) => (error instanceof pg.DatabaseError ? { code: error.code, constraint: error.constraint } : error),
          );
          await new Promise((resolve) => setTimeout(resolve, 200)); // the second write is now blocked on the first
          await firstClient.query('COMMIT');
          expect(await waiting).toEqual(OVERLAP);
          await secondClient.query('ROLLBACK');
        } finally {
          await Promise.all([assign.end(), move.end()]);
        }
      }
    } finally {
      await pool.query('DELETE FROM "candidacies" WHERE "professional_id" = ANY($1)', [volunteerIds]);
      await pool.query('DELETE FROM "missions" WHERE "establishment_id" = $1', [establishmentId]);
      await pool.query('DELETE FROM "establishments" WHERE "id" = $1', [establishmentId]);
      await pool.query('DELETE FROM "users" WHERE "id" IN (SELECT "user_id" FROM "professionals" WHERE "id" = ANY($1))', [volunteerIds]);
      setup.release();
    }
  });
});
