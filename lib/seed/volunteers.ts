import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PROFESSIONS } from '@/lib/reference/professions';
import { MEDICAL_SPECIALITY_CODES } from '@/lib/reference/medical-specialities';
import { ACTIVITY_TYPE_CODES } from '@/lib/reference/activity-types';
import { MOBILISATION_CODES } from '@/lib/reference/mobilisation';
import { REGION_CODES } from '@/lib/reference/regions';
import { FIRST_NAMES, LAST_NAMES } from '@/lib/seed/names';
import { randomPlace } from '@/lib/seed/geography';
import { Random } from '@/lib/seed/random';
import { DAY_MS, toIsoDay } from '@/lib/dates/days';

// Realistic volunteers in bulk (`npm run db:seed -- --volunteers N`): plain multi-row inserts through
// unnest(), 5,000 rows per statement, so 100,000 volunteers take seconds, not minutes.

const BATCH = 5_000;

// Nurses and care assistants dominate the real pool; doctors and students follow.
const WEIGHTED_PROFESSIONS = PROFESSIONS.flatMap((p) => {
  const weight = { NURSE: 12, CARE_ASSISTANT: 10, DOCTOR: 6, NURSING_STUDENT: 5, HOSPITAL_SERVICE_AGENT: 4 }[p.code as string] ?? 1;
  return Array.from({ length: weight }, () => p.code);
});

export interface VolunteerBatchOptions {
  count: number;
  seed?: number;
  /** Email domain, so that several generations never collide (`<prefix>-<n>@<domain>`). */
  emailPrefix?: string;
  passwordHash?: string | null;
  now?: Date;
  /**
   * One mission's crowd (the map benchmark, decision 037): everyone lives in this region, wants to be
   * mobilised there, in this profession, at the « Régionale » level, has every experience, a vehicle
   * and the week-ends, and is available from today on — so that all of them are in the mission's pool.
   * Absent: the country's mix.
   */
  crowd?: { regionCode: string; professionCode: string };
}

interface Rows {
  users: unknown[][];
  professionals: unknown[][];
  periods: unknown[][];
}

/**
 * The `availability` multirange PostgreSQL's trigger would compute from these periods (union, both ends
 * included, open end unbounded). Written with the row, so the trigger finds it right and rewrites nothing.
 */
export function availabilityLiteral(periods: { start: Date; end: Date | null }[]): string {
  const sorted = [...periods].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: { start: number; endExclusive: number }[] = [];
  for (const period of sorted) {
    const start = period.start.getTime();
    const endExclusive = period.end ? period.end.getTime() + DAY_MS : Number.POSITIVE_INFINITY;
    const last = merged[merged.length - 1];
    if (last && start <= last.endExclusive) last.endExclusive = Math.max(last.endExclusive, endExclusive);
    else merged.push({ start, endExclusive });
  }
  const ranges = merged.map(({ start, endExclusive }) =>
    `[${toIsoDay(new Date(start))},${Number.isFinite(endExclusive) ? toIsoDay(new Date(endExclusive)) : ''})`,
  );
  return `{${ranges.join(',')}}`;
}

