import 'server-only';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '@/lib/errors';
import { IMPORT_MESSAGES, MAX_IMPORT_ROWS } from '@/lib/imports/messages';
import { decodeText, detectDelimiter } from '@/lib/imports/text';
import type { ImportUpload } from '@/lib/imports/upload';
import { toIsoDay } from '@/lib/dates/days';

// A spreadsheet as rows of text cells with their line number in the file (the number the agent sees in
// Excel), whatever the format. Empty rows are dropped.

export interface TableRow {
  line: number;
  cells: string[];
}

/** One row more than the limit (plus a few header rows) is enough to refuse the file. */
const READ_LIMIT = MAX_IMPORT_ROWS + 20;

export async function readTable(upload: ImportUpload): Promise<TableRow[]> {
  const rows = upload.format === 'xlsx' ? await readWorkbook(upload.bytes) : readCsv(upload.bytes);
  return rows.filter((row) => row.cells.some((cell) => cell !== ''));
}

function readCsv(bytes: Uint8Array): TableRow[] {
  const text = decodeText(bytes);
  const rows: TableRow[] = [];
  try {
    parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      on_record: (record: string[], context) => {
        if (rows.length <= READ_LIMIT) rows.push({ line: context.lines, cells: record });
        return null;
      },
    });
  } catch {
    throw new DomainError(IMPORT_MESSAGES.unreadable, 'file');
  }
  return rows;
}

async function readWorkbook(bytes: Uint8Array): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (it hands it to JSZip).
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new DomainError(IMPORT_MESSAGES.unreadable, 'file');
  }
  // Annexe 2's model: the accounts are on the first sheet, the lists of values on the second.
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError(IMPORT_MESSAGES.noRows, 'file');
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (rows.length > READ_LIMIT) return;
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellText(row.getCell(column).value));
    rows.push({ line, cells });
  });
  return rows;
}

/** A cell's value as the agent typed it: numbers without formatting, dates as `YYYY-MM-DD`. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value instanceof Date) return toIsoDay(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  // A hyperlink (emails often are): its text, not the `mailto:` target.
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  return '';
}
