/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distanceKm, lookupPlace, lookupPostalCode, type LonLat, type Place } from '@/lib/reference/postal-codes';

// The point of the commune the town names (docs/decisions/010, « each commune's own point »): a postal
// code groups up to 40 communes, and its own point is its most populous commune's.

const ROOT = path.resolve(__dirname, '../..');
const readJson = <T>(relativePath: string): T => JSON.parse(readFileSync(path.join(ROOT, relativePath), 'utf8')) as T;

type BBox = [number, number, number, number];
const boxes = new Map(
  readJson<{ id: string; bbox: BBox }[]>('node_modules/@etalab/fr-bounding-boxes/dist/communes.json').map((row) => [
    row.id.replace('fr:commune:', ''),
    row.bbox,
  ]),
);
// The points are the boxes' centres rounded to 4 decimals (~10 m).
const inside = ([lon, lat]: LonLat, [minLon, minLat, maxLon, maxLat]: BBox) =>
  lon >= minLon - 1e-4 && lon <= maxLon + 1e-4 && lat >= minLat - 1e-4 && lat <= maxLat + 1e-4;

function place(postalCode: string, city: string, cedex = false): Place {
  const lookup = lookupPlace(postalCode, city, { cedex });
  if (!lookup.ok) throw new Error(`${postalCode} ${city} refused: ${lookup.reason}`);
  return lookup.place;
}

describe("lookupPlace gives the named commune's own point", () => {
  it('51800 Gratreuil: its own point, 25 km from the code’s (Sainte-Menehould, the most populous of 44 communes)', () => {
    const code = lookupPostalCode('51800')!;
    expect(code.communes).toHaveLength(44);
    expect(code.communes[0].name).toBe('Sainte-Menehould');
    const gratreuil = place('51800', 'Gratreuil');
    expect(gratreuil.commune).toMatchObject({ code: '51280', name: 'Gratreuil' });
    expect(inside(gratreuil.coordinates, boxes.get('51280')!)).toBe(true);
    expect(inside(code.coordinates, boxes.get('51280')!)).toBe(false);
    expect(distanceKm(gratreuil.coordinates, code.coordinates)).toBeGreaterThan(20);
    // The rest of the answer is the code's, as before.
    expect(gratreuil).toMatchObject({ postalCode: '51800', communes: code.communes, departmentCode: '51', regionCode: '44', cedex: false });
  });

  it.each([
    ['41160', 'DANZE', '41073', 30],
    ['11140', 'Mérial', '11230', 20],
    ['56170', 'Hoedic', '56085', 20], // an island off Quiberon
    ['37160', 'Buxeuil', '86042', 3], // the Vienne side of a code that spans two departments
  ] as const)('%s %s: a few km or more from the code’s point', (postalCode, city, inseeCode, atLeastKm) => {
    const found = place(postalCode, city);
    expect(found.commune?.code).toBe(inseeCode);
    expect(inside(found.coordinates, boxes.get(inseeCode)!)).toBe(true);
    expect(distanceKm(found.coordinates, lookupPostalCode(postalCode)!.coordinates)).toBeGreaterThan(atLeastKm);
  });

  it('keeps the code’s point for its most populous commune and for a town that names none of its communes', () => {
    const code = lookupPostalCode('51800')!;
    expect(place('51800', 'Sainte-Menehould').coordinates).toEqual(code.coordinates);
    expect(place('51800', 'Ste Menehould').coordinates).toEqual(code.coordinates);
    expect(place('51800', 'Reims')).toMatchObject({ commune: null, coordinates: code.coordinates });
    expect(place('51800', '')).toMatchObject({ commune: null, coordinates: code.coordinates });
    expect(place('37160', 'Descartes').coordinates).toEqual(lookupPostalCode('37160')!.coordinates);
  });

  it('gives a commune the same point under each of its postal codes', () => {
    // Roquetaillade-et-Conilhac (Aude) is under 11190 and 11300, and heads neither.
    const found = [place('11190', 'Roquetaillade et Conilhac'), place('11300', 'Roquetaillade-et-Conilhac')];
    expect(found.map((one) => one.commune?.code)).toEqual(['11323', '11323']);
    expect(found[0].coordinates).toEqual(found[1].coordinates);
    expect(lookupPostalCode('11190')!.coordinates).not.toEqual(lookupPostalCode('11300')!.coordinates);
  });

  it('gives a CEDEX town that heads no postal code its own point, not its first code’s', () => {
    // « 41106 Danzé Cedex » (a code no commune has): Danzé is the fifth commune of 41160.
    const cedex = place('41106', 'Danzé Cedex', true);
    expect(cedex).toMatchObject({ cedex: true, departmentCode: '41', commune: { code: '41073' } });
    expect(cedex.coordinates).toEqual(place('41160', 'Danzé').coordinates);
    expect(inside(cedex.coordinates, boxes.get('41073')!)).toBe(true);
  });

  it('puts every commune of the index that has a box inside it, and has a point by commune, not by code', () => {
    const { postalCodes } = readJson<{ postalCodes: Record<string, [number, number, [string, string, string, number?, number?][]]> }>(
      'lib/reference/data/postal-codes.json',
    );
    const pointByCommune = new Map<string, LonLat>();
    const outside: string[] = [];
    const notAlike: string[] = [];
    let checked = 0;
    for (const [postalCode, [, , rows]] of Object.entries(postalCodes)) {
      for (const [inseeCode, name] of rows) {
        const found = place(postalCode, name);
        // A few codes hold two homonymous communes: the town then names the first.
        if (found.commune?.code !== inseeCode) continue;
        checked += 1;
        const box = boxes.get(inseeCode);
        if (box && !inside(found.coordinates, box)) outside.push(`${postalCode} ${name}`);
        const known = pointByCommune.get(inseeCode);
        if (known && (known[0] !== found.coordinates[0] || known[1] !== found.coordinates[1])) notAlike.push(`${postalCode} ${name}`);
        pointByCommune.set(inseeCode, found.coordinates);
      }
    }
    expect(checked).toBeGreaterThan(35_000);
    // Including the three towns of Guyane whose hand-entered town-centre points replace their boxes' centres.
    expect(outside).toEqual([]);
    // The 7 communes with no box of their own nor of a former commune (restored after a merger) keep their
    // code's point; each has one postal code.
    expect(notAlike).toEqual([]);
  });
});
