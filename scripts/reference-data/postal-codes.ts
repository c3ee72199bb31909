import { getDepartment } from '../../lib/reference/departments';
import type { PostalCodeCommuneRow, PostalCodeEntry, PostalCodeFile } from '../../lib/reference/postal-code-file';

/** A row of `@etalab/decoupage-administratif` data/communes.json (only the fields we read). */
export interface SourceCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  commune?: string;
}

export interface SourceDepartment {
  code: string;
  chefLieu: string;
}

/** A row of `@etalab/fr-bounding-boxes` dist/communes.json. */
export interface SourceBoundingBox {
  id: string;
  bbox: [number, number, number, number];
}

type BBox = [number, number, number, number];

export interface PostalCodeReport {
  file: PostalCodeFile;
  kept: number;
  skippedWithoutArs: string[];
  /** The rule that gave each postal code's point. */
  fallbacks: Record<string, number>;
  /** The rule that gave each commune row's own point ('postalCode': none, the code's point is kept). */
  communeRules: Record<string, number>;
  /** Commune rows whose own point differs from their postal code's, so is written in the file. */
  communePoints: number;
  chiefTownFallbacks: string[];
  outsideDepartment: string[];
}

// Town-centre points entered by hand (approximate, ±1 km), used before any box:
// - Saint-Barthélemy and Saint-Martin have no commune box in fr-bounding-boxes (IGN 2017);
// - the boxes of Guyane's three main towns span forest or offshore islands (Cayenne's box is
//   215 km across), which put their centre 30–75 km from the town.
const MANUAL_POINTS: Record<string, [number, number]> = {
  '97701': [-62.8498, 17.8962], // Saint-Barthélemy (Gustavia)
  '97801': [-63.0825, 18.0677], // Saint-Martin (Marigot)
  '97302': [-52.326, 4.9372], // Cayenne
  '97304': [-52.6502, 5.1596], // Kourou
  '97311': [-54.0302, 5.4983], // Saint-Laurent-du-Maroni
};

