import postalCodeData from '@/lib/reference/data/postal-codes.json';
import type { PostalCodeFile } from '@/lib/reference/postal-code-file';
import { lookupPostalCode, type PostalCodeInfo } from '@/lib/reference/postal-codes';
import type { Random } from '@/lib/seed/random';

// Every known postal code, to place generated volunteers all over the country.
const ALL_POSTAL_CODES = Object.keys((postalCodeData as unknown as PostalCodeFile).postalCodes).sort();

let byRegion: Map<string, string[]> | undefined;

function postalCodesByRegion(): Map<string, string[]> {
  if (!byRegion) {
    byRegion = new Map();
    for (const code of ALL_POSTAL_CODES) {
      const info = lookupPostalCode(code);
      if (!info) continue;
      const list = byRegion.get(info.regionCode) ?? [];
      list.push(code);
      byRegion.set(info.regionCode, list);
    }
  }
  return byRegion;
}

/** A random postal code of the region (or of the whole country), with its commune and point. */
export function randomPlace(random: Random, regionCode?: string): PostalCodeInfo {
  const pool = regionCode ? (postalCodesByRegion().get(regionCode) ?? ALL_POSTAL_CODES) : ALL_POSTAL_CODES;
  for (;;) {
    const info = lookupPostalCode(random.pick(pool));
    if (info) return info;
  }
}

export function placeOf(postalCode: string): PostalCodeInfo {
  const info = lookupPostalCode(postalCode);
  if (!info) throw new Error(`Unknown postal code ${postalCode}`);
  return info;
}
