import type { Actor } from '@/lib/access/actor';
import type { CellValue, ExportColumn } from '@/lib/exports/cells';

/** One dataset of SPEC §7.2's exports: its columns and a reader of one batch, in the actor's scope. */
export interface ExportDataset {
  /** The URL segment: `/api/exports/<slug>`. */
  slug: ExportDatasetSlug;
  /** French name, used in the file name and as the sheet name. */
  title: string;
  columns: readonly ExportColumn[];
  /**
   * The next rows after `afterId` in id order (keyset pagination): each batch is one indexed range
   * read, however deep into the export, and rows added meanwhile never shift the pages.
   */
  readBatch(actor: Actor, afterId: string | null, size: number): Promise<{ rows: CellValue[][]; lastId: string | null }>;
  /** How many rows the export holds, counting no further than `limit` (a capped count: cheap at any size). */
  countUpTo(actor: Actor, limit: number): Promise<number>;
}

export const EXPORT_DATASET_SLUGS = ['missions', 'benevoles', 'affectations'] as const;
export type ExportDatasetSlug = (typeof EXPORT_DATASET_SLUGS)[number];

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Rows read per database round trip: big enough to be fast, small enough to keep memory flat. */
export const EXPORT_BATCH_SIZE = 2_000;

/** Excel opens no sheet longer than 1 048 576 rows: the header and this many rows of data. */
export const XLSX_MAX_ROWS = 1_048_575;

export const XLSX_TOO_LARGE_MESSAGE =
  'Export xlsx impossible : il compterait plus de 1 048 575 lignes, le maximum qu’Excel sait ouvrir. Téléchargez le format csv, sans limite de lignes.';

/** An export that cannot be written (its message says why, in French), told before any byte is sent. */
export class ExportRefusedError extends Error {}

/** `{ id > afterId }`, or nothing for the first batch. */
export function afterIdWhere(afterId: string | null): { id?: { gt: string } } {
  return afterId ? { id: { gt: afterId } } : {};
}
