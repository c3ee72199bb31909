/** @jest-environment node */
import { randomInt } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { computeLuhnCheckDigit } from '@/lib/identifiers/luhn';
import { IMPORT_MESSAGES } from '@/lib/imports/messages';
import { previewImport, runImport } from '@/lib/imports/run-import';
import { searchPreRegistrationEstablishments } from '@/lib/rpps/pre-registration';
import { listRequests } from '@/lib/rpps/queries';
import { requestListQuerySchema } from '@/lib/validation/rpps';
import { ensureReferenceData } from '../factories';
import { actorOf, establishmentIn } from './indicators-support';
import { ANNEXE_HEADER, annexeCells, annexeLine, csvBytes, type AnnexeLine } from './imports-support';
import { completeDraft, managerOf, person } from './rpps-helpers';

// The optional « SIRET » column of the Annexe 2 import (docs/decisions/019, update of 2026-12-08): the
// import writes it, so that RPPS+ managers find an establishment by its SIRET as their guide tells them.
// Auvergne-Rhône-Alpes (84), like the other establishment imports.

let ars: Actor;

beforeAll(async () => {
  await ensureReferenceData();
  ars = await actorOf('ARS', { regionCode: '84' });
});

/** A SIRET no other test draws (Luhn key). */
function freshSiret(): string {
  const payload = `7${String(randomInt(0, 1e12)).padStart(12, '0')}`;
  return `${payload}${computeLuhnCheckDigit(payload)}`;
}

/** « 732 829 320 00074 »: how it is copied from a Kbis or an invoice. */
const spaced = (siret: string) => `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;

function csvWithSiret(lines: [AnnexeLine, string][]) {
  return csvBytes([[...ANNEXE_HEADER, 'N° SIRET'], ...lines.map(([line, siret]) => [...annexeCells(line), siret])]);
}

describe('the « SIRET » column of the establishments import', () => {
  it('writes the SIRET of a new establishment, fills a known one that has none, keeps a different one and says so', async () => {
    const bare = await establishmentIn('84');
    const stored = freshSiret();
    const withSiret = await prisma.establishment.update({ where: { id: (await establishmentIn('84')).id }, data: { siret: stored } });
    const [created, filled, ignored, other] = [freshSiret(), freshSiret(), freshSiret(), freshSiret()];
    const newLine = annexeLine();
    const lines: [AnnexeLine, string][] = [
      [newLine, spaced(created)], // line 2: a new establishment
      [annexeLine({ finess: bare.finess! }), filled], // 3: known, without SIRET
      [annexeLine({ finess: withSiret.finess! }), ignored], // 4: known, with another SIRET
      [annexeLine({ finess: newLine.finess }), other], // 5: line 2's establishment, another SIRET
      [annexeLine(), ''], // 6: no SIRET
    ];
    const file = csvWithSiret(lines);

    const preview = await previewImport(ars, 'etablissements', file);
    expect(preview.counts).toMatchObject({ lines: 5, new: 5, error: 0 });
    expect(preview.lines.map((line) => line.messages)).toEqual([
      [IMPORT_MESSAGES.newEstablishment],
      [IMPORT_MESSAGES.existingEstablishment],
      [IMPORT_MESSAGES.existingEstablishment, IMPORT_MESSAGES.siretKept(stored)],
      [IMPORT_MESSAGES.establishmentFromLine(2), IMPORT_MESSAGES.siretOfLine(2, created)],
      [IMPORT_MESSAGES.newEstablishment],
    ]);
    // A preview writes nothing.
    expect(await prisma.establishment.findUniqueOrThrow({ where: { id: bare.id } })).toMatchObject({ siret: null });

    const result = await runImport(ars, 'etablissements', file, preview.fileHash);
    expect(result).toMatchObject({ status: 'imported', outcome: { accountsCreated: 5, establishmentsCreated: 2, establishmentsJoined: 2 } });
    const siretOf = async (finess: string) => (await prisma.establishment.findUniqueOrThrow({ where: { finess }, select: { siret: true } })).siret;
    expect(await siretOf(newLine.finess)).toBe(created);
    expect(await siretOf(bare.finess!)).toBe(filled);
    expect(await siretOf(withSiret.finess!)).toBe(stored);
    expect(await siretOf(lines[4]![0].finess)).toBeNull();
  });

  it('refuses the file when a SIRET is wrong, with the validator’s message', async () => {
    const siret = freshSiret();
    const wrongKey = `${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`;
    const line = annexeLine();
    const file = csvWithSiret([[line, wrongKey]]);
    const preview = await previewImport(ars, 'etablissements', file);
    expect(preview.lines[0]).toMatchObject({ status: 'error', messages: ["SIRET : Le numéro SIRET n'est pas valide : vérifiez les chiffres saisis."] });
    expect(await runImport(ars, 'etablissements', file, preview.fileHash)).toMatchObject({ status: 'rejected' });
    expect(await prisma.establishment.count({ where: { finess: line.finess } })).toBe(0);
  });

  it('lets RPPS+ managers find the imported establishments by their SIRET', async () => {
    const bare = await establishmentIn('84');
    const [created, filled] = [freshSiret(), freshSiret()];
    const newLine = annexeLine();
    const file = csvWithSiret([
      [newLine, spaced(created)],
      [annexeLine({ finess: bare.finess! }), filled],
    ]);
    const preview = await previewImport(ars, 'etablissements', file);
    expect(await runImport(ars, 'etablissements', file, preview.fileHash)).toMatchObject({ status: 'imported' });
    const imported = await prisma.establishment.findUniqueOrThrow({ where: { finess: newLine.finess } });

    // « N° FINESS (ou SIRET, ou GID) » of the requests list, typed as on the Kbis.
    const manager = await managerOf(imported.id, bare.id);
    const inImported = await completeDraft(manager, person(imported.id));
    const inBare = await completeDraft(manager, person(bare.id));
    const search = async (number: string) => (await listRequests(manager, requestListQuerySchema.parse({ etablissement: number }))).rows.map((row) => row.id);
    expect(await search(spaced(created))).toEqual([inImported.requestId]);
    expect(await search(filled)).toEqual([inBare.requestId]);

    // The establishment field of the public pre-registration (GET /api/rpps/etablissements).
    expect((await searchPreRegistrationEstablishments(created)).map((found) => found.id)).toEqual([imported.id]);
    expect((await searchPreRegistrationEstablishments(spaced(filled))).map((found) => found.id)).toEqual([bare.id]);
  });
});
