/**
 * Postal code → communes, department, region and a point, from data/postal-codes.json
 * (derived by scripts/derive-reference-data.ts).
 *
 * Server code only: the index is ~1.3 MB and must never reach a client bundle. This module does not
 * start with `import 'server-only'` because that package throws outside the react-server condition,
 * which would make it impossible to unit-test under jest; keep it out of 'use client' files.
 */
import postalCodeData from './data/postal-codes.json';
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
  /** Centre of the most populous commune's bounding box: a few km of precision at most. */
  coordinates: LonLat;
}

// The JSON import's inferred type is wider than the file's real shape; the script writes PostalCodeFile.
const index = (postalCodeData as unknown as PostalCodeFile).postalCodes;

export function lookupPostalCode(input: string): PostalCodeInfo | null {
  const postalCode = input.trim();
  if (!/^\d{5}$/.test(postalCode) || !Object.hasOwn(index, postalCode)) return null;
  const [lon, lat, rows] = index[postalCode];
  const communes: PostalCodeCommune[] = [];
  for (const [code, name, departmentCode] of rows) {
    // The script keeps only communes of known departments, so this never skips in practice.
    const department = getDepartment(departmentCode);
    if (department) communes.push({ code, name, departmentCode: department.code, regionCode: department.regionCode });
  }
  if (communes.length === 0) return null;
  return {
    postalCode,
    communes,
    departmentCode: communes[0].departmentCode,
    regionCode: communes[0].regionCode,
    coordinates: [lon, lat],
  };
}
