/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { listVolunteers } from '@/lib/professionals/regulator-list';
import { parseVolunteerQuery } from '@/lib/professionals/regulator-query';
import { listRegionSettings } from '@/lib/regulation/settings';
import { createProfessional, ensureReferenceData } from '../factories';
import { actorOf } from './regulation-support';

// Names sort in French alphabetical order (migration 20261209020000, docs/decisions/039): capitals and
// small letters together, « É » with « E », a particle with its letter — not by code point, where « Zola »
// came before « de la Fontaine » and « Île-de-France » after « Provence-Alpes-Côte d'Azur ».

beforeAll(ensureReferenceData);

/** Last names in French order, each ending with the run's tag (the filter selects on it). */
const FRENCH_ORDER = ['de la Fontaine', 'Durand', 'Élodie', 'émile', 'Eve', 'Zola'];

describe('the regulators’ « Bénévoles » table', () => {
  it('sorts by « Nom » in French order, both ways', async () => {
    const tag = `Fr${randomUUID().slice(0, 8)}`;
    for (const name of [...FRENCH_ORDER].reverse()) await createProfessional({ regionCode: '84', lastName: `${name} ${tag}` });
    const ars = await actorOf('ARS', { regionCode: '84' });
    const names = async (direction: string) =>
      (await listVolunteers(ars, parseVolunteerQuery({ lastName: tag, sort: 'lastName', direction }))).rows.map((row) => row.lastName.replace(` ${tag}`, ''));
    expect(await names('asc')).toEqual(FRENCH_ORDER);
    expect(await names('desc')).toEqual([...FRENCH_ORDER].reverse());
  });
});

describe('the regions of the CCS’s settings', () => {
  it('lists « Île-de-France » after « Hauts-de-France », not at the end', async () => {
    const names = (await listRegionSettings(await actorOf('CCS'))).map((region) => region.regionName);
    expect(names.slice(names.indexOf('Guyane'), names.indexOf('Normandie') + 1)).toEqual([
      'Guyane', 'Hauts-de-France', 'Île-de-France', 'La Réunion', 'Martinique', 'Mayotte', 'Normandie',
    ]);
    expect(names.at(-1)).toBe("Provence-Alpes-Côte d'Azur");
  });
});

describe('the columns people read sorted', () => {
  // The volunteers' copies of the names (professionals.search_*) keep the byte order for the « contient »
  // filters; « Choisir » sorts them with COLLATE "french" (tested in candidate-search.test.ts).
  it('all use the French collation', async () => {
    const rows = await prisma.$queryRaw<{ column: string; collation: string | null }[]>`
      SELECT table_name || '.' || column_name AS column, collation_name AS collation FROM information_schema.columns
      WHERE table_schema = 'public' AND (table_name, column_name) IN (
        ('users', 'first_name'), ('users', 'last_name'), ('establishments', 'name'), ('regions', 'name'), ('professions', 'label'),
        ('account_requests', 'first_name'), ('account_requests', 'last_name'), ('account_requests', 'establishment_name'),
        ('rpps_records', 'practice_first_name'), ('rpps_records', 'practice_last_name'))
      ORDER BY 1`;
    expect(rows).toHaveLength(10);
    expect(rows.filter((row) => row.collation !== 'french')).toEqual([]);
  });
});
