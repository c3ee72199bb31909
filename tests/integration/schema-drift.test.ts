/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import {
  type Catalog,
  type CatalogColumn,
  type CatalogForeignKey,
  type CatalogIndex,
  compareSchemaToCatalog,
  type Drift,
  type DriftAspect,
  parsePrismaSchema,
  type PrismaSchema,
  type ReferentialAction,
  scalarFields,
} from '@/tests/support/prisma-schema';

// Our migrations are hand-written SQL (Prisma's schema engine cannot be downloaded here), so this test is
// what proves that prisma/schema.prisma — which the client is generated from — and the database that
// prisma/migrations produces agree. DATABASE_URL is a real, already-migrated PostgreSQL.

const SCHEMA_PATH = path.resolve(__dirname, '../../prisma/schema.prisma');

// ───────────────────────────── reading the catalog ─────────────────────────────

const ACTION_CODES: Record<string, ReferentialAction> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };

async function readCatalog(client: pg.Client): Promise<Catalog> {
  // Only the application's schema; `_prisma_migrations` belongs to the migrator, not to the data model.
  const tables = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  const columns = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: 'YES' | 'NO';
    column_default: string | null;
    character_maximum_length: number | null;
    datetime_precision: number | null;
  }>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
            character_maximum_length, datetime_precision
       FROM information_schema.columns
      WHERE table_schema = current_schema()
      ORDER BY table_name, ordinal_position`,
  );
  // pg_index rather than information_schema: it alone says whether an index is partial or on expressions.
  const indexes = await client.query<{
    table: string;
    name: string;
    columns: string[];
    unique: boolean;
    primary: boolean;
    partial: boolean;
    expression: boolean;
  }>(
    `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
            ix.indpred IS NOT NULL AS partial, ix.indexprs IS NOT NULL AS expression,
            ARRAY(SELECT a.attname::text
                    FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                   ORDER BY k.position) AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema() AND t.relname <> '_prisma_migrations'`,
  );
  const foreignKeys = await client.query<{
    table: string;
    name: string;
    columns: string[];
    referenced_table: string;
    referenced_columns: string[];
    on_delete: string;
    on_update: string;
  }>(
    `SELECT t.relname AS table, c.conname AS name, rt.relname AS referenced_table,
            c.confdeltype AS on_delete, c.confupdtype AS on_update,
            ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.position) AS columns,
            ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.position) AS referenced_columns
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_class rt ON rt.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE c.contype = 'f' AND n.nspname = current_schema()`,
  );
  const enums = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t
       JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = current_schema()
      GROUP BY t.typname`,
  );

  const catalog: Catalog = { tables: {}, indexes: [], foreignKeys: [], enums: {} };
  for (const { table_name } of tables.rows) catalog.tables[table_name] = [];
  for (const row of columns.rows) {
    const column: CatalogColumn = {
      name: row.column_name,
      dataType: row.data_type,
      udtName: row.udt_name,
      nullable: row.is_nullable === 'YES',
      default: row.column_default,
      characterMaximumLength: row.character_maximum_length,
      datetimePrecision: row.datetime_precision,
    };
    catalog.tables[row.table_name]?.push(column); // columns of views and of `_prisma_migrations` are skipped
  }
  catalog.indexes = indexes.rows.map((row): CatalogIndex => ({ ...row }));
  catalog.foreignKeys = foreignKeys.rows.map(
    (row): CatalogForeignKey => ({
      table: row.table,
      name: row.name,
      columns: row.columns,
      referencedTable: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: ACTION_CODES[row.on_delete],
      onUpdate: ACTION_CODES[row.on_update],
    }),
  );
  for (const row of enums.rows) catalog.enums[row.name] = row.labels;
  return catalog;
}

const messages = (drifts: Drift[], aspect?: DriftAspect): string[] =>
  drifts.filter((drift) => aspect === undefined || drift.aspect === aspect).map((drift) => drift.message);

// ───────────────────────────── the real schema against the real database ─────────────────────────────