export function generateVolunteerRows(options: VolunteerBatchOptions, offset: number, size: number): Rows {
  const random = new Random((options.seed ?? 2026) + offset);
  const now = options.now ?? new Date();
  const prefix = options.emailPrefix ?? 'renfort';
  const rows: Rows = { users: [], professionals: [], periods: [] };
  for (let i = 0; i < size; i += 1) {
    const n = offset + i;
    const userId = randomUUID();
    const professionalId = randomUUID();
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const crowd = options.crowd;
    const place = randomPlace(random, crowd?.regionCode);
    // Most volunteers want to be mobilised where they live; some choose another region.
    const regionCode = crowd ? crowd.regionCode : random.chance(0.9) ? place.regionCode : random.pick(REGION_CODES);
    const professionCode = crowd ? crowd.professionCode : random.pick(WEIGHTED_PROFESSIONS);
    const identifierType = random.chance(0.6) ? 'RPPS' : random.chance(0.5) ? 'ADELI' : 'NONE';
    const identifierNumber =
      identifierType === 'RPPS'
        ? `1${String(random.int(0, 9_999_999_999)).padStart(10, '0')}`
        : identifierType === 'ADELI'
          ? String(random.int(100_000_000, 999_999_999))
          : null;
    const weekdays = random.chance(0.85);
    const createdAt = new Date(now.getTime() - random.int(0, 400) * DAY_MS);
    rows.users.push([userId, `${prefix}-${n}@benevoles.renfort.test`, options.passwordHash ?? null, firstName, lastName, createdAt]);
    rows.professionals.push([
      professionalId,
      userId,
      `06${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      place.postalCode,
      place.communes[0]!.name,
      place.departmentCode,
      regionCode,
      place.coordinates[0],
      place.coordinates[1],
      professionCode,
      professionCode === 'DOCTOR' ? random.pick(MEDICAL_SPECIALITY_CODES) : null,
      random.pick(ACTIVITY_TYPE_CODES),
      identifierType,
      identifierNumber,
      crowd !== undefined || random.chance(0.6),
      crowd !== undefined || random.chance(0.35),
      crowd !== undefined || random.chance(0.2),
      crowd !== undefined || random.chance(0.3),
      weekdays,
      crowd !== undefined || !weekdays || random.chance(0.5),
      crowd ? 'REGIONAL' : random.pick(MOBILISATION_CODES),
      crowd !== undefined || random.chance(0.92),
      createdAt,
    ]);
    const periodCount = crowd ? 0 : random.int(1, 2);
    const periods: { start: Date; end: Date | null }[] = [];
    if (crowd) {
      periods.push({ start: new Date(Date.parse(toIsoDay(now))), end: null });
      rows.periods.push([randomUUID(), professionalId, toIsoDay(now), null]);
    }
    for (let p = 0; p < periodCount; p += 1) {
      const start = new Date(Date.parse(toIsoDay(new Date(now.getTime() + random.int(-60, 90) * DAY_MS))));
      const end = random.chance(0.25) ? null : new Date(start.getTime() + random.int(7, 120) * DAY_MS);
      periods.push({ start, end });
      rows.periods.push([randomUUID(), professionalId, toIsoDay(start), end ? toIsoDay(end) : null]);
    }
    // Their last confirmation of availability (SPEC §5.2) within the last 13 days, from the row's number
    // rather than a draw, so that the random values above stay those of earlier seeds; none is due for a
    // check-in on the day of the seed.
    const confirmedAt = new Date(Math.max(createdAt.getTime(), now.getTime() - (n % 14) * DAY_MS));
    rows.professionals[rows.professionals.length - 1]!.push(availabilityLiteral(periods), confirmedAt);
  }
  return rows;
}

function columns(rows: unknown[][], count: number): unknown[][] {
  return Array.from({ length: count }, (_, column) => rows.map((row) => row[column]));
}

async function insertRows(client: pg.Client, rows: Rows): Promise<void> {
  await client.query(
    `INSERT INTO users (id, email, password_hash, first_name, last_name, created_at, role, status, updated_at)
     SELECT id, email, password_hash, first_name, last_name, created_at, 'PROFESSIONAL', 'ACTIVE', created_at
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
       AS t(id, email, password_hash, first_name, last_name, created_at)`,
    columns(rows.users, 6),
  );
  await client.query(
    `INSERT INTO professionals (id, user_id, phone, postal_code, city, department_code, region_code, longitude,
       latitude, profession_code, speciality, activity_type, identifier_type, identifier_number, has_vehicle,
       ehpad_experience, icu_experience, vaccination_experience, available_weekdays, available_weekends,
       mobilisation, available, created_at, updated_at, terms_accepted_at, data_consent_at, availability,
       availability_confirmed_at)
     SELECT id, user_id, phone, postal_code, city, department_code, region_code, longitude, latitude,
       profession_code, speciality, activity_type::"ActivityType", identifier_type::"IdentifierType",
       identifier_number, has_vehicle, ehpad, icu, vaccination, weekdays, weekends,
       mobilisation::"Mobilisation", available, created_at, created_at, created_at, created_at, availability::datemultirange,
       confirmed_at
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::float8[], $9::float8[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
       $15::bool[], $16::bool[], $17::bool[], $18::bool[], $19::bool[], $20::bool[], $21::text[], $22::bool[],
       $23::timestamptz[], $24::text[], $25::timestamptz[])
       AS t(id, user_id, phone, postal_code, city, department_code, region_code, longitude, latitude,
         profession_code, speciality, activity_type, identifier_type, identifier_number, has_vehicle, ehpad,
         icu, vaccination, weekdays, weekends, mobilisation, available, created_at, availability, confirmed_at)`,
    columns(rows.professionals, 25),
  );
  await client.query(
    `INSERT INTO availability_periods (id, professional_id, start_date, end_date)
     SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::date[])`,
    columns(rows.periods, 4),
  );
}

/** Inserts `count` volunteers; each batch commits on its own so memory stays flat. */
export async function seedVolunteers(connectionString: string, options: VolunteerBatchOptions): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    for (let offset = 0; offset < options.count; offset += BATCH) {
      const rows = generateVolunteerRows(options, offset, Math.min(BATCH, options.count - offset));
      await client.query('BEGIN');
      await insertRows(client, rows);
      await client.query('COMMIT');
    }
    await client.query('ANALYZE users, professionals, availability_periods');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
