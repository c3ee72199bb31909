/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  attempt,
  createEstablishment,
  createMission,
  createVolunteer,
  digits,
  establishmentRow,
  inRolledBackTransaction as withRollback,
  insert,
  missionRow,
  openRawPool,
  professionalRow,
  userRow,
  type Row,
} from './raw-sql-support';

// The invariants prisma/migrations/20261122000000_init adds beyond what Prisma's schema language can say
// (the end of migration.sql): check constraints, partial unique indexes, a trigger and two sequences.
// Each test asserts the *name* of the constraint that rejects the row, so that dropping or renaming that
// constraint makes its test fail. Plain `pg` rather than Prisma Client: its errors keep PostgreSQL's
// `code`, `constraint` and `where` fields intact.
//
// The database is shared with the other integration tests: every test runs in a transaction that is
// rolled back (expected failures are isolated by savepoints), so nothing it inserts is ever visible to
// them. Only the concurrency test commits, because its transactions must see each other; it cleans up.

const CHECK = '23514';
const UNIQUE = '23505';

let pool: pg.Pool;

beforeAll(async () => {
  pool = await openRawPool();
});

afterAll(async () => {
  await pool.end();
});

// ───────────────────────────── helpers ─────────────────────────────

const inRolledBackTransaction = (run: (db: pg.ClientBase) => Promise<void>) => withRollback(pool, run);

interface Violation {
  code: string;
  constraint: string;
}

/** Asserts that `statement` fails with exactly this SQLSTATE and constraint name. */
async function expectViolation(db: pg.ClientBase, expected: Violation, statement: () => Promise<unknown>): Promise<void> {
  const error = await attempt(db, statement);
  expect(error ? { code: error.code, constraint: error.constraint } : 'accepted: no error was raised').toEqual(expected);
}

/** Asserts that `statement` succeeds: the valid counterpart of each rejected row, so a check that is too
 * strict fails too. */
async function expectAccepted(db: pg.ClientBase, statement: () => Promise<unknown>): Promise<void> {
  const error = await attempt(db, statement);
  expect(error && `${error.code} ${error.constraint ?? ''} ${error.message}`).toBeNull();
}

const checkViolation = (constraint: string): Violation => ({ code: CHECK, constraint });
const uniqueViolation = (constraint: string): Violation => ({ code: UNIQUE, constraint });

const candidacyRow = (professionalId: string, missionId: string, status: string, overrides: Row = {}): Row => ({
  id: randomUUID(),
  professional_id: professionalId,
  mission_id: missionId,
  status,
  proposed_at: status === 'PROPOSED' || status === 'WITHDRAWN' ? new Date() : null,
  updated_at: new Date(),
  ...overrides,
});

/**
 * Inserts a candidacy row at its status by the path SPEC §10 allows: the transition trigger
 * (migration 20261206010100) creates candidacies PROPOSED or CONTACTED only.
 */
async function insertCandidacy(db: pg.ClientBase, row: Row): Promise<void> {
  const status = String(row.status);
  const entry = status === 'PROPOSED' || status === 'WITHDRAWN' ? 'PROPOSED' : 'CONTACTED';
  await insert(db, 'candidacies', { ...row, status: entry });
  if (entry !== status) await db.query(`UPDATE "candidacies" SET "status" = $2 WHERE "id" = $1`, [row.id, status]);
}

const rppsRecordRow = (overrides: Row = {}): Row => ({
  id: randomUUID(),
  rpps_number: digits(11),
  civility: 'MRS',
  sex: 'FEMALE',
  birth_last_name: 'Martin',
  first_names: 'Camille',
  birth_date: '1990-01-01',
  birth_country: 'FR',
  birth_commune_name: 'Montpellier',
  email: `${randomUUID()}@constraints.test`,
  practice_last_name: 'Martin',
  practice_first_name: 'Camille',
  updated_at: new Date(),
  ...overrides,
});

// ───────────────────────────── accounts ─────────────────────────────

