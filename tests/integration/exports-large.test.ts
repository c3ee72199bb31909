/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { GET } from '@/app/api/exports/[dataset]/route';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { disconnectPrisma, prisma } from '@/lib/db';
import { ensureReferenceData } from '../factories';
import { actorOf } from './indicators-support';

// SPEC §7.2 at scale: 100 000 volunteers of Guadeloupe (01, used by no other test file) exported as csv
// and as xlsx through the route handler, read chunk by chunk as a browser would. The export must stream:
// the memory the process keeps (measured after a garbage collection) must stay far below what holding
// 100 000 records or the whole file would take (several hundred MB).
//
// The rows are inserted with three set-based statements in one transaction: lib/seed/volunteers.ts's
// seedVolunteers spreads its volunteers over every region, which would shift the counts of test files
// running alongside, and it has no region option.

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);
jest.setTimeout(300_000);

const REGION = '01';
const COUNT = 100_000;
const RUN = randomUUID().slice(0, 8);
/**
 * Retained growth allowed while exporting: a few batches and the writers' buffers. Holding the 100 000
 * records (Prisma objects, or exceljs's in-memory workbook) takes hundreds of MB; holding the csv text,
 * about 60 MB.
 */
const MAX_RETAINED_GROWTH = 50 * 1024 * 1024;
/** A full collection every 2 MB of output: often enough to see a build-up, rarely enough to stay quick. */
const SAMPLE_EVERY = 2 * 1024 * 1024;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** After a full collection: live JavaScript objects, and the buffers outside the heap. */
function retained(): { heap: number; external: number } {
  gc();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, external: usage.external };
}

let ars: Actor;

beforeAll(async () => {
  await ensureReferenceData();
  ars = await actorOf('ARS', { regionCode: REGION });
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`CREATE TEMP TABLE big ON COMMIT DROP AS
        SELECT g, gen_random_uuid()::text AS uid, gen_random_uuid()::text AS pid FROM generate_series(1, ${COUNT}) g`);
      await tx.$executeRawUnsafe(`INSERT INTO users (id, email, role, status, first_name, last_name, updated_at)
        SELECT uid, 'export-' || '${RUN}' || '-' || g || '@export-large.test', 'PROFESSIONAL', 'ACTIVE', 'Amélie', 'Lefèvre ' || g, now() FROM big`);
      await tx.$executeRawUnsafe(`INSERT INTO professionals (id, user_id, phone, postal_code, city, department_code, region_code, profession_code,
          activity_type, identifier_type, mobilisation, comment, terms_accepted_at, data_consent_at, updated_at)
        SELECT pid, uid, '0690000000', '97100', 'Basse-Terre', '971', '${REGION}', CASE WHEN g % 3 = 0 THEN 'NURSE' ELSE 'CARE_ASSISTANT' END,
          'EMPLOYEE', 'NONE', 'REGIONAL', 'Disponible ; "nuits" comprises', now(), now(), now() FROM big`);
      await tx.$executeRawUnsafe(`INSERT INTO availability_periods (id, professional_id, start_date, end_date)
        SELECT gen_random_uuid()::text, pid, DATE '2026-01-01', NULL FROM big`);
    },
    { timeout: 240_000 },
  );
  await prisma.$executeRawUnsafe('ANALYZE users, professionals, availability_periods');
});

afterAll(async () => {
  // 100 000 rows would slow every later test file's scans: they go, with their records (cascade).
  await prisma.$executeRawUnsafe(`DELETE FROM users WHERE email LIKE 'export-${RUN}-%@export-large.test'`);
  await disconnectPrisma();
});

interface Drained {
  bytes: number;
  /** Largest growth of the JavaScript heap seen while reading. */
  heapGrowth: number;
  /** Largest growth of heap + external buffers. */
  totalGrowth: number;
}

/** Reads the body as a browser would, measuring the retained memory every few MB. */
async function drain(response: Response, onChunk: (chunk: Uint8Array) => void): Promise<Drained> {
  const baseline = retained();
  const drained: Drained = { bytes: 0, heapGrowth: 0, totalGrowth: 0 };
  const sample = () => {
    const now = retained();
    drained.heapGrowth = Math.max(drained.heapGrowth, now.heap - baseline.heap);
    drained.totalGrowth = Math.max(drained.totalGrowth, now.heap + now.external - baseline.heap - baseline.external);
  };
  let nextSample = SAMPLE_EVERY;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    drained.bytes += value.byteLength;
    onChunk(value);
    if (drained.bytes >= nextSample) {
      sample();
      nextSample += SAMPLE_EVERY;
    }
  }
  sample();
  return drained;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

it('streams 100 000 volunteers as csv, one line each, without keeping them in memory', async () => {
  mockedGetActor.mockResolvedValue(ars);
  const response = await GET(new Request('http://localhost/api/exports/benevoles?format=csv'), { params: Promise.resolve({ dataset: 'benevoles' }) });
  expect(response.status).toBe(200);
  let newlines = 0;
  let first = '';
  const { bytes, totalGrowth } = await drain(response, (chunk) => {
    if (!first) first = new TextDecoder().decode(chunk.slice(0, 200));
    for (const byte of chunk) if (byte === 0x0a) newlines += 1;
  });
  expect(first.startsWith('Nom;Prénom;Courriel')).toBe(true);
  // The header, then one CRLF-terminated line per volunteer (no comment here spans lines).
  expect(newlines).toBe(COUNT + 1);
  expect(await prisma.professional.count({ where: { regionCode: REGION } })).toBe(COUNT);
  expect(bytes).toBeGreaterThan(COUNT * 150);
  console.log(`csv: ${mb(bytes)} exported; retained memory (heap + buffers) grew by ${mb(totalGrowth)} at most`);
  expect(totalGrowth).toBeLessThan(MAX_RETAINED_GROWTH);
});

it('streams the same 100 000 volunteers as xlsx', async () => {
  mockedGetActor.mockResolvedValue(ars);
  const response = await GET(new Request('http://localhost/api/exports/benevoles?format=xlsx'), { params: Promise.resolve({ dataset: 'benevoles' }) });
  expect(response.status).toBe(200);
  const parts: Uint8Array[] = [];
  const { bytes, heapGrowth } = await drain(response, (chunk) => parts.push(chunk));
  // The heap only: this test keeps the file's bytes to read it back, and zlib's native buffers come and go.
  console.log(`xlsx: ${mb(bytes)} exported; retained heap grew by ${mb(heapGrowth)} at most`);
  expect(heapGrowth).toBeLessThan(MAX_RETAINED_GROWTH);
  // Reading it back with the streaming reader: every row is there.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.concat(parts)]), { worksheets: 'emit', sharedStrings: 'cache' });
  let rows = 0;
  for await (const sheet of reader) for await (const _row of sheet) rows += 1;
  expect(rows).toBe(COUNT + 1);
});
