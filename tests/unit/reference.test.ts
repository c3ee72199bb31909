/**
 * @jest-environment node
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import inseeDepartments from '@etalab/decoupage-administratif/data/departements.json';
import inseeRegions from '@etalab/decoupage-administratif/data/regions.json';
import { ACTIVITY_TYPE_CODES, ACTIVITY_TYPE_LABELS } from '@/lib/reference/activity-types';
import { DEPARTMENTS, getDepartment, listDepartmentsOfRegion } from '@/lib/reference/departments';
import { FINESS_CATEGORIES } from '@/lib/reference/finess-categories';
import { IDENTIFIER_TYPE_CODES, IDENTIFIER_TYPE_LABELS } from '@/lib/reference/identifier-types';
import { MEDICAL_SPECIALITY_CODES, MEDICAL_SPECIALITY_LABELS } from '@/lib/reference/medical-specialities';
import { MOBILISATION_CODES, MOBILISATION_LABELS } from '@/lib/reference/mobilisation';
import { cedexDepartments, distanceKm, lookupPlace, lookupPostalCode, placeRefusal, townKey, type LonLat } from '@/lib/reference/postal-codes';
import { getProfession, PROFESSION_CODES, PROFESSIONS } from '@/lib/reference/professions';
import { getRegion, isRegionCode, REGION_CODES, REGIONS } from '@/lib/reference/regions';

const ROOT = path.resolve(__dirname, '../..');
const readJson = <T>(relativePath: string): T =>
  JSON.parse(readFileSync(path.join(ROOT, relativePath), 'utf8')) as T;

interface FeatureCollection<P> {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: P; geometry: { type: string; coordinates: unknown[] } }[];
}

describe('regions', () => {
  it('are the 18 ARS regions with their INSEE codes', () => {
    expect(REGIONS).toHaveLength(18);
    expect([...REGION_CODES].sort()).toEqual(
      ['84', '27', '53', '24', '94', '44', '32', '11', '28', '75', '76', '52', '93', '01', '02', '03', '04', '06'].sort(),
    );
    expect(getRegion('76')).toEqual({ code: '76', name: 'Occitanie', arsName: 'ARS Occitanie', overseas: false });
    expect(getRegion('04')?.arsName).toBe('ARS La Réunion');
    expect(getRegion('975')).toBeUndefined();
    expect(isRegionCode('11')).toBe(true);
    expect(isRegionCode('12')).toBe(false);
  });

  it('carry the INSEE names', () => {
    for (const region of REGIONS) {
      expect(inseeRegions.find((row) => row.code === region.code)?.nom).toBe(region.name);
    }
  });
});

describe('departments', () => {
  it('cover the 101 departments and the two collectivities of the ARS of Guadeloupe', () => {
    expect(DEPARTMENTS).toHaveLength(103);
    expect(new Set(DEPARTMENTS.map((d) => d.code)).size).toBe(103);
    for (const code of ['2A', '2B', '971', '972', '973', '974', '976']) expect(getDepartment(code)).toBeDefined();
    expect(getDepartment('20')).toBeUndefined();
    expect(getDepartment('975')).toBeUndefined();
    expect(getDepartment('977')).toMatchObject({ regionCode: '01', collectivity: true });
    expect(getDepartment('978')).toMatchObject({ regionCode: '01', collectivity: true });
  });

  it('each belong to an existing region, and every region has departments', () => {
    for (const department of DEPARTMENTS) expect(isRegionCode(department.regionCode)).toBe(true);
    for (const region of REGIONS) expect(listDepartmentsOfRegion(region.code).length).toBeGreaterThan(0);
    expect(listDepartmentsOfRegion('94').map((d) => d.code)).toEqual(['2A', '2B']);
  });

  it('match the INSEE table', () => {
    for (const department of DEPARTMENTS.filter((d) => !d.collectivity)) {
      const row = inseeDepartments.find((r) => r.code === department.code);
      expect({ code: department.code, name: row?.nom, region: row?.region }).toEqual({
        code: department.code,
        name: department.name,
        region: department.regionCode,
      });
    }
  });
});

describe('postal codes', () => {
  const inside = ([lon, lat]: LonLat, [minLon, minLat, maxLon, maxLat]: number[]) =>
    lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;

  it('81400 → Carmaux, Blaye-les-Mines… in the Tarn, Occitanie', () => {
    const info = lookupPostalCode('81400');
    expect(info?.communes.map((c) => c.name)).toContain('Blaye-les-Mines');
    expect(info?.communes).toHaveLength(5);
    expect(info?.communes).toContainEqual({ code: '81033', name: 'Blaye-les-Mines', departmentCode: '81', regionCode: '76' });
    expect(info).toMatchObject({ departmentCode: '81', regionCode: '76' });
    expect(inside(info!.coordinates, [1.8, 43.6, 3.5, 44.3])).toBe(true);
  });

  it('54000 → Nancy', () => {
    const info = lookupPostalCode('54000');
    expect(info?.communes.map((c) => c.name)).toEqual(['Nancy']);
    expect(info).toMatchObject({ departmentCode: '54', regionCode: '44' });
    expect(distanceKm(info!.coordinates, [6.1844, 48.6921])).toBeLessThan(5);
  });

  it('97400 → Saint-Denis, La Réunion', () => {
    const info = lookupPostalCode('97400');
    expect(info?.communes[0]).toEqual({ code: '97411', name: 'Saint-Denis', departmentCode: '974', regionCode: '04' });
    expect(inside(info!.coordinates, [55.2, -21.4, 55.9, -20.8])).toBe(true);
  });

  it('20000 → Ajaccio, Corse-du-Sud', () => {
    const info = lookupPostalCode('20000');
    expect(info?.communes[0]).toMatchObject({ name: 'Ajaccio', departmentCode: '2A', regionCode: '94' });
  });

  it('routes Paris, Saint-Martin and a cross-border postal code', () => {
    expect(lookupPostalCode('75001')?.communes.map((c) => c.name)).toEqual(['Paris', 'Paris 1er Arrondissement']);
    expect(lookupPostalCode('97150')).toMatchObject({ departmentCode: '978', regionCode: '01' });
    // 01200 spans the Ain and the Haute-Savoie: the most populous commune decides.
    const valserhone = lookupPostalCode('01200');
    expect(valserhone).toMatchObject({ departmentCode: '01', regionCode: '84' });
    expect(valserhone?.communes.some((c) => c.departmentCode === '74')).toBe(true);
  });

  it('answer null for unknown or malformed codes and territories without an ARS', () => {
    for (const code of ['00000', '99999', '8140', '814000', 'abcde', '', '97500', '98800', 'constructor']) {
      expect(lookupPostalCode(code)).toBeNull();
    }
    expect(lookupPostalCode(' 81400 ')?.postalCode).toBe('81400');
  });

  it('give every postal code a point in France', () => {
    const { postalCodes } = readJson<{ postalCodes: Record<string, [number, number, unknown[]]> }>(
      'lib/reference/data/postal-codes.json',
    );
    const codes = Object.keys(postalCodes);
    expect(codes.length).toBeGreaterThan(6000);
    const france = [
      [-5.3, 41.3, 9.7, 51.2], // metropolitan France and Corsica
      [-63.2, 15.8, -60.8, 18.2], // Guadeloupe, Saint-Martin, Saint-Barthélemy
      [-61.3, 14.3, -60.7, 14.9], // Martinique
      [-54.7, 2.1, -51.5, 5.8], // Guyane
      [55.2, -21.4, 55.9, -20.8], // La Réunion
      [44.9, -13.1, 45.4, -12.6], // Mayotte
    ];
    for (const code of codes) {
      const info = lookupPostalCode(code);
      expect(info).not.toBeNull();
      const inFrance = france.some((box) => inside(info!.coordinates, box));
      if (!inFrance) throw new Error(`${code} is outside France: ${info!.coordinates.join(', ')}`);
    }
  });
});

describe('CEDEX postal codes (lookupPlace)', () => {
  const place = (postalCode: string, city: string, cedex = true) => {
    const lookup = lookupPlace(postalCode, city, { cedex });
    if (!lookup.ok) throw new Error(`${postalCode} ${city} refused: ${lookup.reason}`);
    return lookup.place;
  };

  it.each([
    ['31059', 'Toulouse Cedex 9', '31', '76', 'Toulouse', [1.4442, 43.6045]],
    ['75651', 'PARIS CEDEX 13', '75', '11', 'Paris', [2.3522, 48.8566]],
    ['34295', 'Montpellier Cédex 5', '34', '76', 'Montpellier', [3.8767, 43.6108]],
    ['33076', 'Bordeaux Cedex', '33', '75', 'Bordeaux', [-0.5792, 44.8378]],
    ['97405', 'Saint-Denis Cedex', '974', '04', 'Saint-Denis', [55.4481, -20.8823]],
    ['42055', 'St-Étienne cedex 2', '42', '84', 'Saint-Étienne', [4.3872, 45.4397]],
    ['20184', 'Ajaccio Cedex 1', '2A', '94', 'Ajaccio', [8.7369, 41.9192]],
    ['20405', 'BASTIA CEDEX', '2B', '94', 'Bastia', [9.4509, 42.6977]],
    ['97159', 'Pointe-à-Pitre Cedex', '971', '01', 'Pointe-à-Pitre', [-61.5331, 16.2411]],
  ] as const)('%s %s → the commune, its department, region and point', (postalCode, city, departmentCode, regionCode, name, townHall) => {
    const found = place(postalCode, city);
    expect(found).toMatchObject({ postalCode, departmentCode, regionCode, cedex: true, commune: { name, departmentCode, regionCode } });
    expect(found.communes).toEqual([found.commune]);
    // The point of the commune (the centre of its box, for distances), not of the department: within a few
    // km of the town hall (Saint-Denis de La Réunion's box runs up into the mountains: 7 km).
    expect(distanceKm(found.coordinates, [townHall[0], townHall[1]])).toBeLessThan(8);
  });

  it('reads the town whatever its case, accents, hyphens and « St »', () => {
    expect(townKey('ST ETIENNE  Cedex 1')).toBe(townKey('Saint-Étienne'));
    expect(townKey("L'Isle-d'Abeau")).toBe(townKey('l isle d abeau'));
    expect(townKey('Ste-Foy-lès-Lyon')).toBe(townKey('Sainte Foy les Lyon'));
    expect(townKey('Cœuvres-et-Valsery')).toBe(townKey('COEUVRES ET VALSERY'));
    expect(townKey('Toulouse CEDEX')).toBe('toulouse');
  });

  it('refuses a CEDEX code whose town is no commune of its department, and says what to write', () => {
    for (const city of ['Toulouze', 'Montpellier', 'Cedex 9', '']) {
      const lookup = lookupPlace('31059', city, { cedex: true });
      expect(lookup).toEqual({ ok: false, reason: 'cedex-city', postalCode: '31059', departmentCode: '31', departmentName: 'Haute-Garonne' });
    }
    const refused = lookupPlace('31059', 'Toulouze', { cedex: true });
    expect(refused.ok || placeRefusal(refused, 'Code postal inconnu.')).toBe(
      '31059 est un code postal CEDEX (Haute-Garonne, 31) : la ville indiquée n\'est pas une commune de ce département. ' +
        'Écrivez dans « Ville » le nom de la commune, sans « Cedex » (par exemple « Toulouse » pour « Toulouse Cedex 9 »).',
    );
  });

  it('keeps refusing codes of no known department, and CEDEX codes where they do not apply (a volunteer\'s home)', () => {
    for (const code of ['00100', '97505', '98000', '98800', '20705', '9105', 'abcde']) {
      expect(lookupPlace(code, 'Saint-Pierre', { cedex: true })).toEqual({ ok: false, reason: 'unknown' });
    }
    expect(lookupPlace('31059', 'Toulouse', { cedex: false })).toEqual({ ok: false, reason: 'unknown' });
    const refused = lookupPlace('31059', 'Toulouse', { cedex: false });
    expect(refused.ok || placeRefusal(refused, 'Code postal inconnu.')).toBe('Code postal inconnu.');
  });

  it("reads a commune's postal code as before, with the commune the town names", () => {
    expect(place('31000', 'Toulouse Cedex')).toMatchObject({ departmentCode: '31', cedex: false, commune: { code: '31555' } });
    expect(place('81400', 'Ailleurs')).toMatchObject({ ...lookupPostalCode('81400'), commune: null, cedex: false });
  });

  it('derives the department from the first digits the way the commune codes do (Corsica: 200–201 → 2A, 202–206 → 2B)', () => {
    const { postalCodes } = readJson<{ postalCodes: Record<string, [number, number, [string, string, string][]]> }>('lib/reference/data/postal-codes.json');
    const mismatches: string[] = [];
    for (const [code, [, , communes]] of Object.entries(postalCodes)) {
      const departments = cedexDepartments(code);
      if (!departments || !communes.some(([, , department]) => departments.includes(department as never))) mismatches.push(code);
    }
    // 94390 is Orly airport's code, given to Paray-Vieille-Poste (Essonne) alone.
    expect(mismatches).toEqual(['94390']);
    expect(cedexDepartments('20190')).toEqual(['2A']);
    expect(cedexDepartments('20290')).toEqual(['2B']);
    expect(cedexDepartments('97150')).toEqual(['971', '977', '978']);
  });
});

describe('postal codes spanning two departments (lookupPlace)', () => {
  const department = (postalCode: string, city: string) => {
    const lookup = lookupPlace(postalCode, city, { cedex: false });
    return lookup.ok ? [lookup.place.departmentCode, lookup.place.regionCode, lookup.place.commune?.name ?? null] : lookup.reason;
  };

  it('take the department and region of the commune the town names', () => {
    expect(department('37160', 'Descartes')).toEqual(['37', '24', 'Descartes']);
    expect(department('37160', 'BUXEUIL')).toEqual(['86', '75', 'Buxeuil']);
    expect(department('48250', 'Laveyrune')).toEqual(['07', '84', 'Laveyrune']);
    expect(department('48250', 'Luc')).toEqual(['48', '76', 'Luc']);
    expect(department('01410', 'lajoux')).toEqual(['39', '27', 'Lajoux']);
    expect(department('01200', 'Éloise')).toEqual(['74', '84', 'Éloise']);
    expect(department('42620', 'St Pierre Laval')).toEqual(['03', '84', 'Saint-Pierre-Laval']);
  });

  it('fall back to the most populous commune when the town names none of the code', () => {
    expect(department('37160', 'Châtellerault')).toEqual(['37', '24', null]);
    expect(department('01410', '')).toEqual(['01', '84', null]);
  });

  it("take the point of the commune the town names, the code's for its most populous one", () => {
    const buxeuil = lookupPlace('37160', 'Buxeuil', { cedex: false });
    expect(buxeuil.ok && buxeuil.place.coordinates).not.toEqual(lookupPostalCode('37160')!.coordinates);
    const descartes = lookupPlace('37160', 'Descartes', { cedex: false });
    expect(descartes.ok && descartes.place.coordinates).toEqual(lookupPostalCode('37160')!.coordinates);
  });
});

describe('distanceKm', () => {
  it('measures great-circle distances', () => {
    const paris: LonLat = [2.3522, 48.8566];
    const marseille: LonLat = [5.3698, 43.2965];
    expect(distanceKm(paris, marseille)).toBeGreaterThan(655);
    expect(distanceKm(paris, marseille)).toBeLessThan(665);
    expect(distanceKm(marseille, paris)).toBeCloseTo(distanceKm(paris, marseille), 9);
    expect(distanceKm(paris, paris)).toBe(0);
  });
});

describe('offline map', () => {
  const departments = readJson<FeatureCollection<{ code: string; nom: string; region: string }>>(
    'public/map/departements.geojson',
  );
  const regions = readJson<FeatureCollection<{ code: string; nom: string }>>('public/map/regions.geojson');

  it('has the 101 departments, each known to departments.ts with the same region', () => {
    expect(departments.features).toHaveLength(101);
    for (const { properties } of departments.features) {
      const department = getDepartment(properties.code);
      expect(department).toBeDefined();
      expect(properties).toEqual({ code: department!.code, nom: department!.name, region: department!.regionCode });
    }
    expect(statSync(path.join(ROOT, 'public/map/departements.geojson')).size).toBeLessThanOrEqual(150 * 1024);
  });

  it('has one outline per ARS region', () => {
    expect(regions.features.map((f) => f.properties.code).sort()).toEqual([...REGION_CODES].sort());
    for (const feature of [...regions.features, ...departments.features]) {
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    }
  });

  it('has a valid style that needs nothing from the network', () => {
    const raw = readFileSync(path.join(ROOT, 'public/map/style.json'), 'utf8');
    const style = JSON.parse(raw) as {
      glyphs?: string;
      sprite?: string;
      sources: Record<string, { type: string; data: string }>;
      layers: { type: string }[];
    };
    expect(validateStyleMin(style as Parameters<typeof validateStyleMin>[0])).toEqual([]);
    expect(raw).not.toMatch(/https?:|mapbox:/);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(new Set(style.layers.map((layer) => layer.type))).toEqual(new Set(['background', 'fill', 'line']));
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(statSync(path.join(ROOT, 'public', source.data)).isFile()).toBe(true);
    }
  });
});

describe('professions', () => {
  it('have unique codes and labels, and the special entries', () => {
    expect(new Set(PROFESSION_CODES).size).toBe(PROFESSION_CODES.length);
    expect(new Set(PROFESSIONS.map((p) => p.label)).size).toBe(PROFESSIONS.length);
    expect(getProfession('VACCINATION_ELIGIBLE')).toMatchObject({
      label: 'Profession éligible pour vacciner',
      eligibleToVaccinate: true,
    });
    expect(getProfession('OTHER')?.label).toBe('Autre');
    expect(PROFESSIONS.map((p) => p.sortOrder)).toEqual(PROFESSIONS.map((_, index) => index));
  });

  it('give specialities to doctors only', () => {
    expect(PROFESSIONS.filter((p) => p.hasSpecialities).map((p) => p.code)).toEqual(['DOCTOR']);
    expect(MEDICAL_SPECIALITY_CODES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(Object.values(MEDICAL_SPECIALITY_LABELS)).size).toBe(MEDICAL_SPECIALITY_CODES.length);
    expect(MEDICAL_SPECIALITY_LABELS.GENERAL_PRACTICE).toBe('Médecine générale');
  });

  it('flag who may vaccinate', () => {
    expect(getProfession('NURSE')?.eligibleToVaccinate).toBe(true);
    expect(getProfession('PHARMACIST')?.eligibleToVaccinate).toBe(true);
    expect(getProfession('HOSPITAL_SERVICE_AGENT')?.eligibleToVaccinate).toBe(false);
    expect(getProfession('MEDICAL_SECRETARY')?.eligibleToVaccinate).toBe(false);
  });
});

describe('small enumerations', () => {
  it('use the codes of the Prisma enums', () => {
    expect(ACTIVITY_TYPE_CODES).toEqual(['EMPLOYEE', 'LIBERAL', 'STUDENT', 'RETIRED', 'UNEMPLOYED', 'OTHER']);
    expect(MOBILISATION_CODES).toEqual(['LOCAL', 'DEPARTMENTAL', 'REGIONAL', 'NATIONAL']);
    expect(IDENTIFIER_TYPE_CODES).toEqual(['RPPS', 'ADELI', 'NONE']);
    expect(Object.values(ACTIVITY_TYPE_LABELS)).toEqual(['Salarié', 'Libéral', 'Étudiant', 'Retraité', 'Sans emploi', 'Autre']);
    expect(Object.values(MOBILISATION_LABELS)).toEqual(['Locale', 'Départementale', 'Régionale', 'Nationale']);
    expect(IDENTIFIER_TYPE_LABELS.NONE).toBe('Aucun');
  });

  it('list the six FINESS categories of the instruction and the vaccination centre', () => {
    expect(FINESS_CATEGORIES).toHaveLength(7);
    expect(FINESS_CATEGORIES.filter((c) => c.identifier === 'FINESS').map((c) => c.annexValue?.[0])).toEqual([
      '1', '2', '3', '4', '5', '6',
    ]);
    expect(FINESS_CATEGORIES.at(-1)).toMatchObject({ label: 'Centre de vaccination', identifier: 'GID' });
  });
});
