import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { csvText, type CellValue, type ExportColumn } from '@/lib/exports/cells';

// CSV for French spreadsheets (docs/decisions/019): UTF-8 with a byte-order mark (without it Excel reads
// UTF-8 as Windows-1252 and mangles every accent), `;` between fields (Excel in French uses the comma
// as the decimal separator and `;` as the list separator, so it opens such a file straight into
// columns), CRLF line ends and RFC 4180 quoting by csv-stringify.

export const CSV_DELIMITER = ';';
const BOM = '\uFEFF';

function encode(columns: readonly ExportColumn[], rows: CellValue[][]): string {
  return stringify(
    rows.map((row) => row.map((value, index) => csvText(columns[index]!.kind, value))),
    { delimiter: CSV_DELIMITER, record_delimiter: 'windows' },
  );
}

/**
 * A pull stream: the next batch is read from the database only when the client has taken the previous
 * one (ReadableStream's `pull`), so a slow download never piles rows up in memory.
 */
export function csvStream(columns: readonly ExportColumn[], batches: AsyncGenerator<CellValue[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(BOM + stringify([columns.map((column) => column.header)], { delimiter: CSV_DELIMITER, record_delimiter: 'windows' })));
        return;
      }
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(encode(columns, next.value)));
    },
    async cancel() {
      // The client went away: stop reading (ends the generator and its database reads).
      await batches.return(undefined);
    },
  });
}
