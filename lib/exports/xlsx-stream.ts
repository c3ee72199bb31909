import 'server-only';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { parisSpreadsheetDate, type CellValue, type ExportColumn } from '@/lib/exports/cells';

// xlsx through exceljs's streaming writer: each row is committed (serialised into the zip) as soon as it
// is added, and the producer waits for the client whenever the output is not being read, so memory
// holds about one batch, never the workbook.

const NUMBER_FORMATS: Record<ExportColumn['kind'], string | undefined> = {
  text: '@',
  integer: '0',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

function cell(column: ExportColumn, value: CellValue): CellValue {
  // Spreadsheets have no time zone: an instant is written as Paris wall-clock time.
  if (column.kind === 'datetime' && value instanceof Date) return parisSpreadsheetDate(value);
  return value;
}

async function produce(output: PassThrough, sheetName: string, columns: readonly ExportColumn[], batches: AsyncGenerator<CellValue[][]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Renfort RH Crise';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    header: column.header,
    key: String(index),
    width: column.width,
    style: { numFmt: NUMBER_FORMATS[column.kind] },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const rows of batches) {
    for (const row of rows) sheet.addRow(row.map((value, index) => cell(columns[index]!, value))).commit();
    // Let the zip compress what was committed, then wait while the client has not read it.
    await new Promise((resolve) => setImmediate(resolve));
    if (output.writableNeedDrain) await Promise.race([once(output, 'drain'), once(output, 'close')]);
    if (output.destroyed) return;
  }
  sheet.commit();
  await workbook.commit();
}

export function xlsxStream(sheetName: string, columns: readonly ExportColumn[], batches: AsyncGenerator<CellValue[][]>): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  produce(output, sheetName, columns, batches).catch((error: unknown) => {
    if (output.destroyed) return; // the client went away: nothing to report
    // The response has started: the only way to tell the client is to break the download.
    console.error('[exports] xlsx export failed', error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  const chunks = output[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(next.value as Buffer));
    },
    async cancel() {
      output.destroy();
      await batches.return(undefined);
    },
  });
}
