import { randomInt, randomUUID } from 'node:crypto';
import pg from 'pg';

// Plain `pg` for the tests of the database's own invariants (constraints.test.ts,
// candidacy-lifecycle-db.test.ts): unlike Prisma Client, its errors keep PostgreSQL's `code`,
// `constraint` and `where` fields intact. The database is shared with the other integration tests, so
// each test runs in a transaction that is rolled back (expected failures isolated by savepoints).

export type Value = string | number | boolean | Date | null | string[];
export type Row = Record<string, Value>;

/** A pool on the test database. A fresh database has no professions (they are seeded, not migrated);
 * missions and volunteers need one. */
export async function openRawPool(): Promise<pg.Pool> {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL must point to a migrated PostgreSQL');
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  await pool.query(`INSERT INTO "professions" ("code", "label") VALUES ('NURSE', 'Infirmier (IDE)') ON CONFLICT ("code") DO NOTHING`);
  return pool;
}

export async function inRolledBackTransaction(pool: pg.Pool, run: (db: pg.ClientBase) => Promise<void>): Promise<void> {
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    await run(db);
  } finally {
    await db.query('ROLLBACK');
    db.release();
  }
}

export async function insert(db: pg.ClientBase, table: string, row: Row): Promise<void> {
  const columns = Object.keys(row);
  await db.query(
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
    Object.values(row),
  );
}

/** Runs `statement` and returns PostgreSQL's error, or null; the transaction stays usable either way. */
export async function attempt(db: pg.ClientBase, statement: () => Promise<unknown>): Promise<pg.DatabaseError | null> {
  await db.query('SAVEPOINT attempt');
  try {
    await statement();
    await db.query('RELEASE SAVEPOINT attempt');
    return null;
  } catch (error) {
    await db.query('ROLLBACK TO SAVEPOINT attempt');
    if (error instanceof pg.DatabaseError) return error;
    throw error;
  }
}

export const digits = (count: number): string => Array.from({ length: count }, () => randomInt(10)).join('');

export const userRow = (overrides: Row = {}): Row => ({
  id: randomUUID(),
  email: `${randomUUID()}@constraints.test`,
  role: 'PROFESSIONAL',
  first_name: 'Camille',
  last_name: 'Test',
  updated_at: new Date(),
  ...overrides,
});

export const professionalRow = (userId: string, overrides: Row = {}): Row => ({
  id: randomUUID(),
  user_id: userId,
  phone: '0600000000',
  postal_code: '34000',
  city: 'Montpellier',
  department_code: '34',
  region_code: '76',
  profession_code: 'NURSE',
  activity_type: 'EMPLOYEE',
  identifier_type: 'NONE',
  identifier_number: null,
  mobilisation: 'REGIONAL',
  terms_accepted_at: new Date(),
  data_consent_at: new Date(),
  updated_at: new Date(),
  ...overrides,
});

export const establishmentRow = (overrides: Row = {}): Row => ({
  id: randomUUID(),
  finess: `34${digits(7)}`,
  name: 'CHU Test',
  category: 'CH',
  address: '1 rue du Test',
  postal_code: '34000',
  city: 'Montpellier',
  department_code: '34',
  region_code: '76',
  updated_at: new Date(),
  ...overrides,
});

export const missionRow = (establishmentId: string, overrides: Row = {}): Row => ({
  id: randomUUID(),
  establishment_id: establishmentId,
  profession_code: 'NURSE',
  start_date: '2026-12-01',
  end_date: '2026-12-31',
  requested_count: 2,
  updated_at: new Date(),
  ...overrides,
});

export async function createVolunteer(db: pg.ClientBase, overrides: Row = {}): Promise<string> {
  const user = userRow();
  await insert(db, 'users', user);
  const professional = professionalRow(String(user.id), overrides);
  await insert(db, 'professionals', professional);
  return String(professional.id);
}

export async function createEstablishment(db: pg.ClientBase): Promise<string> {
  const establishment = establishmentRow();
  await insert(db, 'establishments', establishment);
  return String(establishment.id);
}

export async function createMission(db: pg.ClientBase, establishmentId: string, overrides: Row = {}): Promise<string> {
  const mission = missionRow(establishmentId, overrides);
  await insert(db, 'missions', mission);
  return String(mission.id);
}