describe('schema.prisma ↔ migrated database', () => {
  let client: pg.Client;
  let schema: PrismaSchema;
  let catalog: Catalog;
  let drifts: Drift[];

  beforeAll(async () => {
    if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL must point to a migrated PostgreSQL');
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    schema = parsePrismaSchema(readFileSync(SCHEMA_PATH, 'utf8'));
    catalog = await readCatalog(client);
    drifts = compareSchemaToCatalog(schema, catalog);
  });

  afterAll(async () => {
    await client.end();
  });

  test('the parser understood the whole schema (no construct left unchecked)', () => {
    // If the parser silently missed blocks, every other test here would pass vacuously: count the blocks
    // independently of it.
    const text = readFileSync(SCHEMA_PATH, 'utf8');
    expect(schema.models.map((model) => model.name)).toEqual([...text.matchAll(/^model\s+(\w+)/gm)].map((match) => match[1]));
    expect(schema.enums.map((enumType) => enumType.name)).toEqual([...text.matchAll(/^enum\s+(\w+)/gm)].map((match) => match[1]));
    expect(scalarFields(schema, schema.models.find((model) => model.name === 'User')!).map((field) => field.name)).not.toContain('region');
    expect(messages(drifts, 'parser')).toEqual([]);
  });

  test('(a) the tables are exactly the models’ tables', () => {
    expect(messages(drifts, 'tables')).toEqual([]);
  });

  test('(b) each table has exactly the columns of its model’s scalar fields', () => {
    expect(messages(drifts, 'columns')).toEqual([]);
  });

  test('(c) each column has the type schema.prisma gives it', () => {
    expect(messages(drifts, 'types')).toEqual([]);
  });

  test('(d) `?` fields are nullable, every other field (lists included) is NOT NULL', () => {
    expect(messages(drifts, 'nullability')).toEqual([]);
  });

  test('(e) every @id/@@id is the primary key and every @unique/@@unique a unique index, on exactly those columns', () => {
    expect(messages(drifts, 'keys')).toEqual([]);
  });

  test('(e′) every @@index exists, and the database has no plain index schema.prisma does not declare', () => {
    expect(messages(drifts, 'indexes')).toEqual([]);
  });

  test('(e″) every @relation has its foreign key, with Prisma’s referential actions', () => {
    expect(messages(drifts, 'foreignKeys')).toEqual([]);
  });

  test('(f) every enum exists with the same labels in the same order', () => {
    expect(messages(drifts, 'enums')).toEqual([]);
  });

  test('(g) column defaults match @default (and the database adds none of its own)', () => {
    expect(messages(drifts, 'defaults')).toEqual([]);
  });

  test('negative: the same comparison reports edits made to a copy of schema.prisma', () => {
    // Proves the check above is not vacuous on the real schema and the real catalog: each edit below is a
    // kind of drift, and each must be reported with a message that says exactly what differs.
    const original = readFileSync(SCHEMA_PATH, 'utf8');
    const edits: [string, string][] = [
      ['reservationDelayHours Int    @default(72)', 'reservationDelayHours Int    @default(48)'],
      ['  phone          String?\n', '  phone          String\n'],
      ['comment               String?        @db.VarChar(255)', 'comment               String?        @db.VarChar(200)'],
      ['  DEAD\n}', '  DEAD\n  BOUNCED\n}'],
      ['  @@map("rate_limit_counters")', '  blockedUntil DateTime? @map("blocked_until")\n  @@map("rate_limit_counters")'],
      ['tokenHash String       @unique @map("token_hash")', 'tokenHash String       @map("token_hash")'],
    ];
    let edited = original;
    for (const [from, to] of edits) {
      expect(edited).toContain(from); // the edit must apply, or this test would prove nothing
      edited = edited.replace(from, to);
    }
    const found = messages(compareSchemaToCatalog(parsePrismaSchema(edited), catalog));
    expect(found).toEqual(
      expect.arrayContaining([
        'column regions.reservation_delay_hours (Region.reservationDelayHours): schema.prisma expects default 48, database has 72',
        'column users.phone (User.phone): schema.prisma says required (NOT NULL), database column is nullable',
        'column professionals.comment (Professional.comment): schema.prisma expects character varying(200), database has character varying(255)',
        'enum "EmailStatus": schema.prisma has (PENDING, SENT, DEAD, BOUNCED), database has (PENDING, SENT, DEAD)',
        'column rate_limit_counters.blocked_until (RateLimitCounter.blockedUntil) is missing from the database',
        'table "one_time_tokens": unique index one_time_tokens_token_hash_key on (token_hash) exists in the database but schema.prisma declares no @unique/@@unique for it',
      ]),
    );
  });
});

