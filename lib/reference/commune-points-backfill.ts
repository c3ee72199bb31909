import 'server-only';
import type { PrismaClient } from '@/lib/db';
import { lookupPlace } from '@/lib/reference/postal-codes';

// Since each commune has its own point (docs/decisions/010, update of 2026-12-07), a place written before
// kept its postal code's point — the code's most populous commune, up to 34 km away in rural codes. This
// puts each volunteer and establishment at the point their postal code and town give now, in batches, so
// that it can run on a live database: each row is rewritten only when its point changes, and a second run
// changes nothing. A volunteer's home is never CEDEX; an establishment's address may be.

export interface BackfillReport {
  professionals: number;
  establishments: number;
}

type Row = { id: string; postalCode: string; city: string; longitude: number | null; latitude: number | null };

const SAME_POINT = 1e-7;

function newPoint(row: Row, cedex: boolean): [number, number] | null {
  const lookup = lookupPlace(row.postalCode, row.city, { cedex });
  if (!lookup.ok) return null;
  const [longitude, latitude] = lookup.place.coordinates;
  const unchanged =
    row.longitude !== null && row.latitude !== null && Math.abs(row.longitude - longitude) < SAME_POINT && Math.abs(row.latitude - latitude) < SAME_POINT;
  return unchanged ? null : [longitude, latitude];
}

interface Table {
  read: (after: string | undefined, take: number) => Promise<Row[]>;
  /** Conditional on the place read: a row whose place changed meanwhile keeps what its own save wrote. */
  write: (row: Row, point: [number, number]) => Promise<number>;
  cedex: boolean;
}

async function backfill(table: Table, batchSize: number): Promise<number> {
  let moved = 0;
  for (let after: string | undefined; ; ) {
    const rows = await table.read(after, batchSize);
    if (rows.length === 0) return moved;
    for (const row of rows) {
      const point = newPoint(row, table.cedex);
      if (point) moved += await table.write(row, point);
    }
    after = rows[rows.length - 1]!.id;
  }
}

const SELECT = { id: true, postalCode: true, city: true, longitude: true, latitude: true } as const;
const page = (after: string | undefined, take: number) => ({ select: SELECT, orderBy: { id: 'asc' as const }, take, ...(after ? { where: { id: { gt: after } } } : {}) });
const samePlace = (row: Row) => ({ id: row.id, postalCode: row.postalCode, city: row.city });
const pointData = (point: [number, number]) => ({ longitude: point[0], latitude: point[1] });

export async function backfillCommunePoints(db: PrismaClient, { batchSize = 500 }: { batchSize?: number } = {}): Promise<BackfillReport> {
  const professionals = await backfill(
    {
      read: (after, take) => db.professional.findMany(page(after, take)),
      write: async (row, point) => (await db.professional.updateMany({ where: samePlace(row), data: pointData(point) })).count,
      cedex: false,
    },
    batchSize,
  );
  const establishments = await backfill(
    {
      read: (after, take) => db.establishment.findMany(page(after, take)),
      write: async (row, point) => (await db.establishment.updateMany({ where: samePlace(row), data: pointData(point) })).count,
      cedex: true,
    },
    batchSize,
  );
  return { professionals, establishments };
}
