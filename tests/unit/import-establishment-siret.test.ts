/**
 * @jest-environment node
 */
import { ESTABLISHMENT_COLUMNS } from '@/lib/imports/column-specs';
import { recordsOf } from '@/lib/imports/columns';
import { parseEstablishmentRow } from '@/lib/imports/establishment-rows';

// The optional « SIRET » column of the Annexe 2 import, after the Annexe's own columns A–K: not in the
// ministry's model, never required, checked by the SIRET validator and stored as 14 digits, so that
// RPPS+ managers can find an establishment without FINESS by it.

const ANNEXE = ['ARS de rattachement', 'Finess géographique', 'nom établissement', 'Type établissement', 'adresse', 'CP', 'ville', 'nom', 'prenom', 'e-mail', 'telephone'];
// A valid FINESS of the Rhône (Luhn key) and a Lyon line, as the agencies fill them.
const LINE = ['18-ARS Auvergne-Rhône-Alpes', '690000013', 'EHPAD des Lilas', '4', '3 rue des Lilas', '69003', 'Lyon', 'Martin', 'Claire', 'claire.martin@imports.renfort.test', '04 72 00 00 00'];

function parse(header: string[], ...cells: string[][]) {
  const rows = [header, ...cells].map((row, index) => ({ line: index + 1, cells: row }));
  return recordsOf(rows, ESTABLISHMENT_COLUMNS).map(parseEstablishmentRow);
}

describe('the « SIRET » column of the establishments import', () => {
  it('is optional: a file with the Annexe’s columns only is read, with no SIRET', () => {
    expect(ESTABLISHMENT_COLUMNS.find((column) => column.field === 'siret')).toMatchObject({ label: 'SIRET', required: false });
    const [line] = parse(ANNEXE, LINE);
    expect(line).toMatchObject({ ok: true, data: { finess: '690000013', siret: null } });
  });

  it('stores a SIRET typed with spaces as its 14 digits, under any of its headers', () => {
    for (const header of ['SIRET', 'N° SIRET', 'Numéro SIRET', 'numero siret']) {
      const [line] = parse([...ANNEXE, header], [...LINE, '732 829 320 00074']);
      expect(line).toMatchObject({ ok: true, data: { siret: '73282932000074' } });
    }
  });

  it('leaves an empty cell empty', () => {
    const [line] = parse([...ANNEXE, 'SIRET'], [...LINE, '  ']);
    expect(line).toMatchObject({ ok: true, data: { siret: null } });
  });

  it('reports a wrong SIRET as a line error, in the validator’s words', () => {
    const lines = parse([...ANNEXE, 'N° SIRET'], [...LINE, '73282932000075'], [...LINE, '7328293200007'], [...LINE, '732829320OOO74']);
    expect(lines).toEqual([
      { ok: false, messages: ["SIRET : Le numéro SIRET n'est pas valide : vérifiez les chiffres saisis."] },
      { ok: false, messages: ['SIRET : Le numéro SIRET doit comporter 14 chiffres.'] },
      { ok: false, messages: ['SIRET : Le numéro SIRET ne doit contenir que des chiffres.'] },
    ]);
  });

  it('reports it alongside the errors of the other columns', () => {
    const noName = [...LINE];
    noName[7] = '';
    const [line] = parse([...ANNEXE, 'SIRET'], [...noName, '123']);
    expect(line).toEqual({ ok: false, messages: ['nom : Le nom est obligatoire.', 'SIRET : Le numéro SIRET doit comporter 14 chiffres.'] });
  });
});
