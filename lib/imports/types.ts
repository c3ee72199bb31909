import type { ImportKind } from '@/lib/imports/column-specs';

// What the imports page shows: the preview of a file, line by line, and the result of « Importer ».
// Plain data (a server action's result), French text only.

/** new: will be created; existing: « déjà importé / compte existant »; duplicate: a repeated line; error: blocks the import. */
export type LineStatus = 'new' | 'existing' | 'duplicate' | 'error';

export interface PreviewLine {
  /** The line number in the file, as the agent sees it in the spreadsheet. */
  line: number;
  status: LineStatus;
  /** The values shown in the preview table, in the order of `ImportPreview.columns`. */
  cells: string[];
  /** Why it is in error, or what will happen (joins an existing establishment…). */
  messages: string[];
}

export interface ImportCounts {
  lines: number;
  new: number;
  existing: number;
  duplicate: number;
  error: number;
}

export interface ImportPreview {
  kind: ImportKind;
  fileHash: string;
  columns: string[];
  lines: PreviewLine[];
  counts: ImportCounts;
  /** What « Importer » would create. */
  accountsToCreate: number;
  establishmentsToCreate: number;
}

export interface ImportOutcome {
  accountsCreated: number;
  establishmentsCreated: number;
  establishmentsJoined: number;
  /** Lines « déjà importé / compte existant » or repeated, left untouched. */
  linesSkipped: number;
}

export type ImportResult = { status: 'imported'; outcome: ImportOutcome; preview: ImportPreview } | { status: 'rejected'; preview: ImportPreview };

export function countLines(lines: PreviewLine[]): ImportCounts {
  const counts: ImportCounts = { lines: lines.length, new: 0, existing: 0, duplicate: 0, error: 0 };
  for (const line of lines) counts[line.status] += 1;
  return counts;
}
