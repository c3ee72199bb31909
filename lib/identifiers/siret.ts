import { isLuhnValid } from './luhn';
import { invalid, stripSpaces, type IdentifierResult } from './result';

/**
 * SIRET: 14 digits (SIREN + NIC) with a Luhn key. La Poste's establishments all share the SIREN
 * 356000000 and are too many for that scheme: their digits must sum to a multiple of 5 instead
 * (the head office, 35600000000048, still passes Luhn, so either rule is accepted there).
 */
const LA_POSTE_SIREN = '356000000';

const digitSum = (digits: string): number => [...digits].reduce((sum, digit) => sum + Number(digit), 0);

export function validateSiret(input: string): IdentifierResult {
  const value = stripSpaces(input);
  if (value === '') return invalid('REQUIRED', 'Le numéro SIRET est obligatoire.');
  if (!/^\d+$/.test(value)) return invalid('FORMAT', 'Le numéro SIRET ne doit contenir que des chiffres.');
  if (value.length !== 14) return invalid('LENGTH', 'Le numéro SIRET doit comporter 14 chiffres.');
  const valid = value.startsWith(LA_POSTE_SIREN)
    ? isLuhnValid(value) || digitSum(value) % 5 === 0
    : isLuhnValid(value);
  if (!valid) return invalid('CHECKSUM', "Le numéro SIRET n'est pas valide : vérifiez les chiffres saisis.");
  return { ok: true, value };
}
