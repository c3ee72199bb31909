/**
 * Postal code → communes, department, region and a point (the code's, and each commune's own), from
 * data/postal-codes.json (derived by scripts/derive-reference-data.ts).
 *
 * Server code only: the index is ~1.7 MB and must never reach a client bundle. This module does not
 * start with `import 'server-only'` because that package throws outside the react-server condition,
 * which would make it impossible to unit-test under jest; keep it out of 'use client' files.
 */
import postalCodeData from './data/postal-codes.json';
import { CEDEX_TOWN_ADVICE } from './cedex-advice';
import { getDepartment, type DepartmentCode } from './departments';
import type { LonLat } from './distance';
import type { PostalCodeFile } from './postal-code-file';
import type { RegionCode } from './regions';

export { distanceKm, type LonLat } from './distance';

export interface PostalCodeCommune {
  /** INSEE commune code (or municipal arrondissement code for Paris, Lyon, Marseille). */
  code: string;
  name: string;
  departmentCode: DepartmentCode;
  regionCode: RegionCode;
}

export interface PostalCodeInfo {
  postalCode: string;
  /** Most populous first. */
  communes: PostalCodeCommune[];
  /** Department and region of the most populous commune (a few postal codes straddle a border). */
  departmentCode: DepartmentCode;
  regionCode: RegionCode;
  /**
   * Centre of the most populous commune's bounding box: a few km of precision for that commune, but the
   * others' own points are 6 km away in the median, up to 34 km in rural codes. `lookupPlace` gives the
   * point of the commune the town names.
   */
  coordinates: LonLat;
}

// The JSON import's inferred type is wider than the file's real shape; the script writes PostalCodeFile.
const index = (postalCodeData as unknown as PostalCodeFile).postalCodes;

/** A postal code's communes with their own points (`points[i]` is `communes[i]`'s; the code's where the file has none). */
interface PostalCodeEntryRead {
  info: PostalCodeInfo;
  points: LonLat[];
  /** Whether `points[i]` is `communes[i]`'s own: written for it, or the code's point of a code it heads. */
  own: boolean[];
}

function readPostalCode(input: string): PostalCodeEntryRead | null {
  const postalCode = input.trim();
  if (!/^\d{5}$/.test(postalCode) || !Object.hasOwn(index, postalCode)) return null;
  const [lon, lat, rows] = index[postalCode];
  const coordinates: LonLat = [lon, lat];
  const communes: PostalCodeCommune[] = [];
  const points: LonLat[] = [];
  const own: boolean[] = [];
  for (const [code, name, departmentCode, communeLon, communeLat] of rows) {
    // The script keeps only communes of known departments, so this never skips in practice.
    const department = getDepartment(departmentCode);
    if (!department) continue;
    const written = communeLon !== undefined && communeLat !== undefined;
    own.push(written || communes.length === 0);
    communes.push({ code, name, departmentCode: department.code, regionCode: department.regionCode });
    points.push(written ? [communeLon, communeLat] : coordinates);
  }
  if (communes.length === 0) return null;
  return {
    info: { postalCode, communes, departmentCode: communes[0].departmentCode, regionCode: communes[0].regionCode, coordinates },
    points,
    own,
  };
}

/** The postal code alone: its communes, and the department, region and point of its most populous one. */
export function lookupPostalCode(input: string): PostalCodeInfo | null {
  return readPostalCode(input)?.info ?? null;
}

/**
 * A postal code read with the town typed next to it: department, region and point are those of the
 * commune the town names (`coordinates` is that commune's own point, not the code's).
 */
export interface Place extends PostalCodeInfo {
  /** The commune the town names; null when it names none of the code's (the code's most populous then decides). */
  commune: PostalCodeCommune | null;
  /** True for a CEDEX code: no commune has it, its department comes from its first digits. */
  cedex: boolean;
}

export type PlaceLookup =
  | { ok: true; place: Place }
  | { ok: false; reason: 'unknown' }
  /** A CEDEX code of a known department whose town is no commune of that department. */
  | { ok: false; reason: 'cedex-city'; postalCode: string; departmentCode: DepartmentCode; departmentName: string };

/**
 * The postal code of an address and the town typed with it (SPEC §6.1, §7.1, §11).
 * - A commune's postal code: the department, region and point are those of the commune the town names, so
 *   that « 37160 Buxeuil » lands in the Vienne and « 37160 Descartes » in the Indre-et-Loire, and
 *   « 51800 Gratreuil » at Gratreuil, not 25 km away at Sainte-Menehould (the code's most populous
 *   commune, whose point is the code's); a town that names none of the code's communes falls back to the
 *   most populous one and the code's point.
 * - With `cedex`, a code no commune has but whose first digits are a known department's (« 31059 Toulouse
 *   Cedex 9 », an establishment's address from FINESS): the town, « Cedex N » dropped, must be a commune of
 *   that department, which gives the commune, the region and the point. A volunteer's home is never CEDEX.
 */
