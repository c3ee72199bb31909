import { formatDay } from '@/lib/dates/format';

// Cells of an export, typed so that each format renders them its own way: real numbers and dates in
// xlsx, French text in csv (`JJ/MM/AAAA`, Paris time). Pure, shared by both writers.

export type CellKind = 'text' | 'integer' | 'date' | 'datetime';

export interface ExportColumn {
  header: string;
  kind: CellKind;
  /** Column width in xlsx, in characters. */
  width: number;
}

/** `date` cells are PostgreSQL dates (UTC midnight); `datetime` cells are instants, shown in Paris time. */
export type CellValue = string | number | Date | null;

export const text = (header: string, width = 18): ExportColumn => ({ header, kind: 'text', width });
export const integer = (header: string, width = 10): ExportColumn => ({ header, kind: 'integer', width });
export const day = (header: string, width = 12): ExportColumn => ({ header, kind: 'date', width });
export const instant = (header: string, width = 17): ExportColumn => ({ header, kind: 'datetime', width });

export const yesNo = (value: boolean): string => (value ? 'Oui' : 'Non');

const PARIS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock in Paris showed at that instant (summer time included). */
export function parisWallClock(instantValue: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of PARIS.formatToParts(instantValue)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/**
 * An instant as the Date whose UTC fields are Paris wall-clock time: spreadsheets have no time zones
 * and show a date's UTC fields, so this is how « 14:05 à Paris » reaches Excel as 14:05.
 */
export function parisSpreadsheetDate(instantValue: Date): Date {
  const c = parisWallClock(instantValue);
  return new Date(Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second));
}

const two = (value: number) => String(value).padStart(2, '0');

/** A cell as csv text. */
export function csvText(kind: CellKind, value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) {
    if (kind === 'date') return formatDay(value);
    const c = parisWallClock(value);
    return `${two(c.day)}/${two(c.month)}/${c.year} ${two(c.hour)}:${two(c.minute)}`;
  }
  if (typeof value === 'number') return String(value);
  return neutraliseFormula(value);
}

/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with =, +, -, @, tab or carriage return
 * as a formula. Names, comments and phone numbers come from users, so such a cell gets a leading
 * apostrophe, which Excel and LibreOffice show as plain text. (xlsx cells are typed strings: no risk.)
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