// ───────────────────────────── the parser and comparator on hand-made inputs ─────────────────────────────

// A miniature schema and the catalog it should produce, written by hand: the comparator must find nothing
// on the pair, and exactly the expected message for each single alteration of the catalog.
const MINI_SCHEMA = `
// comment "with a string" and a // second one
generator client {
  provider = "prisma-client"
}

enum Kind {
  SMALL
  LARGE /// trailing doc comment
}

model Owner {
  id      String  @id @default(uuid())
  email   String  @unique
  score   Int     @default(0)
  active  Boolean @default(true)
  kind    Kind    @default(SMALL) @map("kind_of")
  note    String? @db.VarChar(20) // "not // a string"
  tags    String[] @default([])
  seenAt  DateTime @default(now()) @map("seen_at") @db.Timestamptz(3)
  born    DateTime? @db.Date
  plain   DateTime
  data    Json    @default("{}")
  big     BigInt
  ratio   Float?
  site    String  @default("https://example.test/a//b") // the URL's "//" is not a comment
  pets    Pet[]

  @@map("owners")
}

model Pet {
  ownerId String @map("owner_id")
  name    String
  owner   Owner  @relation("OwnerPets", fields: [ownerId], references: [id], onDelete: Cascade)

  @@id([ownerId, name])
  @@unique([name, ownerId])
  @@index([name(sort: Desc)])
  @@map("pets")
}
`;

const column = (name: string, dataType: string, overrides: Partial<CatalogColumn> = {}): CatalogColumn => ({
  name,
  dataType,
  udtName: dataType,
  nullable: false,
  default: null,
  characterMaximumLength: null,
  datetimePrecision: null,
  ...overrides,
});

function miniCatalog(): Catalog {
  return {
    tables: {
      owners: [
        column('id', 'text'),
        column('email', 'text'),
        column('score', 'integer', { default: '0' }),
        column('active', 'boolean', { default: 'true' }),
        column('kind_of', 'USER-DEFINED', { udtName: 'Kind', default: `'SMALL'::"Kind"` }),
        column('note', 'character varying', { nullable: true, characterMaximumLength: 20 }),
        column('tags', 'ARRAY', { udtName: '_text', default: 'ARRAY[]::text[]' }),
        column('seen_at', 'timestamp with time zone', { datetimePrecision: 3, default: 'CURRENT_TIMESTAMP' }),
        column('born', 'date', { nullable: true, datetimePrecision: 0 }),
        column('plain', 'timestamp without time zone', { datetimePrecision: 3 }),
        column('data', 'jsonb', { default: "'{}'::jsonb" }),
        column('big', 'bigint'),
        column('ratio', 'double precision', { nullable: true }),
        column('site', 'text', { default: "'https://example.test/a//b'::text" }),
      ],
      pets: [column('owner_id', 'text'), column('name', 'text')],
    },
    indexes: [
      { table: 'owners', name: 'owners_pkey', columns: ['id'], unique: true, primary: true, partial: false, expression: false },
      { table: 'owners', name: 'owners_email_key', columns: ['email'], unique: true, primary: false, partial: false, expression: false },
      // A partial unique index is one of the migration's own invariants: not a drift.
      { table: 'owners', name: 'owners_one_large', columns: ['email'], unique: true, primary: false, partial: true, expression: false },
      { table: 'pets', name: 'pets_pkey', columns: ['owner_id', 'name'], unique: true, primary: true, partial: false, expression: false },
      { table: 'pets', name: 'pets_name_owner_id_key', columns: ['name', 'owner_id'], unique: true, primary: false, partial: false, expression: false },
      { table: 'pets', name: 'pets_name_idx', columns: ['name'], unique: false, primary: false, partial: false, expression: false },
    ],
    foreignKeys: [
      { table: 'pets', name: 'pets_owner_id_fkey', columns: ['owner_id'], referencedTable: 'owners', referencedColumns: ['id'], onDelete: 'Cascade', onUpdate: 'Cascade' },
    ],
    enums: { Kind: ['SMALL', 'LARGE'] },
  };
}

