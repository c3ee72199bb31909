import { isLuhnValid } from './luhn';
import { invalid, stripSpaces, type IdentifierResult } from './result';

/**
 * FINESS numbers (établissement géographique or juridique): 9 characters, always kept as text.
 * The first two characters are the department (01–95, 2A, 2B) or 97 for overseas, whose numbers read
 * 970x… (e.g. 970421038 in La Réunion) rather than 971…976. The last digit is a Luhn key over the
 * 9 digits (checked on real numbers: 600106041, 010002350, 750526014); Corsican numbers contain
 * letters, so only their format is checked.
 */
const FINESS_FORMAT = /^(?:\d{9}|2[AB]\d{7})$/;

/** Trims, drops spaces, upper-cases 2a/2b, and restores the leading zero spreadsheets drop. */
export function normaliseFiness(input: string): string {
  const value = stripSpaces(input).toUpperCase();
  return /^\d{8}$/.test(value) ? `0${value}` : value;
}

function hasValidDepartmentPrefix(value: string): boolean {
  const prefix = value.slice(0, 2);
  if (prefix === '2A' || prefix === '2B' || prefix === '97') return true;
  const number = Number(prefix);
  // 20 became 2A/2B in 1976; 96 does not exist; 98 and 99 are not in FINESS.
  return number >= 1 && number <= 95 && number !== 20;
}

export function validateFiness(input: string): IdentifierResult {
  const value = normaliseFiness(input);
  if (value === '') return invalid('REQUIRED', 'Le numéro FINESS est obligatoire.');
  if (value.length !== 9) {
    return invalid('LENGTH', 'Le numéro FINESS doit comporter 9 caractères.');
  }
  if (!FINESS_FORMAT.test(value)) {
    return invalid(
      'FORMAT',
      'Le numéro FINESS ne doit contenir que des chiffres (ou commencer par 2A ou 2B en Corse).',
    );
  }
  if (!hasValidDepartmentPrefix(value)) {
    return invalid('DEPARTMENT', 'Le numéro FINESS doit commencer par un numéro de département valide.');
  }
  if (!value.startsWith('2A') && !value.startsWith('2B') && !isLuhnValid(value)) {
    return invalid('CHECKSUM', "Le numéro FINESS n'est pas valide : vérifiez les chiffres saisis.");
  }
  return { ok: true, value };
}
