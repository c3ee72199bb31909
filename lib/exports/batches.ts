import 'server-only';
import type { Actor } from '@/lib/access/actor';
import type { CellValue } from '@/lib/exports/cells';
import { EXPORT_BATCH_SIZE, type ExportDataset } from '@/lib/exports/dataset';

/**
 * The dataset's rows, one batch at a time, read only when the writer asks for the next one: at most one
 * batch of rows is ever in memory, whatever the size of the export.
 */
export async function* exportBatches(dataset: ExportDataset, actor: Actor, size = EXPORT_BATCH_SIZE): AsyncGenerator<CellValue[][]> {
  let afterId: string | null = null;
  for (;;) {
    const batch = await dataset.readBatch(actor, afterId, size);
    if (batch.rows.length > 0) yield batch.rows;
    if (batch.rows.length < size || batch.lastId === null) return;
    afterId = batch.lastId;
  }
}
