import 'server-only';
import { FRANCE } from '@/lib/rpps/shared/countries';
import type { CivilStatus } from '@/lib/validation/rpps';
import { findCommune } from './communes';

/**
 * The birth commune to store: for a birth in France, the commune of the index chosen by its INSEE code
 * (its official name, whatever the browser sent); abroad, the name as typed and no code. Null when the
 * code is not a commune of the index.
 */
export function normaliseBirthCommune(
  civil: Pick<CivilStatus, 'birthCountry' | 'birthCommuneName' | 'birthCommuneCode'>,
): { code: string | null; name: string } | null {
  if (civil.birthCountry !== FRANCE) return { code: null, name: civil.birthCommuneName };
  const commune = civil.birthCommuneCode ? findCommune(civil.birthCommuneCode) : undefined;
  return commune ? { code: commune.code, name: commune.name } : null;
}
