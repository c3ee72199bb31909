import { DomainError } from '@/lib/errors';
import type { ColumnSpec } from '@/lib/imports/column-specs';
import { IMPORT_MESSAGES, MAX_IMPORT_ROWS } from '@/lib/imports/messages';
import type { TableRow } from '@/lib/imports/read-table';
import { normaliseKey } from '@/lib/imports/text';

// Finds the header row (the model's first row, but a title line above it is tolerated) and turns each
// following row into `{ field: text }`, whatever the order of the columns.

export interface FileRecord<Field extends string> {
  line: number;
  values: Record<Field, string>;
}

/** Header rows are looked for among the first rows only: a data row never looks like one. */
const HEADER_SEARCH_ROWS = 10;

function columnIndexes<Field extends string>(cells: string[], specs: readonly ColumnSpec<Field>[]): Map<Field, number> {
  const keys = cells.map(normaliseKey);
  const indexes = new Map<Field, number>();
  for (const spec of specs) {
    const names = [spec.label, ...spec.aliases].map(normaliseKey);
    const index = keys.findIndex((key) => names.includes(key));
    if (index >= 0) indexes.set(spec.field, index);
  }
  return indexes;
}

export function recordsOf<Field extends string>(rows: TableRow[], specs: readonly ColumnSpec<Field>[]): FileRecord<Field>[] {
  const required = specs.filter((spec) => spec.required);
  let best: { position: number; indexes: Map<Field, number> } | null = null;
  for (let position = 0; position < Math.min(rows.length, HEADER_SEARCH_ROWS); position += 1) {
    const indexes = columnIndexes(rows[position]!.cells, specs);
    if (!best || indexes.size > best.indexes.size) best = { position, indexes };
    if (required.every((spec) => indexes.has(spec.field))) break;
  }
  const missing = required.filter((spec) => !best?.indexes.has(spec.field));
  if (!best || missing.length > 0) throw new DomainError(IMPORT_MESSAGES.missingColumns(missing.map((spec) => spec.label)), 'file');

  const dataRows = rows.slice(best.position + 1);
  if (dataRows.length === 0) throw new DomainError(IMPORT_MESSAGES.noRows, 'file');
  if (dataRows.length > MAX_IMPORT_ROWS) throw new DomainError(IMPORT_MESSAGES.tooManyRows, 'file');
  const { indexes } = best;
  return dataRows.map((row) => {
    const values = {} as Record<Field, string>;
    for (const spec of specs) {
      const index = indexes.get(spec.field);
      values[spec.field] = index === undefined ? '' : (row.cells[index] ?? '').trim();
    }
    return { line: row.line, values };
  });
}