describe('prisma-schema parser', () => {
  const schema = parsePrismaSchema(MINI_SCHEMA);

  test('reads models, maps, modifiers and attributes; comments (but not strings) are stripped', () => {
    const owner = schema.models.find((model) => model.name === 'Owner')!;
    expect(owner.table).toBe('owners');
    expect(scalarFields(schema, owner).map((field) => field.name)).toEqual([
      'id', 'email', 'score', 'active', 'kind', 'note', 'tags', 'seenAt', 'born', 'plain', 'data', 'big', 'ratio', 'site',
    ]);
    expect(owner.fields.find((field) => field.name === 'site')?.attributes).toEqual([{ name: 'default', args: '"https://example.test/a//b"' }]);
    expect(owner.fields.find((field) => field.name === 'note')).toEqual({
      name: 'note',
      type: 'String',
      optional: true,
      list: false,
      attributes: [{ name: 'db.VarChar', args: '20' }],
    });
    expect(owner.fields.find((field) => field.name === 'tags')).toMatchObject({ list: true, optional: false });
    const pet = schema.models.find((model) => model.name === 'Pet')!;
    expect(pet.fields.find((field) => field.name === 'owner')?.attributes).toEqual([
      { name: 'relation', args: '"OwnerPets", fields: [ownerId], references: [id], onDelete: Cascade' },
    ]);
    expect(pet.blockAttributes.map((attribute) => attribute.name)).toEqual(['id', 'unique', 'index', 'map']);
    expect(schema.enums).toEqual([{ name: 'Kind', dbName: 'Kind', values: ['SMALL', 'LARGE'], labelOf: { SMALL: 'SMALL', LARGE: 'LARGE' } }]);
  });

  test('refuses constructs it does not understand instead of skipping them', () => {
    expect(() => parsePrismaSchema('type Address {\n  street String\n}')).toThrow('not supported');
    expect(() => parsePrismaSchema('model A {\n  id String @id\n')).toThrow('not closed');
    expect(() => parsePrismaSchema('model A {\n  = broken\n}')).toThrow('cannot parse field');
  });
});

