// A small parser for prisma/schema.prisma and a comparator against a PostgreSQL catalog, used by
// tests/integration/schema-drift.test.ts. Our migrations are hand-written (Prisma's schema engine cannot be
// downloaded here), so nothing else proves that the SQL we apply matches the data model the client is
// generated from. The parser covers exactly what this schema uses and throws on anything else, so that a
// new construct makes the drift test fail loudly instead of being silently skipped.

// ───────────────────────────── parsed schema ─────────────────────────────

/** `@name(args)` or `@@name(args)`; `args` is the raw text between the parentheses, null without them. */
export interface PrismaAttribute {
  name: string;
  args: string | null;
}

export interface PrismaField {
  name: string;
  /** Scalar (String, Int…), an enum name or a model name. */
  type: string;
  optional: boolean;
  list: boolean;
  attributes: PrismaAttribute[];
}

export interface PrismaModel {
  name: string;
  /** `@@map` or the model name, as Prisma does. */
  table: string;
  fields: PrismaField[];
  blockAttributes: PrismaAttribute[];
}

export interface PrismaEnum {
  name: string;
  /** `@@map` or the enum name: the PostgreSQL type name. */
  dbName: string;
  /** Database labels, in declaration order (a value's `@map` wins over its name). */
  values: string[];
  /** Prisma value name → database label, to translate `@default(VALUE)`. */
  labelOf: Record<string, string>;
}

export interface PrismaSchema {
  models: PrismaModel[];
  enums: PrismaEnum[];
}

/** Removes a `//` or `///` comment, but not a `//` inside a string literal (e.g. a URL in `@default`). */
function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '/' && line[i + 1] === '/') {
      return line.slice(0, i);
    }
  }
  return line;
}

/** Index just after the `)` matching the `(` at `open`, skipping parentheses inside string literals. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error(`Unbalanced parentheses in: ${text}`);
}

/** Parses a run of attributes such as `@id @default(uuid()) @map("x") @db.VarChar(255)`. */
export function parseAttributes(text: string): PrismaAttribute[] {
  const attributes: PrismaAttribute[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const match = /^@@?([A-Za-z][\w.]*)/.exec(rest);
    if (!match) throw new Error(`Cannot parse attributes at: ${rest}`);
    let end = match[0].length;
    let args: string | null = null;
    if (rest[end] === '(') {
      const close = closingParen(rest, end);
      args = rest.slice(end + 1, close - 1).trim();
      end = close;
    }
    attributes.push({ name: match[1], args });
    rest = rest.slice(end).trim();
  }
  return attributes;
}

/**
 * Splits attribute arguments at top-level commas: `"Name", fields: [a, b], onDelete: Cascade` gives
 * positional `"Name"` and named `fields`, `onDelete`. Brackets, parentheses and strings nest.
 */
export function splitArguments(args: string): { positional: string[]; named: Record<string, string> } {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < args.length; i += 1) {
    const char = args[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (args.slice(start).trim()) parts.push(args.slice(start).trim());
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const part of parts) {
    const match = /^(\w+)\s*:\s*([\s\S]+)$/.exec(part);
    if (match) named[match[1]] = match[2].trim();
    else positional.push(part);
  }
  return { positional, named };
}

/** `[a, b(sort: Desc)]` → `['a', 'b']` (sort and length options do not change which columns are covered). */
export function parseFieldList(text: string): string[] {
  const inner = /^\[([\s\S]*)\]$/.exec(text.trim());
  if (!inner) throw new Error(`Expected a [field, …] list, got: ${text}`);
  return splitArguments(inner[1]).positional.map((item) => item.replace(/\(.*\)$/, '').trim());
}

/** `"users"` → `users`; Prisma string literals use JSON-compatible escapes. */
export function parseStringLiteral(text: string): string {
  const trimmed = text.trim();
  if (!/^"[\s\S]*"$/.test(trimmed)) throw new Error(`Expected a string literal, got: ${text}`);
  return JSON.parse(trimmed) as string;
}

