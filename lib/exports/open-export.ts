import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { NotFoundError } from '@/lib/errors';
import { regulatorScope } from '@/lib/access/checks';
import { toIsoDay } from '@/lib/dates/days';
import { getRegion } from '@/lib/reference/regions';
import { assignmentsDataset } from '@/lib/exports/assignments-dataset';
import { exportBatches } from '@/lib/exports/batches';
import { csvStream } from '@/lib/exports/csv-stream';
import { EXPORT_DATASET_SLUGS, EXPORT_FORMATS, ExportRefusedError, XLSX_MAX_ROWS, XLSX_TOO_LARGE_MESSAGE, type ExportDataset, type ExportDatasetSlug, type ExportFormat } from '@/lib/exports/dataset';
import { missionsDataset } from '@/lib/exports/missions-dataset';
import { volunteersDataset } from '@/lib/exports/volunteers-dataset';
import { xlsxStream } from '@/lib/exports/xlsx-stream';

// « Exports (xlsx and csv) of missions, volunteers and assignments of the scope » (SPEC §7.2). Only the
// regulators: every other role, like an unknown dataset, is "not found". Each export is written to the
// audit log before its first byte leaves — it carries personal data.

export const EXPORT_DATASETS: Record<ExportDatasetSlug, ExportDataset> = {
  missions: missionsDataset,
  benevoles: volunteersDataset,
  affectations: assignmentsDataset,
};

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface OpenedExport {
  fileName: string;
  contentType: string;
  stream: ReadableStream<Uint8Array>;
}

export function isExportDataset(value: string): value is ExportDatasetSlug {
  return (EXPORT_DATASET_SLUGS as readonly string[]).includes(value);
}

export function isExportFormat(value: string | null): value is ExportFormat {
  return value !== null && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** ASCII, lower-case, dashes: safe in a Content-Disposition header and on every file system. */
function slug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `renfort-rh-crise_benevoles_ars-occitanie_2026-11-22.csv`: chosen by the server, never by the client. */
export function exportFileName(actor: Actor, dataset: ExportDatasetSlug | 'journal', format: ExportFormat, now: Date): string {
  const scope = regulatorScope(actor);
  const who = scope.kind === 'all' ? 'national' : `ars-${slug(getRegion(scope.regionCode)?.name ?? scope.regionCode)}`;
  return `renfort-rh-crise_${dataset}_${who}_${toIsoDay(now)}.${format}`;
}

/**
 * The export's file, streamed as it is read. An xlsx longer than Excel can open is refused before any
 * byte (ExportRefusedError, with the French message): the csv has no such limit. `xlsxMaxRows` is
 * Excel's, lowered only by the tests.
 */
export async function openExport(actor: Actor, dataset: string, format: string | null, now = new Date(), xlsxMaxRows = XLSX_MAX_ROWS): Promise<OpenedExport> {
  regulatorScope(actor); // throws NotFoundError for any role but ARS and CCS
  if (!isExportDataset(dataset) || !isExportFormat(format)) throw new NotFoundError('export');
  const definition = EXPORT_DATASETS[dataset];
  if (format === 'xlsx' && (await definition.countUpTo(actor, xlsxMaxRows + 1)) > xlsxMaxRows) throw new ExportRefusedError(XLSX_TOO_LARGE_MESSAGE);
  await writeAudit(prisma, { actorId: actor.id, action: 'export.download', entityType: 'Export', entityId: dataset, details: { format, regionCode: actor.regionCode } });
  const batches = exportBatches(definition, actor);
  return {
    fileName: exportFileName(actor, dataset, format, now),
    contentType: CONTENT_TYPES[format],
    stream: format === 'csv' ? csvStream(definition.columns, batches) : xlsxStream(definition.title, definition.columns, batches),
  };
}