describe('comparator (negative tests: the drift check can fail)', () => {
  const schema = parsePrismaSchema(MINI_SCHEMA);
  const compare = (catalog: Catalog): string[] => messages(compareSchemaToCatalog(schema, catalog));
  const ownersColumn = (catalog: Catalog, name: string): CatalogColumn => catalog.tables.owners.find((candidate) => candidate.name === name)!;

  test('a schema and the catalog it describes agree', () => {
    expect(compare(miniCatalog())).toEqual([]);
  });

  test('(a) a missing table and an extra table are reported', () => {
    const catalog = miniCatalog();
    catalog.tables.audit = [column('id', 'text')];
    delete catalog.tables.pets;
    expect(compare(catalog)).toEqual([
      'model Pet maps to table "pets", which does not exist in the database',
      'table "audit" exists in the database but no model of schema.prisma maps to it',
    ]);
  });

  test('(b) a missing column and an extra column are reported', () => {
    const catalog = miniCatalog();
    catalog.tables.owners = catalog.tables.owners.filter((candidate) => candidate.name !== 'big');
    catalog.tables.owners.push(column('legacy', 'text', { nullable: true }));
    expect(compare(catalog)).toEqual([
      'column owners.legacy exists in the database but model Owner has no field mapped to it',
      'column owners.big (Owner.big) is missing from the database',
    ]);
  });

  test('(c) wrong types, lengths and precisions are reported', () => {
    const catalog = miniCatalog();
    Object.assign(ownersColumn(catalog, 'score'), { dataType: 'bigint' });
    Object.assign(ownersColumn(catalog, 'note'), { characterMaximumLength: 255 });
    Object.assign(ownersColumn(catalog, 'seen_at'), { datetimePrecision: 6 });
    Object.assign(ownersColumn(catalog, 'plain'), { dataType: 'timestamp with time zone' });
    Object.assign(ownersColumn(catalog, 'tags'), { udtName: '_int4' });
    Object.assign(ownersColumn(catalog, 'kind_of'), { udtName: 'Other' });
    expect(compare(catalog)).toEqual([
      'column owners.score (Owner.score): schema.prisma expects integer, database has bigint',
      'column owners.kind_of (Owner.kind): schema.prisma expects enum "Kind", database has USER-DEFINED "Other"',
      'column owners.note (Owner.note): schema.prisma expects character varying(20), database has character varying(255)',
      'column owners.tags (Owner.tags): schema.prisma expects text[], database has integer[]',
      'column owners.seen_at (Owner.seenAt): schema.prisma expects timestamp(3) with time zone, database has timestamp(6) with time zone',
      'column owners.plain (Owner.plain): schema.prisma expects timestamp(3) without time zone, database has timestamp(3) with time zone',
    ]);
  });

  test('(d) nullability differences are reported, including a nullable column behind a required list', () => {
    const catalog = miniCatalog();
    ownersColumn(catalog, 'tags').nullable = true;
    ownersColumn(catalog, 'note').nullable = false;
    expect(compare(catalog)).toEqual([
      'column owners.note (Owner.note): schema.prisma says optional (nullable), database column is NOT NULL',
      'column owners.tags (Owner.tags): schema.prisma says required list (NOT NULL), database column is nullable',
    ]);
  });

  test('(e) a missing primary key, a unique index on other columns and an undeclared unique index are reported', () => {
    const catalog = miniCatalog();
    catalog.indexes = catalog.indexes
      .filter((index) => index.name !== 'owners_pkey')
      .map((index) => (index.name === 'pets_name_owner_id_key' ? { ...index, columns: ['owner_id', 'name'] } : index));
    catalog.indexes.push({ table: 'owners', name: 'owners_score_key', columns: ['score'], unique: true, primary: false, partial: false, expression: false });
    expect(compare(catalog)).toEqual([
      'table "owners": id @id expects primary key (id), database has no primary key',
      'table "owners": unique index owners_score_key on (score) exists in the database but schema.prisma declares no @unique/@@unique for it',
      'table "pets": @@unique([name, ownerId]) expects a unique index on (name, owner_id), database has none (unique indexes: pets_name_owner_id_key(owner_id, name))',
      'table "pets": unique index pets_name_owner_id_key on (owner_id, name) exists in the database but schema.prisma declares no @unique/@@unique for it',
    ]);
  });

  test('(e′/e″) a missing @@index and a foreign key with another action are reported', () => {
    const catalog = miniCatalog();
    catalog.indexes = catalog.indexes.filter((index) => index.name !== 'pets_name_idx');
    catalog.foreignKeys[0].onDelete = 'Restrict';
    expect(compare(catalog)).toEqual([
      'table "pets": @@index on (name) has no matching index in the database',
      'table "pets": Pet.owner expects foreign key (owner_id) → owners(id) ON DELETE Cascade ON UPDATE Cascade, database has (owner_id) → owners(id) ON DELETE Restrict ON UPDATE Cascade',
    ]);
  });

  test('(f) enum labels out of order, a missing enum and an extra enum are reported', () => {
    const catalog = miniCatalog();
    catalog.enums = { Kind: ['LARGE', 'SMALL'], Colour: ['RED'] };
    expect(compare(catalog)).toEqual([
      'enum "Kind": schema.prisma has (SMALL, LARGE), database has (LARGE, SMALL)',
      'enum type "Colour" exists in the database but not in schema.prisma',
    ]);
    catalog.enums = {};
    expect(compare(catalog)).toContain('enum Kind (type "Kind") does not exist in the database');
  });

  test('(g) wrong, missing and unexpected defaults are reported', () => {
    const catalog = miniCatalog();
    ownersColumn(catalog, 'score').default = '1';
    ownersColumn(catalog, 'active').default = 'false';
    ownersColumn(catalog, 'kind_of').default = `'LARGE'::"Kind"`;
    ownersColumn(catalog, 'seen_at').default = null;
    ownersColumn(catalog, 'id').default = 'gen_random_uuid()';
    expect(compare(catalog)).toEqual([
      "column owners.id (Owner.id): schema.prisma expects default none, database has gen_random_uuid()",
      'column owners.score (Owner.score): schema.prisma expects default 0, database has 1',
      'column owners.active (Owner.active): schema.prisma expects default true, database has false',
      `column owners.kind_of (Owner.kind): schema.prisma expects default 'SMALL'::"Kind", database has 'LARGE'::"Kind"`,
      'column owners.seen_at (Owner.seenAt): schema.prisma expects default CURRENT_TIMESTAMP, database has none',
    ]);
  });
});
