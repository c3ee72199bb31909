import type { IdentifierTypeCode } from '../reference/identifier-types';
import { validateAdeli } from './adeli';
import type { IdentifierResult } from './result';
import { validateRpps } from './rpps';

/**
 * The « Numéro d'identifiant » of a volunteer, checked against the chosen « Type d'identifiant ».
 * With « Aucun » any typed number is dropped (value null) rather than refused.
 */
export function validateProfessionalIdentifier(
  type: IdentifierTypeCode,
  input: string | null | undefined,
): IdentifierResult | { ok: true; value: null } {
  if (type === 'NONE') return { ok: true, value: null };
  const value = input ?? '';
  return type === 'RPPS' ? validateRpps(value) : validateAdeli(value);
}
