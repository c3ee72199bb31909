import { computeLuhnCheckDigit, isLuhnValid } from './luhn';
import { invalid, stripSpaces, type IdentifierResult } from './result';

/**
 * RPPS numbers: 11 digits. The national directory publishes no check key (SPEC §5.1), so any
 * well-formed number is accepted; « RPPS vérifié » is shown only when our directory knows it.
 *
 * Numbers assigned by our built-in directory (SPEC §8) are '8' + a 9-digit sequence + a Luhn key.
 * National RPPS numbers begin with 1 (10…), so the prefix 8 can never collide with a real number,
 * and the key catches typing errors when a professional later types their number back.
 */
export const DIRECTORY_RPPS_PREFIX = '8';
const MAX_SEQUENCE = 999_999_999;

export function validateRpps(input: string): IdentifierResult {
  const value = stripSpaces(input);
  if (value === '') return invalid('REQUIRED', 'Le numéro RPPS est obligatoire.');
  if (!/^\d+$/.test(value)) return invalid('FORMAT', 'Le numéro RPPS ne doit contenir que des chiffres.');
  if (value.length !== 11) return invalid('LENGTH', 'Le numéro RPPS doit comporter 11 chiffres.');
  return { ok: true, value };
}

/** True for a number our directory could have assigned: prefix 8 and a valid Luhn key. */
export function isDirectoryRppsNumber(input: string): boolean {
  const value = stripSpaces(input);
  return /^\d{11}$/.test(value) && value.startsWith(DIRECTORY_RPPS_PREFIX) && isLuhnValid(value);
}

/** Builds the RPPS number for the n-th registration (n from a database sequence, 1 to 999,999,999). */
export function generateRppsNumber(sequenceValue: number | bigint): string {
  // PostgreSQL sequences come back as bigint; anything past MAX_SEQUENCE is refused anyway.
  const n = typeof sequenceValue === 'bigint' ? Number(sequenceValue) : sequenceValue;
  if (!Number.isInteger(n) || n < 1 || n > MAX_SEQUENCE) {
    throw new RangeError(`RPPS sequence value must be an integer between 1 and ${MAX_SEQUENCE}`);
  }
  const payload = `${DIRECTORY_RPPS_PREFIX}${String(n).padStart(9, '0')}`;
  return `${payload}${computeLuhnCheckDigit(payload)}`;
}
