import { isIsoDay } from '@/lib/dates/days';
import { ACTIVITY_TYPE_CODES, ACTIVITY_TYPE_LABELS } from '@/lib/reference/activity-types';
import { FINESS_CATEGORIES, type FinessCategoryCode } from '@/lib/reference/finess-categories';
import { IDENTIFIER_TYPE_CODES, IDENTIFIER_TYPE_LABELS } from '@/lib/reference/identifier-types';
import { MEDICAL_SPECIALITY_CODES, MEDICAL_SPECIALITY_LABELS } from '@/lib/reference/medical-specialities';
import { MOBILISATION_CODES, MOBILISATION_LABELS } from '@/lib/reference/mobilisation';
import { PROFESSIONS } from '@/lib/reference/professions';
import { REGIONS, regionOfAnnexNumber, type RegionCode } from '@/lib/reference/regions';
import { compactKey, normaliseKey } from '@/lib/imports/text';

// Values as agencies write them, mapped to our codes: a label of the screens, a code, or the numbered
// values of Annexe 2's second sheet. Each returns null when nothing matches. Pure.

/**
 * « ARS de rattachement » of Annexe 2: « 14-ARS Occitanie », « ARS Occitanie », « Occitanie » → '76', and
 * the number alone in the Annexe's own numbering (« 14 » → '76', « 11 » → '04' La Réunion), never an
 * INSEE code: a bare number in that column is the Annexe's.
 */
export function findAnnexArs(value: string): RegionCode | null {
  const trimmed = value.trim();
  // « 04 » is no Annexe number (they have no leading zero) but could be INSEE's La Réunion: refused.
  if (/^\d+$/.test(trimmed)) return /^[1-9]\d?$/.test(trimmed) ? (regionOfAnnexNumber(Number(trimmed)) ?? null) : null;
  return findRegion(trimmed);
}

/** The volunteers' « Région »: « ARS Occitanie », « Occitanie », « occitanie », the INSEE code « 76 » → '76'. */
export function findRegion(value: string): RegionCode | null {
  const trimmed = value.trim();
  const byCode = REGIONS.find((region) => region.code === trimmed);
  if (byCode) return byCode.code;
  const key = compactKey(normaliseKey(trimmed).replace(/^\d+ /, '').replace(/^ars /, ''));
  return REGIONS.find((region) => compactKey(region.name) === key)?.code ?? null;
}

/** « 1-Établissements relevant de la loi hospitalière », its slug form, its label, « 1 », or « Centre de vaccination ». */
export function findCategory(value: string): FinessCategoryCode | null {
  const trimmed = value.trim();
  if (/^\d$/.test(trimmed)) return FINESS_CATEGORIES.find((category) => category.annexValue?.startsWith(`${trimmed}-`))?.code ?? null;
  const key = compactKey(trimmed);
  const unnumbered = compactKey(normaliseKey(trimmed).replace(/^\d+ /, ''));
  const match = FINESS_CATEGORIES.find((category) => {
    const names = [category.label, category.code, category.annexValue ?? ''].filter(Boolean).map(compactKey);
    return names.includes(key) || compactKey(category.label) === unnumbered;
  });
  return match?.code ?? null;
}

function byLabelOrCode<Code extends string>(value: string, entries: readonly { code: Code; label: string }[]): Code | null {
  const key = compactKey(value);
  if (key === '') return null;
  return entries.find((entry) => compactKey(entry.label) === key || compactKey(entry.code) === key)?.code ?? null;
}

const entriesOf = <Code extends string>(codes: readonly Code[], labels: Record<Code, string>) => codes.map((code) => ({ code, label: labels[code] }));

export const findProfession = (value: string) => byLabelOrCode(value, PROFESSIONS);
export const findSpeciality = (value: string) => byLabelOrCode(value, entriesOf(MEDICAL_SPECIALITY_CODES, MEDICAL_SPECIALITY_LABELS));
export const findActivityType = (value: string) => byLabelOrCode(value, entriesOf(ACTIVITY_TYPE_CODES, ACTIVITY_TYPE_LABELS));
export const findIdentifierType = (value: string) => byLabelOrCode(value, entriesOf(IDENTIFIER_TYPE_CODES, IDENTIFIER_TYPE_LABELS));
export const findMobilisation = (value: string) => byLabelOrCode(value, entriesOf(MOBILISATION_CODES, MOBILISATION_LABELS));

const YES = new Set(['oui', 'o', 'x', '1', 'vrai', 'true', 'yes', 'y']);
const NO = new Set(['', 'non', 'n', '0', 'faux', 'false', 'no']);

/** A check box column: oui / non, x, 1 / 0, vrai / faux; empty means non. */
export function parseYesNo(value: string): boolean | null {
  const key = compactKey(value);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}

/** `JJ/MM/AAAA` (French spreadsheets), `AAAA-MM-JJ`, or an xlsx date cell read as the latter → `AAAA-MM-JJ`. */
export function parseDay(value: string): string | null {
  const trimmed = value.trim();
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = french ? `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` : trimmed;
  return isIsoDay(iso) ? iso : null;
}

/** A phone typed in a number cell loses its leading zero (612345678): it is put back, as for FINESS. */
export function restorePhone(value: string): string {
  const digits = value.replace(/[\s.-]/g, '');
  return /^[1-9]\d{8}$/.test(digits) ? `0${digits}` : value;
}

/** The same for postal codes of departments 01 to 09 (1000 → 01000). */
export function restorePostalCode(value: string): string {
  const trimmed = value.trim();
  return /^\d{4}$/.test(trimmed) ? `0${trimmed}` : trimmed;
}