function union(boxes: BBox[]): BBox | undefined {
  if (boxes.length === 0) return undefined;
  return boxes.reduce((a, b) => [
    Math.min(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.max(a[2], b[2]),
    Math.max(a[3], b[3]),
  ]);
}

const round4 = (value: number): number => Math.round(value * 1e4) / 1e4;

const centre = (box: BBox): [number, number] => [
  round4((box[0] + box[2]) / 2),
  round4((box[1] + box[3]) / 2),
];

const inside = ([lon, lat]: [number, number], box: BBox, marginDeg: number): boolean =>
  lon >= box[0] - marginDeg &&
  lon <= box[2] + marginDeg &&
  lat >= box[1] - marginDeg &&
  lat <= box[3] + marginDeg;

export function buildPostalCodeIndex(input: {
  communes: SourceCommune[];
  departments: SourceDepartment[];
  communeBoxes: SourceBoundingBox[];
  departmentBoxes: SourceBoundingBox[];
}): PostalCodeReport {
  const boxByCode = new Map<string, BBox>(
    input.communeBoxes.map((row) => [row.id.replace('fr:commune:', ''), row.bbox]),
  );
  const departmentBoxByCode = new Map<string, BBox>(
    input.departmentBoxes.map((row) => [row.id.replace('fr:departement:', ''), row.bbox]),
  );
  // A delegated commune often reuses the code of its current commune: index current ones only.
  const currentCommunes = input.communes.filter(
    (commune) => commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal',
  );
  const communeByCode = new Map(currentCommunes.map((commune) => [commune.code, commune]));
  const chiefTownByDepartment = new Map(input.departments.map((d) => [d.code, d.chefLieu]));
  const fallbacks: Record<string, number> = {};
  const communeRules: Record<string, number> = {};
  let communePoints = 0;

  // Manual point → own box → union of the merged communes' boxes → parent commune (Paris/Lyon/
  // Marseille arrondissements). Returns the point and the rule that gave it.
  function pointOf(code: string): { point: [number, number]; rule: string } | undefined {
    const manual = MANUAL_POINTS[code];
    if (manual) return { point: manual, rule: 'manual' };
    const own = boxByCode.get(code);
    if (own) return { point: centre(own), rule: 'commune' };
    const commune = communeByCode.get(code);
    const merged = union(
      (commune?.anciensCodes ?? [])
        .map((old) => boxByCode.get(old))
        .filter((box): box is BBox => box !== undefined),
    );
    if (merged) return { point: centre(merged), rule: 'anciensCodes' };
    const parent = commune?.commune ? boxByCode.get(commune.commune) : undefined;
    if (parent) return { point: centre(parent), rule: 'parent' };
    return undefined;
  }

  const byPostalCode = new Map<string, SourceCommune[]>();
  for (const commune of currentCommunes) {
    for (const postalCode of commune.codesPostaux ?? []) {
      const list = byPostalCode.get(postalCode) ?? [];
      list.push(commune);
      byPostalCode.set(postalCode, list);
    }
  }

  const postalCodes: Record<string, PostalCodeEntry> = {};
  const skippedWithoutArs: string[] = [];
  const outsideDepartment: string[] = [];
  const chiefTownFallbacks: string[] = [];
  for (const postalCode of [...byPostalCode.keys()].sort()) {
    const communes = (byPostalCode.get(postalCode) ?? [])
      .filter((commune) => getDepartment(commune.departement) !== undefined)
      // Most populous first: it is the likeliest answer and the one whose centre we use.
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.nom.localeCompare(b.nom, 'fr'));
    if (communes.length === 0) {
      skippedWithoutArs.push(postalCode);
      continue;
    }
    // The code's point: its most populous commune that has one, else the department's chief town.
    let found: { point: [number, number]; rule: string } | undefined;
    for (const commune of communes) {
      found = pointOf(commune.code);
      if (found) break;
    }
    if (!found) {
      const chiefTown = chiefTownByDepartment.get(communes[0].departement);
      const fromChiefTown = chiefTown ? pointOf(chiefTown) : undefined;
      if (fromChiefTown) found = { point: fromChiefTown.point, rule: 'departmentChiefTown' };
      chiefTownFallbacks.push(postalCode);
    }
    if (!found || !found.point.every(Number.isFinite)) {
      throw new Error(`No coordinates for postal code ${postalCode}`);
    }
    fallbacks[found.rule] = (fallbacks[found.rule] ?? 0) + 1;

    const departmentBox = departmentBoxByCode.get(communes[0].departement);
    // 0.05° ≈ 5 km of tolerance: a box centre may sit just off a jagged coastline.
    if (departmentBox && !inside(found.point, departmentBox, 0.05)) outsideDepartment.push(postalCode);

    const codePoint = found.point;
    postalCodes[postalCode] = [
      codePoint[0],
      codePoint[1],
      communes.map((commune): PostalCodeCommuneRow => {
        // Each commune's own point, by the same rules as the code's; one that has none keeps the code's.
        // Written only where it differs: the first commune's is the code's whenever it has one.
        const own = pointOf(commune.code);
        const rule = own?.rule ?? 'postalCode';
        communeRules[rule] = (communeRules[rule] ?? 0) + 1;
        if (!own || (own.point[0] === codePoint[0] && own.point[1] === codePoint[1])) {
          return [commune.code, commune.nom, commune.departement];
        }
        communePoints += 1;
        return [commune.code, commune.nom, commune.departement, own.point[0], own.point[1]];
      }),
    ];
  }

  return {
    file: { version: 2, postalCodes },
    kept: Object.keys(postalCodes).length,
    skippedWithoutArs,
    fallbacks,
    communeRules,
    communePoints,
    chiefTownFallbacks,
    outsideDepartment,
  };
}