describe('users', () => {
  test('emails are stored lower-case and trimmed, and look like an email (users_email_lower_check)', () =>
    inRolledBackTransaction(async (db) => {
      const id = randomUUID();
      for (const email of [`Camille.${id}@Constraints.test`, ` ${id}@constraints.test`, `${id}-no-at-sign`]) {
        await expectViolation(db, checkViolation('users_email_lower_check'), () => insert(db, 'users', userRow({ email })));
      }
      await expectAccepted(db, () => insert(db, 'users', userRow({ email: `camille.${id}@constraints.test` })));
    }));

  test('an ARS account has a region (users_ars_region_check)', () =>
    inRolledBackTransaction(async (db) => {
      await expectViolation(db, checkViolation('users_ars_region_check'), () => insert(db, 'users', userRow({ role: 'ARS', region_code: null })));
      await expectAccepted(db, () => insert(db, 'users', userRow({ role: 'ARS', region_code: '76' })));
      await expectAccepted(db, () => insert(db, 'users', userRow({ role: 'CCS', region_code: null })));
    }));

  test('a sign-in session ends after it starts, and a throttle counts no negative failures', () =>
    inRolledBackTransaction(async (db) => {
      const user = userRow({});
      await insert(db, 'users', user);
      const createdAt = new Date('2026-12-05T10:00:00Z');
      await expectViolation(db, checkViolation('user_sessions_ended_check'), () =>
        insert(db, 'user_sessions', { id: randomUUID(), user_id: user.id, created_at: createdAt, expires_at: createdAt, ended_at: new Date('2026-12-05T09:59:59Z') }),
      );
      await expectAccepted(db, () => insert(db, 'user_sessions', { id: randomUUID(), user_id: user.id, created_at: createdAt, expires_at: createdAt, ended_at: createdAt }));
      await expectViolation(db, checkViolation('login_throttles_failures_check'), () =>
        insert(db, 'login_throttles', { key: `account:${randomUUID()}@constraints.test`, failures: -1, last_failure_at: createdAt }),
      );
    }));

  test('a disabling reason belongs to a disabled account, and a pending email is lower-case (issue 11)', () =>
    inRolledBackTransaction(async (db) => {
      await expectViolation(db, checkViolation('users_disabled_reason_check'), () => insert(db, 'users', userRow({ status: 'ACTIVE', disabled_reason: 'Départ' })));
      await expectAccepted(db, () => insert(db, 'users', userRow({ status: 'DISABLED', disabled_reason: 'Départ' })));
      const id = randomUUID();
      await expectViolation(db, checkViolation('users_pending_email_lower_check'), () => insert(db, 'users', userRow({ pending_email: `Nouveau.${id}@constraints.test` })));
      await expectAccepted(db, () => insert(db, 'users', userRow({ pending_email: `nouveau.${id}@constraints.test` })));
    }));

  test('the session version never goes negative (users_session_version_check)', () =>
    inRolledBackTransaction(async (db) => {
      await expectViolation(db, checkViolation('users_session_version_check'), () => insert(db, 'users', userRow({ session_version: -1 })));
    }));

  test('an anonymised account is disabled, without password or phone (users_anonymised_check)', () =>
    inRolledBackTransaction(async (db) => {
      const anonymised = { anonymised_at: new Date(), status: 'DISABLED', password_hash: null, phone: null };
      await expectViolation(db, checkViolation('users_anonymised_check'), () => insert(db, 'users', userRow({ ...anonymised, status: 'ACTIVE' })));
      await expectViolation(db, checkViolation('users_anonymised_check'), () => insert(db, 'users', userRow({ ...anonymised, password_hash: 'hash' })));
      await expectViolation(db, checkViolation('users_anonymised_check'), () => insert(db, 'users', userRow({ ...anonymised, phone: '0600000000' })));
      await expectAccepted(db, () => insert(db, 'users', userRow(anonymised)));
    }));

  test('the retention job reads volunteers not yet anonymised by their last activity (users_retention_idx)', async () => {
    const { rows } = await pool.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'users_retention_idx'`);
    expect(rows.map((row) => row.indexdef.replace(/public\./g, ''))).toEqual([
      "CREATE INDEX users_retention_idx ON users USING btree (last_activity_at) WHERE ((role = 'PROFESSIONAL'::\"Role\") AND (anonymised_at IS NULL))",
    ]);
  });
});

// ───────────────────────────── establishments ─────────────────────────────

describe('establishments', () => {
  test('a FINESS is 9 characters: 2 digits or 2A/2B, then 7 digits (establishments_finess_format_check)', () =>
    inRolledBackTransaction(async (db) => {
      for (const finess of [digits(8), digits(10), `2C${digits(7)}`, `34A${digits(6)}`, `34${digits(6)} `]) {
        await expectViolation(db, checkViolation('establishments_finess_format_check'), () => insert(db, 'establishments', establishmentRow({ finess })));
      }
      for (const finess of [`34${digits(7)}`, `2A${digits(7)}`, `2B${digits(7)}`]) {
        await expectAccepted(db, () => insert(db, 'establishments', establishmentRow({ finess })));
      }
    }));

  test('an establishment has a FINESS or a GID (establishments_identifier_check)', () =>
    inRolledBackTransaction(async (db) => {
      await expectViolation(db, checkViolation('establishments_identifier_check'), () =>
        insert(db, 'establishments', establishmentRow({ finess: null, gid: null })),
      );
      await expectAccepted(db, () => insert(db, 'establishments', establishmentRow({ finess: null, gid: `GID-${randomUUID()}` })));
    }));

  test('a SIRET is 14 digits (establishments_siret_format_check)', () =>
    inRolledBackTransaction(async (db) => {
      await expectViolation(db, checkViolation('establishments_siret_format_check'), () => insert(db, 'establishments', establishmentRow({ siret: digits(9) })));
      await expectAccepted(db, () => insert(db, 'establishments', establishmentRow({ siret: digits(14) })));
    }));

  test('an account request names a FINESS or a GID, and a refusal has a reason (account_requests_*_check)', () =>
    inRolledBackTransaction(async (db) => {
      const request = (overrides: Row): Row => ({
        id: randomUUID(),
        email: `${randomUUID()}@constraints.test`,
        first_name: 'Camille',
        last_name: 'Test',
        phone: '0400000000',
        category: 'EHPAD',
        finess: `34${digits(7)}`,
        establishment_name: 'EHPAD Test',
        address: '1 rue du Test',
        postal_code: '34000',
        city: 'Montpellier',
        region_code: '76',
        ...overrides,
      });
      await expectViolation(db, checkViolation('account_requests_identifier_check'), () =>
        insert(db, 'account_requests', request({ finess: null, gid: null })),
      );
      await expectViolation(db, checkViolation('account_requests_refusal_check'), () =>
        insert(db, 'account_requests', request({ status: 'REFUSED', refusal_reason: null })),
      );
      await expectAccepted(db, () => insert(db, 'account_requests', request({ status: 'REFUSED', refusal_reason: 'Doublon' })));
    }));
});

// ───────────────────────────── volunteers ─────────────────────────────

describe('professionals', () => {
  test('identifiers are well-formed: RPPS 11 digits, ADELI 9 digits, none for NONE (professionals_identifier_check)', () =>
    inRolledBackTransaction(async (db) => {
      const rejected: [string, string | null][] = [
        ['RPPS', digits(10)],
        ['RPPS', digits(12)],
        ['RPPS', `${digits(10)}A`],
        ['ADELI', digits(11)],
        ['ADELI', digits(8)],
        ['NONE', digits(11)],
      ];
      for (const [type, number] of rejected) {
        await expectViolation(db, checkViolation('professionals_identifier_check'), () =>
          createVolunteer(db, { identifier_type: type, identifier_number: number }),
        );
      }
      const accepted: [string, string | null][] = [
        ['RPPS', digits(11)],
        ['ADELI', digits(9)],
        ['NONE', null],
      ];
      for (const [type, number] of accepted) {
        await expectAccepted(db, () => createVolunteer(db, { identifier_type: type, identifier_number: number }));
      }
    }));

  test('an RPPS or ADELI identifier type comes with its number (professionals_identifier_check)', () =>
    inRolledBackTransaction(async (db) => {
      // `identifier_number ~ '…'` is NULL for a NULL number, and a CHECK only rejects FALSE: the constraint
      // must test IS NOT NULL explicitly for an RPPS or ADELI volunteer without a number to be refused.
      for (const type of ['RPPS', 'ADELI']) {
        await expectViolation(db, checkViolation('professionals_identifier_check'), () =>
          createVolunteer(db, { identifier_type: type, identifier_number: null }),
        );
      }
    }));

  test('a volunteer is available on week days, week-ends or both (professionals_availability_days_check)', () =>
    inRolledBackTransaction(async (db) => {
      await expectViolation(db, checkViolation('professionals_availability_days_check'), () =>
        createVolunteer(db, { available_weekdays: false, available_weekends: false }),
      );
      await expectAccepted(db, () => createVolunteer(db, { available_weekdays: false, available_weekends: true }));
    }));

  test('an availability period ends on or after its start, or is open-ended (availability_periods_dates_check)', () =>
    inRolledBackTransaction(async (db) => {
      const professionalId = await createVolunteer(db);
      const period = (start: string, end: string | null): Promise<void> =>
        insert(db, 'availability_periods', { id: randomUUID(), professional_id: professionalId, start_date: start, end_date: end });
      await expectViolation(db, checkViolation('availability_periods_dates_check'), () => period('2026-12-10', '2026-12-09'));
      await expectAccepted(db, () => period('2026-12-10', '2026-12-10'));
      await expectAccepted(db, () => period('2026-12-10', null));
    }));

  test('a document weighs 1 byte to 5 MiB (documents_size_check)', () =>
    inRolledBackTransaction(async (db) => {
      const professionalId = await createVolunteer(db);
      const document = (kind: string, size: number): Promise<void> =>
        insert(db, 'documents', {
          id: randomUUID(),
          professional_id: professionalId,
          kind,
          storage_key: randomUUID(),
          original_name: 'piece.pdf',
          mime_type: 'application/pdf',
          size_bytes: size,
        });
      await expectViolation(db, checkViolation('documents_size_check'), () => document('IDENTITY', 0));
      await expectViolation(db, checkViolation('documents_size_check'), () => document('IDENTITY', 5 * 1024 * 1024 + 1));
      await expectAccepted(db, () => document('IDENTITY', 5 * 1024 * 1024));
      await expectAccepted(db, () => document('DIPLOMA', 1));
    }));
});

// ───────────────────────────── missions ─────────────────────────────

describe('missions', () => {
  test('a mission ends on or after its start (missions_dates_check)', () =>
    inRolledBackTransaction(async (db) => {
      const establishmentId = await createEstablishment(db);
      await expectViolation(db, checkViolation('missions_dates_check'), () =>
        insert(db, 'missions', missionRow(establishmentId, { start_date: '2026-12-02', end_date: '2026-12-01' })),
      );
      await expectAccepted(db, () => insert(db, 'missions', missionRow(establishmentId, { start_date: '2026-12-02', end_date: '2026-12-02' })));
    }));

  test('a mission asks for at least one person (missions_requested_count_check)', () =>
    inRolledBackTransaction(async (db) => {
      const establishmentId = await createEstablishment(db);
      await expectViolation(db, checkViolation('missions_requested_count_check'), () =>
        insert(db, 'missions', missionRow(establishmentId, { requested_count: 0 })),
      );
      await expectAccepted(db, () => insert(db, 'missions', missionRow(establishmentId, { requested_count: 1 })));
    }));

  test('filled_count stays within 0..requested_count, on insert and on increment (missions_filled_count_check)', () =>
    inRolledBackTransaction(async (db) => {
      const establishmentId = await createEstablishment(db);
      await expectViolation(db, checkViolation('missions_filled_count_check'), () =>
        insert(db, 'missions', missionRow(establishmentId, { requested_count: 2, filled_count: -1 })),
      );
      await expectViolation(db, checkViolation('missions_filled_count_check'), () =>
        insert(db, 'missions', missionRow(establishmentId, { requested_count: 2, filled_count: 3 })),
      );
      const mission = missionRow(establishmentId, { requested_count: 2, filled_count: 1 });
      await insert(db, 'missions', mission);
      // The application fills a place with `filled_count = filled_count + 1`: the last place can be taken once.
      const fillOne = (): Promise<unknown> => db.query('UPDATE "missions" SET "filled_count" = "filled_count" + 1 WHERE "id" = $1', [mission.id]);
      await expectAccepted(db, fillOne);
      await expectViolation(db, checkViolation('missions_filled_count_check'), fillOne);
    }));

  test('a mission is ARCHIVED exactly when it has an archived_at (missions_archived_check)', () =>
    inRolledBackTransaction(async (db) => {
      const establishmentId = await createEstablishment(db);
      await expectViolation(db, checkViolation('missions_archived_check'), () =>
        insert(db, 'missions', missionRow(establishmentId, { status: 'ARCHIVED', archived_at: null })),
      );
      await expectViolation(db, checkViolation('missions_archived_check'), () =>
        insert(db, 'missions', missionRow(establishmentId, { status: 'OPEN', archived_at: new Date() })),
      );
      await expectAccepted(db, () => insert(db, 'missions', missionRow(establishmentId, { status: 'ARCHIVED', archived_at: new Date() })));
    }));
});

// ───────────────────────────── candidacies ─────────────────────────────

describe('candidacies', () => {
  const ONE_RESERVATION = 'candidacies_one_reservation_per_professional';

  test('a volunteer has at most one PROPOSED or CONTACTED candidacy; other statuses do not count', () =>
    inRolledBackTransaction(async (db) => {
      const professionalId = await createVolunteer(db);
      const establishmentId = await createEstablishment(db);
      const missions: string[] = [];
      for (let i = 0; i < 8; i += 1) missions.push(await createMission(db, establishmentId));
      const candidacy = (missionId: string, status: string): Row => candidacyRow(professionalId, missionId, status);

      // Finished candidacies are history: any number of them may sit beside the reservation. (They are
      // made first: each passes through PROPOSED or CONTACTED, which the reservation would block.)
      for (const [index, status] of ['REFUSED', 'ASSIGNED', 'EXPIRED', 'WITHDRAWN', 'DECLINED'].entries()) {
        await expectAccepted(db, () => insertCandidacy(db, candidacy(missions[index + 2], status)));
      }
      const first = candidacy(missions[0], 'CONTACTED');
      await expectAccepted(db, () => insert(db, 'candidacies', first));
      await expectViolation(db, uniqueViolation(ONE_RESERVATION), () => insert(db, 'candidacies', candidacy(missions[1], 'CONTACTED')));
      await expectViolation(db, uniqueViolation(ONE_RESERVATION), () => insert(db, 'candidacies', candidacy(missions[1], 'PROPOSED')));
      // Another volunteer may be contacted for the same mission.
      const otherId = await createVolunteer(db);
      await expectAccepted(db, () => insert(db, 'candidacies', candidacyRow(otherId, missions[0], 'CONTACTED')));
      // Once the reservation ends, the volunteer can be contacted again.
      await db.query(`UPDATE "candidacies" SET "status" = 'REFUSED' WHERE "id" = $1`, [first.id]);
      await expectAccepted(db, () => insert(db, 'candidacies', candidacy(missions[7], 'CONTACTED')));
    }));

  test('concurrency: 10 establishments contacting the same volunteer at once — exactly one succeeds', async () => {
    // Committed rows, since the 10 transactions run on 10 separate connections and must see them.
    const user = userRow();
    const professional = professionalRow(String(user.id));
    const establishment = establishmentRow();
    const missions = Array.from({ length: 10 }, () => missionRow(String(establishment.id)));
    const clients = Array.from({ length: 10 }, () => new pg.Client({ connectionString: process.env.DATABASE_URL }));
    try {
      const setup = await pool.connect();
      try {
        await insert(setup, 'users', user);
        await insert(setup, 'professionals', professional);
        await insert(setup, 'establishments', establishment);
        for (const mission of missions) await insert(setup, 'missions', mission);
      } finally {
        setup.release();
      }

      await Promise.all(clients.map((client) => client.connect()));
      // All transactions are open before any insert, so the inserts genuinely race.
      await Promise.all(clients.map((client) => client.query('BEGIN')));
      const results = await Promise.allSettled(
        clients.map(async (client, index) => {
          try {
            await insert(client, 'candidacies', candidacyRow(String(professional.id), String(missions[index].id), 'CONTACTED'));
            // Hold the reservation open a moment so the other inserts wait on it rather than simply follow it.
            await client.query('SELECT pg_sleep(0.1)');
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
        }),
      );

      const failures = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(failures.map(({ reason }: { reason: unknown }) => (reason instanceof pg.DatabaseError ? `${reason.code} ${reason.constraint}` : String(reason)))).toEqual(
        Array.from({ length: 9 }, () => `${UNIQUE} ${ONE_RESERVATION}`),
      );
      const { rows } = await pool.query<{ count: string }>(
        `SELECT count(*) FROM "candidacies" WHERE "professional_id" = $1 AND "status" = 'CONTACTED'`,
        [professional.id],
      );
      expect(rows[0].count).toBe('1');
    } finally {
      await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
      // Candidacies go with the professional (cascade from the user); missions restrict their establishment.
      await pool.query('DELETE FROM "candidacies" WHERE "professional_id" = $1', [professional.id]);
      await pool.query('DELETE FROM "missions" WHERE "establishment_id" = $1', [establishment.id]);
      await pool.query('DELETE FROM "establishments" WHERE "id" = $1', [establishment.id]);
      await pool.query('DELETE FROM "users" WHERE "id" = $1', [user.id]);
    }
  });

  test('a volunteer is assigned at most once to the same mission (candidacies_one_assignment_per_mission)', () =>
    inRolledBackTransaction(async (db) => {
      const professionalId = await createVolunteer(db);
      const missionId = await createMission(db, await createEstablishment(db));
      await insertCandidacy(db, candidacyRow(professionalId, missionId, 'ASSIGNED'));
      await expectViolation(db, uniqueViolation('candidacies_one_assignment_per_mission'), () =>
        insertCandidacy(db, candidacyRow(professionalId, missionId, 'ASSIGNED')),
      );
      await expectAccepted(db, () => insertCandidacy(db, candidacyRow(professionalId, missionId, 'REFUSED')));
    }));

  test('a PROPOSED candidacy records when it was proposed (candidacies_proposed_check)', () =>
    inRolledBackTransaction(async (db) => {
      const professionalId = await createVolunteer(db);
      const missionId = await createMission(db, await createEstablishment(db));
      await expectViolation(db, checkViolation('candidacies_proposed_check'), () =>
        insert(db, 'candidacies', candidacyRow(professionalId, missionId, 'PROPOSED', { proposed_at: null })),
      );
      await expectAccepted(db, () => insert(db, 'candidacies', candidacyRow(professionalId, missionId, 'PROPOSED')));
    }));
});

// ───────────────────────────── crisis modes ─────────────────────────────

describe('crisis modes', () => {
  test('at most one active crisis mode per region (crisis_modes_one_active_per_region)', () =>
    inRolledBackTransaction(async (db) => {
      // Another test may have left a region in crisis: take two regions that are not.
      const { rows } = await db.query<{ code: string }>(
        `SELECT "code" FROM "regions" WHERE "code" NOT IN (SELECT "region_code" FROM "crisis_modes" WHERE "ended_at" IS NULL) ORDER BY "code" LIMIT 2`,
      );
      expect(rows).toHaveLength(2);
      const [region, otherRegion] = rows.map((row) => row.code);
      const crisis = (regionCode: string, endedAt: Date | null): Promise<void> =>
        insert(db, 'crisis_modes', { id: randomUUID(), region_code: regionCode, ended_at: endedAt });

      await crisis(region, null);
      await expectViolation(db, uniqueViolation('crisis_modes_one_active_per_region'), () => crisis(region, null));
      await expectAccepted(db, () => crisis(region, new Date())); // ended ones are history
      await expectAccepted(db, () => crisis(otherRegion, null));
    }));

  test('a crisis mode limited to some professions lists at least one (crisis_modes_professions_check)', () =>
    inRolledBackTransaction(async (db) => {
      const crisis = (row: Row): Promise<void> => insert(db, 'crisis_modes', { id: randomUUID(), region_code: '76', ended_at: new Date(), ...row });
      await expectViolation(db, checkViolation('crisis_modes_professions_check'), () => crisis({ all_professions: false, profession_codes: [] }));
      await expectAccepted(db, () => crisis({ all_professions: false, profession_codes: ['NURSE'] }));
    }));
});

// ───────────────────────────── RPPS+ ─────────────────────────────

describe('RPPS records and requests', () => {
  test('an RPPS number is 11 digits (rpps_records_rpps_number_format_check)', () =>
    inRolledBackTransaction(async (db) => {
      for (const rppsNumber of [digits(10), digits(12), `${digits(10)}X`]) {
        await expectViolation(db, checkViolation('rpps_records_rpps_number_format_check'), () =>
          insert(db, 'rpps_records', rppsRecordRow({ rpps_number: rppsNumber })),
        );
      }
      await expectAccepted(db, () => insert(db, 'rpps_records', rppsRecordRow()));
    }));

  test('an RPPS number never changes once assigned (trigger rpps_records_rpps_number_permanent)', () =>
    inRolledBackTransaction(async (db) => {
      const record = rppsRecordRow();
      await insert(db, 'rpps_records', record);
      const error = await attempt(db, () => db.query('UPDATE "rpps_records" SET "rpps_number" = $1 WHERE "id" = $2', [digits(11), record.id]));
      // A trigger's RAISE has no constraint name: identify it by its SQLSTATE, message and function.
      expect(error && { code: error.code, message: error.message }).toEqual({ code: CHECK, message: 'an RPPS number never changes' });
      expect(error?.where).toContain('rpps_number_is_permanent');
      // Other columns stay editable, and rewriting the same number is not a change.
      await expectAccepted(db, () => db.query(`UPDATE "rpps_records" SET "practice_last_name" = 'Durand' WHERE "id" = $1`, [record.id]));
      await expectAccepted(db, () => db.query('UPDATE "rpps_records" SET "rpps_number" = $1 WHERE "id" = $2', [record.rpps_number, record.id]));
    }));

  test('a practice situation ends on or after its start (practice_situations_dates_check)', () =>
    inRolledBackTransaction(async (db) => {
      const record = rppsRecordRow();
      await insert(db, 'rpps_records', record);
      const establishmentId = await createEstablishment(db);
      const situation = (end: string): Promise<void> =>
        insert(db, 'practice_situations', {
          id: randomUUID(),
          record_id: record.id,
          establishment_id: establishmentId,
          profession_code: 'NURSE',
          role: 'Infirmier',
          start_date: '2026-12-10',
          end_date: end,
        });
      await expectViolation(db, checkViolation('practice_situations_dates_check'), () => situation('2026-12-09'));
      await expectAccepted(db, () => situation('2026-12-10'));
    }));

  test('a request number is P + yyyymmdd + a sequence, and the wizard step is 1..5 (rpps_requests_*_check)', () =>
    inRolledBackTransaction(async (db) => {
      const establishmentId = await createEstablishment(db);
      const request = (overrides: Row): Promise<void> =>
        insert(db, 'rpps_requests', {
          id: randomUUID(),
          number: `P20261122${digits(9)}`,
          procedure: 'INITIAL_REGISTRATION',
          status: 'ENTERED_BY_PROFESSIONAL',
          establishment_id: establishmentId,
          updated_at: new Date(),
          ...overrides,
        });
      for (const number of [`R20261122${digits(6)}`, 'P20261122', 'P2026112', `p20261122${digits(6)}`, `P2026-11-22${digits(6)}`]) {
        await expectViolation(db, checkViolation('rpps_requests_number_format_check'), () => request({ number }));
      }
      await expectAccepted(db, () => request({ number: `P20261122${digits(9)}` }));
      for (const step of [0, 6]) {
        await expectViolation(db, checkViolation('rpps_requests_step_check'), () => request({ current_step: step }));
      }
      await expectAccepted(db, () => request({ current_step: 5 }));
    }));

  test('the RPPS number and request number sequences exist and increase', () =>
    inRolledBackTransaction(async (db) => {
      for (const sequence of ['rpps_number_seq', 'rpps_request_number_seq']) {
        const { rows } = await db.query<{ increment_by: string; cycle: boolean }>(
          'SELECT "increment_by", "cycle" FROM pg_sequences WHERE schemaname = current_schema() AND sequencename = $1',
          [sequence],
        );
        // Never cycling is what makes the numbers never reused.
        expect(rows).toEqual([{ increment_by: '1', cycle: false }]);
        // nextval is not transactional: these two values are consumed even though the test rolls back.
        const first = await db.query<{ value: string }>('SELECT nextval($1::regclass) AS value', [sequence]);
        const second = await db.query<{ value: string }>('SELECT nextval($1::regclass) AS value', [sequence]);
        expect(BigInt(second.rows[0].value)).toBeGreaterThan(BigInt(first.rows[0].value));
      }
    }));
});

// ───────────────────────────── counters and settings ─────────────────────────────

describe('counters and settings', () => {
  test('counters never go negative and a reservation delay is 1 h to 30 days', () =>
    inRolledBackTransaction(async (db) => {
      await expectViolation(db, checkViolation('email_outbox_attempts_check'), () =>
        insert(db, 'email_outbox', { id: randomUUID(), to: 'a@constraints.test', subject: 's', html: 'h', text: 't', template: 'x', attempts: -1 }),
      );
      await expectViolation(db, checkViolation('rate_limit_counters_count_check'), () =>
        insert(db, 'rate_limit_counters', { key: `test:${randomUUID()}`, window_start: new Date(), count: -1 }),
      );
      for (const hours of [0, 721]) {
        await expectViolation(db, checkViolation('regions_reservation_delay_check'), () =>
          db.query('UPDATE "regions" SET "reservation_delay_hours" = $1 WHERE "code" = $2', [hours, '76']),
        );
      }
      await expectAccepted(db, () => db.query('UPDATE "regions" SET "reservation_delay_hours" = 720 WHERE "code" = $1', ['76']));
    }));

  test('the national settings are one row, and the check-in period 7 to 90 days (migration 20261206030000)', () =>
    inRolledBackTransaction(async (db) => {
      for (const days of [6, 91]) {
        await expectViolation(db, checkViolation('national_settings_checkin_period_check'), () =>
          db.query('UPDATE "national_settings" SET "checkin_period_days" = $1 WHERE "id" = 1', [days]),
        );
      }
      await expectViolation(db, checkViolation('national_settings_single_row_check'), () => insert(db, 'national_settings', { id: 2 }));
      await expectAccepted(db, () => db.query('UPDATE "national_settings" SET "checkin_period_days" = 90 WHERE "id" = 1'));
    }));

  test('the indicators snapshot has one refresh row (migration 20261207010000)', () =>
    inRolledBackTransaction(async (db) => {
      await db.query('DELETE FROM "volunteer_figures_refreshes"');
      await expectViolation(db, checkViolation('volunteer_figures_refreshes_single_check'), () =>
        insert(db, 'volunteer_figures_refreshes', { id: 2, computed_at: new Date(), day: '2026-12-06' }),
      );
      await expectAccepted(db, () => insert(db, 'volunteer_figures_refreshes', { id: 1, computed_at: new Date(), day: '2026-12-06' }));
    }));

  test('the « Statut : Affecté » filter reads the few volunteers with an assignment (professionals_assigned_idx)', async () => {
    const { rows } = await pool.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'professionals_assigned_idx'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.indexdef).toMatch(
      /^CREATE INDEX professionals_assigned_idx ON (\w+\.)?professionals USING btree \(region_code, assigned_until\) WHERE \(assigned_until IS NOT NULL\)$/,
    );
  });
});

describe('audit log', () => {
  // Every entity type is covered by tests/integration/journal.test.ts; here, that the trigger exists and
  // fills the column the ARS's journal reads (migration 20261205040000, docs/decisions/026).
  test('a row gets the region of its entity, else of its actor (trigger audit_log_region_code)', () =>
    inRolledBackTransaction(async (db) => {
      const establishment = establishmentRow({ region_code: '11', department_code: '94', finess: `94${digits(7)}` });
      await insert(db, 'establishments', establishment);
      const mission = missionRow(String(establishment.id));
      await insert(db, 'missions', mission);
      const ars = userRow({ role: 'ARS', region_code: '53' });
      await insert(db, 'users', ars);
      const regionOf = async (entityType: string, entityId: string, actorId: string | null) =>
        (await db.query<{ region_code: string | null }>(
          'INSERT INTO "audit_log" ("action", "entity_type", "entity_id", "actor_id") VALUES ($1, $2, $3, $4) RETURNING "region_code"',
          ['test.trigger', entityType, entityId, actorId],
        )).rows[0]!.region_code;
      expect(await regionOf('Mission', String(mission.id), String(ars.id))).toBe('11');
      expect(await regionOf('Mission', randomUUID(), String(ars.id))).toBe('53');
      expect(await regionOf('Mission', randomUUID(), null)).toBeNull();
    }));
});

describe('identity federation (migration 20261208010000)', () => {
  const identityRow = (userId: string, overrides: Row = {}): Row => ({
    id: randomUUID(),
    user_id: userId,
    provider: 'PRO_SANTE_CONNECT',
    subject: `sub-${randomUUID()}`,
    rpps_number: `10${digits(9)}`,
    ...overrides,
  });

  test('only a PSC identity carries an RPPS number, of 11 digits (federated_identities_rpps_check)', () =>
    inRolledBackTransaction(async (db) => {
      const user = userRow();
      await insert(db, 'users', user);
      const id = String(user.id);
      await expectViolation(db, checkViolation('federated_identities_rpps_check'), () => insert(db, 'federated_identities', identityRow(id, { rpps_number: null })));
      await expectViolation(db, checkViolation('federated_identities_rpps_check'), () => insert(db, 'federated_identities', identityRow(id, { rpps_number: '123' })));
      await expectViolation(db, checkViolation('federated_identities_rpps_check'), () =>
        insert(db, 'federated_identities', identityRow(id, { provider: 'PROCONNECT', rpps_number: `10${digits(9)}` })),
      );
      await expectAccepted(db, () => insert(db, 'federated_identities', identityRow(id, { provider: 'PROCONNECT', rpps_number: null })));
      await expectAccepted(db, () => insert(db, 'federated_identities', identityRow(id)));
    }));

  test('one RPPS number belongs to one account (federated_identities_one_account_per_rpps)', () =>
    inRolledBackTransaction(async (db) => {
      const [first, second] = [userRow(), userRow()];
      await insert(db, 'users', first);
      await insert(db, 'users', second);
      const rpps = `10${digits(9)}`;
      await insert(db, 'federated_identities', identityRow(String(first.id), { rpps_number: rpps }));
      await expectViolation(db, uniqueViolation('federated_identities_one_account_per_rpps'), () =>
        insert(db, 'federated_identities', identityRow(String(second.id), { rpps_number: rpps })),
      );
    }));

  test('a password link names its account, a sign-up none (federation_intents_purpose_check)', () =>
    inRolledBackTransaction(async (db) => {
      const user = userRow();
      await insert(db, 'users', user);
      const intent = (overrides: Row): Row => ({
        id: randomUUID(),
        token_hash: randomUUID(),
        provider: 'PRO_SANTE_CONNECT',
        subject: 'sub',
        claims: '{}',
        expires_at: new Date(),
        ...overrides,
      });
      await expectViolation(db, checkViolation('federation_intents_purpose_check'), () => insert(db, 'federation_intents', intent({ purpose: 'LINK_WITH_PASSWORD', user_id: null })));
      await expectViolation(db, checkViolation('federation_intents_purpose_check'), () => insert(db, 'federation_intents', intent({ purpose: 'SIGN_UP', user_id: user.id })));
      await expectAccepted(db, () => insert(db, 'federation_intents', intent({ purpose: 'LINK_WITH_PASSWORD', user_id: user.id })));
      await expectAccepted(db, () => insert(db, 'federation_intents', intent({ purpose: 'SIGN_UP', user_id: null })));
    }));
});

// ───────────────────────────── coverage ─────────────────────────────

test('every check constraint, partial unique index and trigger of the database is tested in this file', async () => {
  // A new invariant added to a migration must come with its test here: this list is what the tests above
  // cover, and it must equal what the database holds.
  const tested = [
    'account_requests_identifier_check',
    'account_requests_refusal_check',
    'audit_log_region_code',
    'availability_periods_dates_check',
    // The search-state triggers and partial indexes are tested in search-state.test.ts.
    'availability_periods_deleted',
    'availability_periods_inserted',
    'availability_periods_updated',
    'candidacies_deleted',
    'candidacies_inserted',
    // The life cycle's guards (migrations 20261206010000 and 20261206010100) are tested in
    // candidacy-lifecycle-db.test.ts.
    'candidacies_no_overlapping_assignments',
    'candidacies_one_assignment_per_mission',
    'candidacies_one_reservation_per_professional',
    'candidacies_period',
    'candidacies_proposed_check',
    'candidacies_status_transition',
    'candidacies_updated',
    'crisis_modes_one_active_per_region',
    'crisis_modes_professions_check',
    'documents_size_check',
    'email_outbox_attempts_check',
    'establishments_finess_format_check',
    'establishments_identifier_check',
    'establishments_siret_format_check',
    'federated_identities_one_account_per_rpps',
    'federated_identities_rpps_check',
    'federation_intents_purpose_check',
    'login_throttles_failures_check',
    'missions_archived_check',
    'missions_dates_check',
    'missions_dates_updated',
    'missions_end_date_updated',
    'missions_filled_count_check',
    'missions_requested_count_check',
    'national_settings_checkin_period_check',
    'national_settings_single_row_check',
    'practice_situations_dates_check',
    'professionals_assigned_idx',
    'professionals_availability_days_check',
    // The check-in job's index is tested in availability-checkins-job.test.ts.
    'professionals_checkin_due_idx',
    'professionals_identifier_check',
    // The names copy's triggers (migration 20261207010000) are tested in candidate-search-columns.test.ts
    // and regulator-tables-scale.test.ts.
    'professionals_names',
    'professionals_national_searchable_idx',
    'professionals_searchable_idx',
    'rate_limit_counters_count_check',
    'regions_reservation_delay_check',
    'rpps_records_rpps_number_format_check',
    'rpps_records_rpps_number_permanent',
    'rpps_requests_number_format_check',
    'rpps_requests_step_check',
    'user_sessions_ended_check',
    'users_anonymised_check',
    'users_ars_region_check',
    'users_disabled_reason_check',
    'users_email_lower_check',
    'users_names_updated',
    'users_pending_email_lower_check',
    'users_retention_idx',
    'users_session_version_check',
    'users_status_updated',
    'volunteer_figures_refreshes_single_check',
  ];
  const { rows } = await pool.query<{ name: string }>(
    `SELECT c.conname::text AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'c' AND n.nspname = current_schema()
     UNION
     SELECT i.relname::text FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
      WHERE ix.indpred IS NOT NULL AND n.nspname = current_schema()
     UNION
     SELECT t.tgname::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT t.tgisinternal AND n.nspname = current_schema()
     ORDER BY 1`,
  );
  expect(rows.map((row) => row.name)).toEqual(tested);
});
