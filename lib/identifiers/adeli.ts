import { invalid, stripSpaces, type IdentifierResult } from './result';

/** ADELI numbers (professions not yet in the RPPS): 9 digits; no check key is published. */
export function validateAdeli(input: string): IdentifierResult {
  const value = stripSpaces(input);
  if (value === '') return invalid('REQUIRED', 'Le numéro ADELI est obligatoire.');
  if (!/^\d+$/.test(value)) return invalid('FORMAT', 'Le numéro ADELI ne doit contenir que des chiffres.');
  if (value.length !== 9) return invalid('LENGTH', 'Le numéro ADELI doit comporter 9 chiffres.');
  return { ok: true, value };
}