export function lookupPlace(postalCodeInput: string, city: string, options: { cedex: boolean }): PlaceLookup {
  const read = readPostalCode(postalCodeInput);
  const key = townKey(city);
  if (read) {
    const { info, points } = read;
    const position = info.communes.findIndex((candidate) => townKey(candidate.name) === key);
    const commune = position >= 0 ? info.communes[position] : null;
    const chosen = commune ?? info.communes[0];
    const coordinates = position >= 0 ? points[position] : info.coordinates;
    return {
      ok: true,
      place: { ...info, departmentCode: chosen.departmentCode, regionCode: chosen.regionCode, coordinates, commune, cedex: false },
    };
  }
  const postalCode = postalCodeInput.trim();
  const departments = options.cedex ? cedexDepartments(postalCode) : null;
  if (!departments) return { ok: false, reason: 'unknown' };
  const found = departments.map((code) => communesOfDepartment(code).get(key)).find(Boolean);
  if (!found) {
    const department = getDepartment(departments[0])!;
    return { ok: false, reason: 'cedex-city', postalCode, departmentCode: department.code, departmentName: department.name };
  }
  const { commune, coordinates } = found;
  return {
    ok: true,
    place: { postalCode, communes: [commune], departmentCode: commune.departmentCode, regionCode: commune.regionCode, coordinates, commune, cedex: true },
  };
}

/** The French message of a refused postal code, for the field or the import line. */
export function placeRefusal(lookup: Exclude<PlaceLookup, { ok: true }>, unknownMessage: string): string {
  if (lookup.reason === 'unknown') return unknownMessage;
  return (
    `${lookup.postalCode} est un code postal CEDEX (${lookup.departmentName}, ${lookup.departmentCode}) : la ville indiquée n'est pas une ` +
    `commune de ce département. Écrivez dans « Ville » ${CEDEX_TOWN_ADVICE}.`
  );
}

/**
 * The departments a CEDEX code may belong to, from its first digits (La Poste): 2 digits, 3 for 971–976;
 * Corsica 200–201 → 2A, 202–206 → 2B (what the commune codes show: 200xx–201xx are all in the
 * Corse-du-Sud, 202xx–206xx in the Haute-Corse). Saint-Barthélemy and Saint-Martin have 971 codes
 * (97133, 97150). Null when the code is malformed or the department unknown (975 Saint-Pierre-et-Miquelon,
 * 98 Monaco and the Pacific).
 */
export function cedexDepartments(postalCode: string): DepartmentCode[] | null {
  if (!/^\d{5}$/.test(postalCode)) return null;
  if (postalCode.startsWith('20')) {
    const third = Number(postalCode[2]);
    return third <= 1 ? ['2A'] : third <= 6 ? ['2B'] : null;
  }
  if (postalCode.startsWith('971')) return ['971', '977', '978'];
  const department = getDepartment(postalCode.startsWith('97') ? postalCode.slice(0, 3) : postalCode.slice(0, 2));
  return department ? [department.code] : null;
}

/**
 * A town as people write it, compared with the communes' names: case, accents, hyphens, apostrophes and
 * spaces ignored, « St »/« Ste » read as « Saint »/« Sainte », and « Cedex » with what follows dropped.
 */
export function townKey(town: string): string {
  const words = town
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\bcedex\b.*$/, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word)).join('');
}

interface LocatedCommune {
  commune: PostalCodeCommune;
  coordinates: LonLat;
  /** Whether `coordinates` are this commune's own: all but 7 communes with no box, nor any former commune's. */
  own: boolean;
}

let communesByDepartment: Map<string, Map<string, LocatedCommune>> | null = null;

/**
 * The communes of a department by town key, built once, on the first CEDEX lookup (~35,000 communes, a
 * few ms). A commune's point is its own (the same under each of its postal codes); the few that have none
 * take that of a postal code they head, else of their first code, i.e. of a neighbour a few km away.
 */
function communesOfDepartment(departmentCode: string): Map<string, LocatedCommune> {
  if (!communesByDepartment) {
    const byCode = new Map<string, LocatedCommune>();
    for (const postalCode of Object.keys(index)) {
      const { info, points, own } = readPostalCode(postalCode)!;
      info.communes.forEach((commune, position) => {
        const known = byCode.get(commune.code);
        if (!known || (own[position] && !known.own)) byCode.set(commune.code, { commune, coordinates: points[position], own: own[position] });
      });
    }
    communesByDepartment = new Map();
    for (const located of byCode.values()) {
      const department = located.commune.departmentCode;
      const communes = communesByDepartment.get(department) ?? new Map<string, LocatedCommune>();
      communesByDepartment.set(department, communes);
      communes.set(townKey(located.commune.name), located);
    }
  }
  return communesByDepartment.get(departmentCode) ?? new Map();
}
