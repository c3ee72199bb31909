/**
 * The 18 regions that each have an ARS (agence régionale de santé), keyed by their INSEE region code
 * (`@etalab/decoupage-administratif`, data/regions.json). Overseas collectivities without an ARS of
 * their own (Saint-Pierre-et-Miquelon, the Pacific) are not regions here; Saint-Martin and
 * Saint-Barthélemy are attached to the ARS of Guadeloupe in departments.ts.
 */

// Alphabetical order (French collation) so that the tuple can feed a <select> as it is.
export const REGION_CODES = [
  '84', '27', '53', '24', '94', '44', '01', '03', '32',
  '11', '04', '02', '06', '28', '75', '76', '52', '93',
] as const;

export type RegionCode = (typeof REGION_CODES)[number];

export interface Region {
  code: RegionCode;
  name: string;
  arsName: string;
  overseas: boolean;
}

const REGION_DETAILS: Record<RegionCode, { name: string; overseas: boolean }> = {
  '84': { name: 'Auvergne-Rhône-Alpes', overseas: false },
  '27': { name: 'Bourgogne-Franche-Comté', overseas: false },
  '53': { name: 'Bretagne', overseas: false },
  '24': { name: 'Centre-Val de Loire', overseas: false },
  '94': { name: 'Corse', overseas: false },
  '44': { name: 'Grand Est', overseas: false },
  '01': { name: 'Guadeloupe', overseas: true },
  '03': { name: 'Guyane', overseas: true },
  '32': { name: 'Hauts-de-France', overseas: false },
  '11': { name: 'Île-de-France', overseas: false },
  '04': { name: 'La Réunion', overseas: true },
  '02': { name: 'Martinique', overseas: true },
  '06': { name: 'Mayotte', overseas: true },
  '28': { name: 'Normandie', overseas: false },
  '75': { name: 'Nouvelle-Aquitaine', overseas: false },
  '76': { name: 'Occitanie', overseas: false },
  '52': { name: 'Pays de la Loire', overseas: false },
  '93': { name: "Provence-Alpes-Côte d'Azur", overseas: false },
};

export const REGIONS: readonly Region[] = REGION_CODES.map((code) => ({
  code,
  ...REGION_DETAILS[code],
  // The ministerial instruction (Annexe 2) names every agency "ARS <region>".
  arsName: `ARS ${REGION_DETAILS[code].name}`,
}));

/**
 * The ARS as the second sheet of the ministerial instruction's Annexe 2 numbers them (« 1-ARS
 * Nouvelle-Aquitaine » … « 18-ARS Auvergne-Rhône-Alpes »): its own order, not the INSEE region codes —
 * « 11 » is La Réunion there and Île-de-France for INSEE. Entry n − 1 is number n.
 */
export const ANNEX_2_ARS_NUMBERING = [
  '75', '28', '27', '53', '24', '44', '94', '01', '03',
  '11', '04', '02', '06', '76', '32', '52', '93', '84',
] as const satisfies readonly RegionCode[];

/** The region of an ARS number of Annexe 2 (1–18), or undefined. */
export function regionOfAnnexNumber(number: number): RegionCode | undefined {
  return Number.isInteger(number) && number >= 1 ? ANNEX_2_ARS_NUMBERING[number - 1] : undefined;
}

const REGIONS_BY_CODE = new Map<string, Region>(REGIONS.map((region) => [region.code, region]));

export function isRegionCode(code: string): code is RegionCode {
  return REGIONS_BY_CODE.has(code);
}

export function getRegion(code: string): Region | undefined {
  return REGIONS_BY_CODE.get(code);
}