export function findAttribute(attributes: PrismaAttribute[], name: string): PrismaAttribute | undefined {
  return attributes.find((attribute) => attribute.name === name);
}

export function parsePrismaSchema(text: string): PrismaSchema {
  const models: PrismaModel[] = [];
  const enums: PrismaEnum[] = [];
  // The block being read: its kind decides how its lines are parsed.
  let current: { kind: 'model'; model: PrismaModel } | { kind: 'enum'; enum: PrismaEnum; map: string | null } | { kind: 'config' } | null =
    null;

  for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
    const line = stripComment(rawLine).trim();
    if (!line) continue;
    const where = `schema.prisma line ${index + 1}`;

    if (current === null) {
      const open = /^(model|enum|generator|datasource|type|view)\s+(\w+)\s*\{$/.exec(line);
      if (!open) throw new Error(`${where}: expected a block, got: ${line}`);
      const [, kind, name] = open;
      if (kind === 'model') current = { kind: 'model', model: { name, table: name, fields: [], blockAttributes: [] } };
      else if (kind === 'enum') current = { kind: 'enum', enum: { name, dbName: name, values: [], labelOf: {} }, map: null };
      else if (kind === 'generator' || kind === 'datasource') current = { kind: 'config' };
      // Composite types and views have no equivalent in the comparator: refuse rather than ignore them.
      else throw new Error(`${where}: "${kind}" blocks are not supported by tests/support/prisma-schema.ts`);
      continue;
    }

    if (line === '}') {
      if (current.kind === 'model') {
        const mapped = findAttribute(current.model.blockAttributes, 'map');
        if (mapped?.args) current.model.table = parseStringLiteral(mapped.args);
        models.push(current.model);
      } else if (current.kind === 'enum') {
        if (current.map) current.enum.dbName = current.map;
        enums.push(current.enum);
      }
      current = null;
      continue;
    }

    if (current.kind === 'config') continue; // generator and datasource settings are not part of the tables.

    if (current.kind === 'enum') {
      if (line.startsWith('@@')) {
        const [attribute] = parseAttributes(line);
        if (attribute.name !== 'map' || !attribute.args) throw new Error(`${where}: unsupported enum attribute ${line}`);
        current.map = parseStringLiteral(attribute.args);
        continue;
      }
      const value = /^(\w+)\s*(.*)$/.exec(line);
      if (!value) throw new Error(`${where}: cannot parse enum value: ${line}`);
      const mapped = findAttribute(parseAttributes(value[2]), 'map');
      const label = mapped?.args ? parseStringLiteral(mapped.args) : value[1];
      current.enum.values.push(label);
      current.enum.labelOf[value[1]] = label;
      continue;
    }

    if (line.startsWith('@@')) {
      current.model.blockAttributes.push(...parseAttributes(line));
      continue;
    }
    // `name Type`, then `[]` for a list or `?` for an optional field, then the attributes.
    const field = /^(\w+)\s+(\w+|Unsupported\("[^"]+"\))(\[\])?(\?)?(?:\s+(.*))?$/.exec(line);
    if (!field) throw new Error(`${where}: cannot parse field: ${line}`);
    current.model.fields.push({
      name: field[1],
      type: field[2],
      list: field[3] !== undefined,
      optional: field[4] !== undefined,
      attributes: parseAttributes(field[5] ?? ''),
    });
  }

  if (current !== null) throw new Error('schema.prisma: a block is not closed');
  return { models, enums };
}

// ───────────────────────────── schema helpers ─────────────────────────────

export function columnName(field: PrismaField): string {
  const mapped = findAttribute(field.attributes, 'map');
  return mapped?.args ? parseStringLiteral(mapped.args) : field.name;
}

/** A relation field (its type is a model) is not a column: its scalar `fields: […]` are. */
export function isRelationField(schema: PrismaSchema, field: PrismaField): boolean {
  return schema.models.some((model) => model.name === field.type);
}

export function scalarFields(schema: PrismaSchema, model: PrismaModel): PrismaField[] {
  return model.fields.filter((field) => !isRelationField(schema, field));
}

function enumOf(schema: PrismaSchema, type: string): PrismaEnum | undefined {
  return schema.enums.find((candidate) => candidate.name === type);
}

function columnsOf(model: PrismaModel, fieldNames: string[]): string[] {
  return fieldNames.map((name) => {
    const field = model.fields.find((candidate) => candidate.name === name);
    if (!field) throw new Error(`Model ${model.name} has no field ${name}`);
    return columnName(field);
  });
}

// ───────────────────────────── database catalog ─────────────────────────────

/** One column as information_schema.columns describes it. */
export interface CatalogColumn {
  name: string;
  dataType: string;
  udtName: string;
  nullable: boolean;
  default: string | null;
  characterMaximumLength: number | null;
  datetimePrecision: number | null;
}

/** A primary key or index (from pg_index). Partial and expression indexes are Prisma-inexpressible. */
export interface CatalogIndex {
  table: string;
  name: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
  partial: boolean;
  expression: boolean;
}

export type ReferentialAction = 'Cascade' | 'Restrict' | 'NoAction' | 'SetNull' | 'SetDefault';

export interface CatalogForeignKey {
  table: string;
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface Catalog {
  /** Table name → its columns (system tables such as `_prisma_migrations` already left out). */
  tables: Record<string, CatalogColumn[]>;
  indexes: CatalogIndex[];
  foreignKeys: CatalogForeignKey[];
  /** Enum type name → labels in their sort order. */
  enums: Record<string, string[]>;
}

// ───────────────────────────── comparison ─────────────────────────────

export type DriftAspect =
  | 'tables'
  | 'columns'
  | 'types'
  | 'nullability'
  | 'keys'
  | 'indexes'
  | 'foreignKeys'
  | 'enums'
  | 'defaults'
  | 'parser';

export interface Drift {
  aspect: DriftAspect;
  message: string;
}

const quoteIdent = (name: string): string => (/^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`);
const sqlString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
const list = (items: string[]): string => `(${items.join(', ')})`;

/** The database type as one comparable string, e.g. `timestamp(3) with time zone`, `text[]`, `enum "Role"`. */
export function describeCatalogType(column: CatalogColumn, enums: Record<string, string[]>): string {
  switch (column.dataType) {
    case 'character varying':
    case 'character':
      return column.characterMaximumLength === null ? column.dataType : `${column.dataType}(${column.characterMaximumLength})`;
    case 'timestamp with time zone':
    case 'timestamp without time zone':
      return column.dataType.replace('timestamp', `timestamp(${column.datetimePrecision})`);
    case 'USER-DEFINED':
      return enums[column.udtName] ? `enum "${column.udtName}"` : `USER-DEFINED "${column.udtName}"`;
    case 'ARRAY': {
      // information_schema names the element only through udt_name (`_text`, `_int4`, `_Role`).
      const element = column.udtName.replace(/^_/, '');
      const names: Record<string, string> = { text: 'text', int4: 'integer', int8: 'bigint', float8: 'double precision', bool: 'boolean' };
      return `${names[element] ?? (enums[element] ? `"${element}"` : element)}[]`;
    }
    default:
      return column.dataType;
  }
}

type Expected<T> = { ok: true; value: T } | { ok: false; error: string };

function nativeType(field: PrismaField): { name: string; args: string[] } | null {
  const native = field.attributes.find((attribute) => attribute.name.startsWith('db.'));
  if (!native) return null;
  return { name: native.name.slice(3), args: native.args ? splitArguments(native.args).positional : [] };
}

/** The type PostgreSQL should report for a scalar field, in the format of describeCatalogType. */
export function expectedType(schema: PrismaSchema, field: PrismaField): Expected<string> {
  const native = nativeType(field);
  const unsupported = (): Expected<string> => ({
    ok: false,
    error: `${field.name} ${field.type}${native ? ` @db.${native.name}` : ''}: type not supported by tests/support/prisma-schema.ts`,
  });
  // `Unsupported("datemultirange")`: a PostgreSQL type Prisma Client does not read; compare it by name.
  const unsupportedType = /^Unsupported\("(.+)"\)$/.exec(field.type);
  if (unsupportedType && !field.list && !native) return { ok: true, value: unsupportedType[1]! };
  const enumType = enumOf(schema, field.type);
  if (field.list) {
    // information_schema names an array's element only through udt_name (no length or precision):
    // compare the element's base name, as describeCatalogType prints it.
    const elements: Record<string, string> = { String: 'text', Int: 'integer', BigInt: 'bigint', Float: 'double precision', Boolean: 'boolean' };
    const element = enumType ? `"${enumType.dbName}"` : elements[field.type];
    return element && !native ? { ok: true, value: `${element}[]` } : unsupported();
  }
  if (enumType) return native ? unsupported() : { ok: true, value: `enum "${enumType.dbName}"` };
  // Prisma's PostgreSQL mapping of each scalar type, without and with a native type attribute.
  const withNative: Record<string, Record<string, (args: string[]) => string>> = {
    String: {
      '': () => 'text',
      Text: () => 'text',
      VarChar: (args) => (args[0] ? `character varying(${args[0]})` : 'character varying'),
      Char: (args) => `character(${args[0] ?? 1})`,
    },
    Int: { '': () => 'integer', Integer: () => 'integer', SmallInt: () => 'smallint' },
    BigInt: { '': () => 'bigint', BigInt: () => 'bigint' },
    Float: { '': () => 'double precision', DoublePrecision: () => 'double precision', Real: () => 'real' },
    Boolean: { '': () => 'boolean', Boolean: () => 'boolean' },
    DateTime: {
      '': () => 'timestamp(3) without time zone',
      Timestamp: (args) => `timestamp(${args[0] ?? 6}) without time zone`,
      Timestamptz: (args) => `timestamp(${args[0] ?? 6}) with time zone`,
      Date: () => 'date',
    },
    Json: { '': () => 'jsonb', JsonB: () => 'jsonb', Json: () => 'json' },
    Bytes: { '': () => 'bytea', ByteA: () => 'bytea' },
  };
  const build = withNative[field.type]?.[native?.name ?? ''];
  return build ? { ok: true, value: build(native?.args ?? []) } : unsupported();
}

/**
 * The `column_default` PostgreSQL should report, as it prints it. `none` for fields whose value Prisma
 * Client generates (`uuid()`, `cuid()`, `@updatedAt`) or that have no default: the database must not add
 * one Prisma does not know about. `sequence` for `autoincrement()` (any `nextval(…)`).
 */
export function expectedDefault(
  schema: PrismaSchema,
  field: PrismaField,
): Expected<{ kind: 'none' } | { kind: 'sequence' } | { kind: 'exact'; value: string } | { kind: 'number'; value: number }> {
  const attribute = findAttribute(field.attributes, 'default');
  if (!attribute || attribute.args === null) return { ok: true, value: { kind: 'none' } };
  const raw = splitArguments(attribute.args).positional[0] ?? '';
  const unsupported = { ok: false as const, error: `${field.name}: @default(${raw}) not supported by tests/support/prisma-schema.ts` };
  if (/^(uuid|cuid|nanoid|ulid)\(.*\)$/.test(raw)) return { ok: true, value: { kind: 'none' } };
  if (raw === 'autoincrement()') return { ok: true, value: { kind: 'sequence' } };
  if (raw === 'now()') return { ok: true, value: { kind: 'exact', value: 'CURRENT_TIMESTAMP' } };
  const generated = /^dbgenerated\(([\s\S]*)\)$/.exec(raw);
  if (generated) return { ok: true, value: { kind: 'exact', value: parseStringLiteral(generated[1]) } };

  const enumType = enumOf(schema, field.type);
  const type = expectedType(schema, field);
  if (!type.ok) return type;
  if (field.list) {
    if (raw !== '[]') return unsupported;
    // PostgreSQL prints an empty array literal with the element type's name.
    const element = enumType ? quoteIdent(enumType.dbName) : type.value.replace(/\[\]$/, '');
    return { ok: true, value: { kind: 'exact', value: `ARRAY[]::${element}[]` } };
  }
  if (enumType) {
    const label = enumType.labelOf[raw];
    if (label === undefined) return { ok: false, error: `${field.name}: @default(${raw}) is not a value of enum ${enumType.name}` };
    return { ok: true, value: { kind: 'exact', value: `${sqlString(label)}::${quoteIdent(enumType.dbName)}` } };
  }
  switch (field.type) {
    case 'Boolean':
      return raw === 'true' || raw === 'false' ? { ok: true, value: { kind: 'exact', value: raw } } : unsupported;
    case 'Int':
    case 'BigInt':
    case 'Float':
      return /^-?\d+(\.\d+)?$/.test(raw) ? { ok: true, value: { kind: 'number', value: Number(raw) } } : unsupported;
    case 'String': {
      const cast = type.value.startsWith('character varying') ? 'character varying' : 'text';
      return { ok: true, value: { kind: 'exact', value: `${sqlString(parseStringLiteral(raw))}::${cast}` } };
    }
    case 'Json':
      return { ok: true, value: { kind: 'exact', value: `${sqlString(parseStringLiteral(raw))}::${type.value}` } };
    default:
      return unsupported;
  }
}

/** `72`, `'-1'::integer` or `(-1)` → the number; anything else → NaN. */
function numericDefault(value: string): number {
  const stripped = value.replace(/::[\w ]+$/, '').replace(/^\((.*)\)$/, '$1').replace(/^'(.*)'$/, '$1');
  return /^-?\d+(\.\d+)?$/.test(stripped) ? Number(stripped) : Number.NaN;
}

const ACTIONS = new Set<string>(['Cascade', 'Restrict', 'NoAction', 'SetNull', 'SetDefault']);

/**
 * Every difference between the parsed schema and the catalog, each with a message that names the table,
 * column or key and says what schema.prisma expects and what the database has.
 */
export function compareSchemaToCatalog(schema: PrismaSchema, catalog: Catalog): Drift[] {
  const drifts: Drift[] = [];
  const add = (aspect: DriftAspect, message: string): void => {
    drifts.push({ aspect, message });
  };

  // (a) tables ↔ models
  const modelTables = new Set(schema.models.map((model) => model.table));
  for (const model of schema.models) {
    if (!catalog.tables[model.table]) add('tables', `model ${model.name} maps to table "${model.table}", which does not exist in the database`);
  }
  for (const table of Object.keys(catalog.tables)) {
    if (!modelTables.has(table)) add('tables', `table "${table}" exists in the database but no model of schema.prisma maps to it`);
  }

  // (f) enums: same types, same labels, same order (order matters: PostgreSQL sorts enums by it).
  for (const enumType of schema.enums) {
    const labels = catalog.enums[enumType.dbName];
    if (!labels) add('enums', `enum ${enumType.name} (type "${enumType.dbName}") does not exist in the database`);
    else if (labels.join(',') !== enumType.values.join(',')) {
      add('enums', `enum "${enumType.dbName}": schema.prisma has ${list(enumType.values)}, database has ${list(labels)}`);
    }
  }
  const schemaEnums = new Set(schema.enums.map((enumType) => enumType.dbName));
  for (const name of Object.keys(catalog.enums)) {
    if (!schemaEnums.has(name)) add('enums', `enum type "${name}" exists in the database but not in schema.prisma`);
  }

  for (const model of schema.models) {
    const columns = catalog.tables[model.table];
    if (!columns) continue; // already reported under 'tables'
    const fields = scalarFields(schema, model);
    const byColumn = new Map(columns.map((column) => [column.name, column]));
    const fieldColumns = new Set(fields.map(columnName));

    // (b) columns ↔ scalar fields
    for (const column of columns) {
      if (!fieldColumns.has(column.name)) add('columns', `column ${model.table}.${column.name} exists in the database but model ${model.name} has no field mapped to it`);
    }

    for (const field of fields) {
      const column = byColumn.get(columnName(field));
      const at = `${model.table}.${columnName(field)} (${model.name}.${field.name})`;
      if (!column) {
        add('columns', `column ${at} is missing from the database`);
        continue;
      }

      // (c) type
      const type = expectedType(schema, field);
      if (!type.ok) add('parser', `${model.name}.${type.error}`);
      else {
        const actual = describeCatalogType(column, catalog.enums);
        if (actual !== type.value) add('types', `column ${at}: schema.prisma expects ${type.value}, database has ${actual}`);
      }

      // (d) nullability: `?` is nullable; everything else, lists included, is required (NOT NULL).
      if (field.optional !== column.nullable) {
        add(
          'nullability',
          `column ${at}: schema.prisma says ${field.optional ? 'optional (nullable)' : `required${field.list ? ' list' : ''} (NOT NULL)`}, database column is ${column.nullable ? 'nullable' : 'NOT NULL'}`,
        );
      }

      // (g) default
      const expected = expectedDefault(schema, field);
      const actualDefault = column.default ?? 'none';
      if (!expected.ok) add('parser', `${model.name}.${expected.error}`);
      else {
        const value = expected.value;
        const matches =
          value.kind === 'none'
            ? column.default === null
            : value.kind === 'sequence'
              ? /^nextval\('.+'::regclass\)$/.test(column.default ?? '')
              : value.kind === 'number'
                ? column.default !== null && numericDefault(column.default) === value.value
                : column.default === value.value;
        if (!matches) {
          const wanted = value.kind === 'none' ? 'none' : value.kind === 'sequence' ? "nextval('…'::regclass)" : String(value.value);
          add('defaults', `column ${at}: schema.prisma expects default ${wanted}, database has ${actualDefault}`);
        }
      }
    }

    // (e) primary key and unique keys: exactly these columns, in this order.
    const tableIndexes = catalog.indexes.filter((index) => index.table === model.table);
    const declaredKeys: { kind: 'primary key' | 'unique'; columns: string[]; source: string }[] = [];
    for (const field of model.fields) {
      if (findAttribute(field.attributes, 'id')) declaredKeys.push({ kind: 'primary key', columns: [columnName(field)], source: `${field.name} @id` });
      if (findAttribute(field.attributes, 'unique')) declaredKeys.push({ kind: 'unique', columns: [columnName(field)], source: `${field.name} @unique` });
    }
    for (const attribute of model.blockAttributes) {
      if ((attribute.name === 'id' || attribute.name === 'unique') && attribute.args) {
        const fieldNames = parseFieldList(splitArguments(attribute.args).positional[0] ?? '');
        declaredKeys.push({
          kind: attribute.name === 'id' ? 'primary key' : 'unique',
          columns: columnsOf(model, fieldNames),
          source: `@@${attribute.name}([${fieldNames.join(', ')}])`,
        });
      }
    }
    const primary = tableIndexes.find((index) => index.primary);
    const declaredPrimary = declaredKeys.find((key) => key.kind === 'primary key');
    if (!declaredPrimary) add('keys', `model ${model.name} declares no @id or @@id`);
    else if (!primary) add('keys', `table "${model.table}": ${declaredPrimary.source} expects primary key ${list(declaredPrimary.columns)}, database has no primary key`);
    else if (primary.columns.join(',') !== declaredPrimary.columns.join(',')) {
      add('keys', `table "${model.table}": ${declaredPrimary.source} expects primary key ${list(declaredPrimary.columns)}, database has ${list(primary.columns)}`);
    }
    // Partial unique indexes are the migration's own invariants (Prisma cannot express them): not keys.
    const uniqueIndexes = tableIndexes.filter((index) => index.unique && !index.primary && !index.partial && !index.expression);
    for (const key of declaredKeys.filter((candidate) => candidate.kind === 'unique')) {
      if (!uniqueIndexes.some((index) => index.columns.join(',') === key.columns.join(','))) {
        add('keys', `table "${model.table}": ${key.source} expects a unique index on ${list(key.columns)}, database has none (unique indexes: ${uniqueIndexes.map((index) => `${index.name}${list(index.columns)}`).join(', ') || 'none'})`);
      }
    }
    for (const index of uniqueIndexes) {
      if (!declaredKeys.some((key) => key.kind === 'unique' && key.columns.join(',') === index.columns.join(','))) {
        add('keys', `table "${model.table}": unique index ${index.name} on ${list(index.columns)} exists in the database but schema.prisma declares no @unique/@@unique for it`);
      }
    }

    // @@index: the migration must create each one (and no plain index Prisma does not know about, since
    // `prisma migrate diff` would then want to drop it).
    const plainIndexes = tableIndexes.filter((index) => !index.unique && !index.partial && !index.expression);
    const declaredIndexes = model.blockAttributes
      .filter((attribute) => attribute.name === 'index' && attribute.args)
      .map((attribute) => columnsOf(model, parseFieldList(splitArguments(attribute.args ?? '').positional[0] ?? '')));
    for (const columnsOfIndex of declaredIndexes) {
      if (!plainIndexes.some((index) => index.columns.join(',') === columnsOfIndex.join(','))) {
        add('indexes', `table "${model.table}": @@index on ${list(columnsOfIndex)} has no matching index in the database`);
      }
    }
    for (const index of plainIndexes) {
      if (!declaredIndexes.some((columnsOfIndex) => columnsOfIndex.join(',') === index.columns.join(','))) {
        add('indexes', `table "${model.table}": index ${index.name} on ${list(index.columns)} exists in the database but schema.prisma declares no @@index for it`);
      }
    }

    // Foreign keys of the relation fields that hold `fields: […]`, with Prisma's default actions
    // (onDelete: SetNull if the relation is optional, else Restrict; onUpdate: Cascade).
    const tableForeignKeys = catalog.foreignKeys.filter((foreignKey) => foreignKey.table === model.table);
    const declaredForeignKeys: string[] = [];
    for (const field of model.fields) {
      const relation = findAttribute(field.attributes, 'relation');
      if (!isRelationField(schema, field) || !relation?.args) continue;
      const { named } = splitArguments(relation.args);
      if (!named.fields) continue; // the other side of the relation owns the foreign key
      const target = schema.models.find((candidate) => candidate.name === field.type);
      if (!target || !named.references) {
        add('parser', `${model.name}.${field.name}: @relation(${relation.args}) cannot be resolved`);
        continue;
      }
      const columnsOfKey = columnsOf(model, parseFieldList(named.fields));
      const referenced = columnsOf(target, parseFieldList(named.references));
      const onDelete = named.onDelete ?? (field.optional ? 'SetNull' : 'Restrict');
      const onUpdate = named.onUpdate ?? 'Cascade';
      if (!ACTIONS.has(onDelete) || !ACTIONS.has(onUpdate)) add('parser', `${model.name}.${field.name}: unknown referential action`);
      declaredForeignKeys.push(columnsOfKey.join(','));
      const wanted = `${list(columnsOfKey)} → ${target.table}${list(referenced)} ON DELETE ${onDelete} ON UPDATE ${onUpdate}`;
      const actual = tableForeignKeys.find((foreignKey) => foreignKey.columns.join(',') === columnsOfKey.join(','));
      if (!actual) {
        add('foreignKeys', `table "${model.table}": ${model.name}.${field.name} expects foreign key ${wanted}, database has none`);
        continue;
      }
      const got = `${list(actual.columns)} → ${actual.referencedTable}${list(actual.referencedColumns)} ON DELETE ${actual.onDelete} ON UPDATE ${actual.onUpdate}`;
      if (got !== wanted) add('foreignKeys', `table "${model.table}": ${model.name}.${field.name} expects foreign key ${wanted}, database has ${got}`);
    }
    for (const foreignKey of tableForeignKeys) {
      if (!declaredForeignKeys.includes(foreignKey.columns.join(','))) {
        add('foreignKeys', `table "${model.table}": foreign key ${foreignKey.name} on ${list(foreignKey.columns)} exists in the database but no @relation declares it`);
      }
    }
  }

  return drifts;
}
