import 'server-only';
import postalCodeData from '@/lib/reference/data/postal-codes.json';
import type { PostalCodeFile } from '@/lib/reference/postal-code-file';
import { getDepartment } from '@/lib/reference/departments';
import { foldName } from '@/lib/rpps/shared/fold';

// « Commune de naissance* » type-ahead (SPEC §8). The index is built once per server process from the
// postal-code file we already ship (decision 010): every commune and municipal arrondissement, deduplicated
// by INSEE code (~35 000 entries, a few MB in memory). It never reaches the browser: the form asks
// GET /api/rpps/communes for ten suggestions at a time.

export interface Commune {
  /** INSEE code (not a postal code), e.g. 13203 for Marseille 3e Arrondissement. */
  code: string;
  name: string;
  departmentCode: string;
  departmentName: string;
}

interface IndexedCommune extends Commune {
  /** Lower case, no accents, hyphens and apostrophes as spaces: « saint denis », « l ile d yeu ». */
  key: string;
}

let byCode: Map<string, IndexedCommune> | undefined;

function index(): Map<string, IndexedCommune> {
  if (byCode) return byCode;
  const built = new Map<string, IndexedCommune>();
  for (const [, , communes] of Object.values((postalCodeData as unknown as PostalCodeFile).postalCodes)) {
    for (const [code, name, departmentCode] of communes) {
      if (built.has(code)) continue;
      built.set(code, { code, name, departmentCode, departmentName: getDepartment(departmentCode)?.name ?? departmentCode, key: foldName(name) });
    }
  }
  byCode = built;
  return built;
}

export function findCommune(code: string): Commune | undefined {
  const entry = index().get(code);
  return entry ? strip(entry) : undefined;
}

function strip({ key: _key, ...commune }: IndexedCommune): Commune {
  return commune;
}

/**
 * Communes whose name starts with the text (rank 0) or has a word that does (rank 1: « denis » finds
 * Saint-Denis), shortest names first so that « Paris » comes before « Parisot ».
 */
export function searchCommunes(text: string, limit = 10): Commune[] {
  const query = foldName(text);
  if (query.length < 2) return [];
  const matches: { entry: IndexedCommune; rank: number }[] = [];
  for (const entry of index().values()) {
    if (entry.key.startsWith(query)) matches.push({ entry, rank: 0 });
    else if (entry.key.includes(` ${query}`)) matches.push({ entry, rank: 1 });
  }
  matches.sort(
    (a, b) => a.rank - b.rank || a.entry.key.length - b.entry.key.length || a.entry.key.localeCompare(b.entry.key) || a.entry.code.localeCompare(b.entry.code),
  );
  return matches.slice(0, limit).map(({ entry }) => strip(entry));
}
