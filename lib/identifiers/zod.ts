import { z } from '@/lib/validation/zod';
import { validateAdeli } from './adeli';
import { validateFiness } from './finess';
import type { IdentifierResult } from './result';
import { validateRpps } from './rpps';
import { validateSiret } from './siret';

/**
 * Zod fields for identifiers: input is what the user typed, output the normalised value
 * (e.g. an 8-digit FINESS comes out with its leading zero), errors carry the French message.
 */
function identifierSchema(validate: (input: string) => IdentifierResult) {
  return z.string({ error: 'Ce champ est obligatoire.' }).transform((input, ctx) => {
    const result = validate(input);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result.value;
  });
}

export const finessSchema = identifierSchema(validateFiness);
export const rppsSchema = identifierSchema(validateRpps);
export const adeliSchema = identifierSchema(validateAdeli);
export const siretSchema = identifierSchema(validateSiret);
