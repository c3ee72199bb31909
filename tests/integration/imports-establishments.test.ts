/** @jest-environment node */
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { IMPORT_MESSAGES } from '@/lib/imports/messages';
import { previewImport, runImport } from '@/lib/imports/run-import';
import { createUser, ensureReferenceData } from '../factories';
import { STRANGERS, actorOf, establishmentIn } from './indicators-support';
import { ANNEXE_HEADER, address, annexeCsv, annexeLine, emailsTo, importFiness, xlsxBytes } from './imports-support';

// Bulk creation of establishment accounts from the Annexe 2 spreadsheet (SPEC §7.1): a preview with
// per-line errors, then an all-or-nothing import, idempotent. The ARS here is Auvergne-Rhône-Alpes (84).

let ars: Actor;

beforeAll(async () => {
  await ensureReferenceData();
  ars = await actorOf('ARS', { regionCode: '84' });
});

async function usersWith(emails: string[]) {
  return prisma.user.findMany({ where: { email: { in: emails } }, include: { memberships: { include: { establishment: true } } }, orderBy: { email: 'asc' } });
}

describe('the preview', () => {
  it('reports every line with its status and French errors, and writes nothing', async () => {
    const taken = await createUser('PROFESSIONAL', { email: address('deja') });
    const lyon = await establishmentIn('84');
    const toulouse = await establishmentIn('76');
    const first = annexeLine({ finess: importFiness('01').slice(1), postalCode: '1000', city: 'Bourg-en-Bresse', phone: '472000000' });
    const goodFiness = importFiness('69');
    const lines = [
      first, // line 2: Ain's FINESS without its leading zero, a 4-digit postal code, a phone without its 0
      annexeLine({ finess: `${goodFiness.slice(0, 8)}${(Number(goodFiness[8]) + 1) % 10}` }), // 3: wrong Luhn key
      annexeLine({ type: '7-hôpitaux de campagne' }), // 4
      annexeLine({ email: 'pas-une-adresse' }), // 5
      annexeLine({ ars: '14-ARS Occitanie', postalCode: '31000', city: 'Toulouse', finess: importFiness('31') }), // 6
      annexeLine({ email: taken.email.toUpperCase() }), // 7: known address, whatever its case
      { ...first }, // 8: the same line again
      annexeLine({ email: first.email, lastName: 'Autre' }), // 9: one account, a second establishment
      annexeLine({ finess: lyon.finess! }), // 10: a FINESS already known in the region
      annexeLine({ finess: toulouse.finess! }), // 11: a FINESS known in another region
      annexeLine({ postalCode: '99999' }), // 12
      annexeLine({ ars: 'ARS de Nulle-Part', lastName: '' }), // 13
    ];
    const preview = await previewImport(ars, 'etablissements', annexeCsv(lines));

    expect(preview.kind).toBe('etablissements');
    expect(preview.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(preview.counts).toEqual({ lines: 12, new: 3, existing: 1, duplicate: 1, error: 7 });
    const byLine = new Map(preview.lines.map((line) => [line.line, line]));
    expect(byLine.get(2)).toMatchObject({ status: 'new', messages: [IMPORT_MESSAGES.newEstablishment] });
    expect(byLine.get(2)!.cells).toEqual(['ARS Auvergne-Rhône-Alpes', `0${first.finess}`, first.name, 'Claire Martin', first.email]);
    expect(byLine.get(3)).toMatchObject({ status: 'error', messages: ["Finess géographique : Le numéro FINESS n'est pas valide : vérifiez les chiffres saisis."] });
    expect(byLine.get(4)).toMatchObject({ status: 'error', messages: ["Type établissement : type inconnu (« 7-hôpitaux de campagne ») : utilisez une valeur de l'Annexe 2."] });
    expect(byLine.get(5)).toMatchObject({ status: 'error', messages: ['e-mail : Adresse email invalide.'] });
    expect(byLine.get(6)).toMatchObject({ status: 'error', messages: [IMPORT_MESSAGES.otherRegion('ARS Occitanie')] });
    expect(byLine.get(7)).toMatchObject({ status: 'existing', messages: [IMPORT_MESSAGES.existingAccount] });
    expect(byLine.get(8)).toMatchObject({ status: 'duplicate', messages: [IMPORT_MESSAGES.duplicateLine(2)] });
    expect(byLine.get(9)).toMatchObject({ status: 'new', messages: [IMPORT_MESSAGES.sameAccount(2), IMPORT_MESSAGES.newEstablishment] });
    expect(byLine.get(10)).toMatchObject({ status: 'new', messages: [IMPORT_MESSAGES.existingEstablishment] });
    expect(byLine.get(11)).toMatchObject({ status: 'error', messages: [IMPORT_MESSAGES.otherRegionEstablishment('ARS Occitanie')] });
    expect(byLine.get(12)).toMatchObject({ status: 'error', messages: ['CP : Code postal inconnu.'] });
    expect(byLine.get(13)).toMatchObject({ status: 'error', messages: ['ARS de rattachement : ARS inconnue (« ARS de Nulle-Part »).', 'nom : Le nom est obligatoire.'] });

    // Nothing written by a preview, and the import refuses the file as a whole.
    const emails = lines.map((line) => line.email.toLowerCase()).filter((email) => email !== taken.email);
    const result = await runImport(ars, 'etablissements', annexeCsv(lines), preview.fileHash);
    expect(result.status).toBe('rejected');
    expect(result.preview.counts.error).toBe(7);
    expect(await usersWith(emails)).toEqual([]);
    expect(await prisma.establishment.count({ where: { finess: { in: [`0${first.finess}`, ...lines.map((line) => line.finess)] } } })).toBe(2); // lyon's and toulouse's
    expect(await emailsTo(emails)).toEqual([]);
  });

  it('reads an xlsx with number cells, hyperlinks and a title row above the headers', async () => {
    const line = annexeLine({ finess: importFiness('01') });
    const preview = await previewImport(
      ars,
      'etablissements',
      await xlsxBytes([
        ['Création des comptes — ARS Auvergne-Rhône-Alpes'],
        ANNEXE_HEADER,
        [line.ars, Number(line.finess), line.name, '4', line.address, 1000, 'Bourg-en-Bresse', line.lastName, line.firstName, { text: line.email, hyperlink: `mailto:${line.email}` }, 472000000],
      ]),
    );
    expect(preview.counts).toMatchObject({ lines: 1, new: 1, error: 0 });
    expect(preview.lines[0]).toMatchObject({ line: 3, cells: ['ARS Auvergne-Rhône-Alpes', line.finess, line.name, 'Claire Martin', line.email] });
  });
  it('takes CEDEX postal codes with their town, and refuses a line whose town is no commune of the code\'s department', async () => {
    const lines = [
      annexeLine({ postalCode: '69437', city: 'LYON CEDEX 03' }), // 2
      annexeLine({ postalCode: '42055', city: 'St-Étienne Cedex 2', finess: importFiness('42') }), // 3
      annexeLine({ postalCode: '69437', city: 'Cedex 03' }), // 4
    ];
    const preview = await previewImport(ars, 'etablissements', annexeCsv(lines));
    expect(preview.counts).toMatchObject({ lines: 3, new: 2, error: 1 });
    expect(preview.lines.map((line) => line.status)).toEqual(['new', 'new', 'error']);
    expect(preview.lines[2]!.messages).toEqual([
      "CP : 69437 est un code postal CEDEX (Rhône, 69) : la ville indiquée n'est pas une commune de ce département. Écrivez dans « Ville » le nom de la commune, sans « Cedex » (par exemple « Toulouse » pour « Toulouse Cedex 9 »).",
    ]);

    const file = annexeCsv(lines.slice(0, 2));
    const result = await runImport(ars, 'etablissements', file, (await previewImport(ars, 'etablissements', file)).fileHash);
    expect(result).toMatchObject({ status: 'imported', outcome: { establishmentsCreated: 2 } });
    const created = await prisma.establishment.findMany({ where: { finess: { in: lines.slice(0, 2).map((line) => line.finess) } }, orderBy: { postalCode: 'asc' } });
    expect(created.map((row) => [row.postalCode, row.city, row.departmentCode, row.regionCode])).toEqual([
      ['42055', 'St-Étienne Cedex 2', '42', '84'],
      ['69437', 'LYON CEDEX 03', '69', '84'],
    ]);
    expect(created[0]!.latitude).toBeCloseTo(45.44, 1);
  });
});

describe('« ARS de rattachement » given as a number', () => {
  it("reads it in the Annexe's own numbering, and the preview says which ARS each line goes to", async () => {
    const ccs = await actorOf('CCS');
    const lines = [
      annexeLine({ ars: '14', postalCode: '31000', city: 'Toulouse', finess: importFiness('31') }),
      annexeLine({ ars: '11', postalCode: '97400', city: 'Saint-Denis', finess: importFiness('97') }),
      annexeLine({ ars: '18' }),
      annexeLine({ ars: '19' }),
    ];
    const preview = await previewImport(ccs, 'etablissements', annexeCsv(lines));
    expect(preview.lines.map((line) => [line.status, line.cells[0]])).toEqual([
      ['new', 'ARS Occitanie'],
      ['new', 'ARS La Réunion'],
      ['new', 'ARS Auvergne-Rhône-Alpes'],
      ['error', '19'],
    ]);
    expect(preview.lines[3]!.messages).toEqual(['ARS de rattachement : ARS inconnue (« 19 »).']);
  });
});

describe('a postal code spanning two departments', () => {
  it('places each establishment in the department of its town (01410 Lajoux → Jura, 01410 Lélex → Ain)', async () => {
    const lines = [
      annexeLine({ ars: '3-ARS Bourgogne-Franche-Comté', postalCode: '01410', city: 'Lajoux', finess: importFiness('39') }),
      annexeLine({ postalCode: '01410', city: 'Lélex', finess: importFiness('01') }),
    ];
    const ccs = await actorOf('CCS');
    const file = annexeCsv(lines);
    const result = await runImport(ccs, 'etablissements', file, (await previewImport(ccs, 'etablissements', file)).fileHash);
    expect(result).toMatchObject({ status: 'imported', outcome: { establishmentsCreated: 2 } });
    const created = await prisma.establishment.findMany({ where: { finess: { in: lines.map((line) => line.finess) } }, orderBy: { city: 'asc' } });
    expect(created.map((row) => [row.city, row.departmentCode, row.regionCode])).toEqual([
      ['Lajoux', '39', '27'],
      ['Lélex', '01', '84'],
    ]);
  });
});

describe('the import', () => {
  it('creates the accounts, establishments and memberships all at once, sends the activation emails, then creates nothing the second time', async () => {
    const known = await establishmentIn('84');
    const shared = address('groupe');
    const lines = [
      annexeLine({ email: shared, name: 'EHPAD Les Tilleuls' }),
      annexeLine({ email: shared, name: 'EHPAD Les Glycines', type: '1-Établissements relevant de la loi hospitalière' }),
      annexeLine({ finess: known.finess! }),
      annexeLine({ ars: 'Auvergne-Rhône-Alpes', type: 'Centre de vaccination', finess: '123456', name: 'Centre de vaccination de Lyon' }),
    ];
    const file = annexeCsv(lines);
    const preview = await previewImport(ars, 'etablissements', file);
    expect(preview).toMatchObject({ accountsToCreate: 3, establishmentsToCreate: 3, counts: { new: 4, error: 0 } });

    const result = await runImport(ars, 'etablissements', file, preview.fileHash);
    expect(result).toMatchObject({ status: 'imported', outcome: { accountsCreated: 3, establishmentsCreated: 3, establishmentsJoined: 1, linesSkipped: 0 } });

    const emails = [shared, lines[2]!.email, lines[3]!.email].map((email) => email.toLowerCase());
    const users = await usersWith(emails);
    expect(users).toHaveLength(3);
    for (const user of users) expect(user).toMatchObject({ role: 'ESTABLISHMENT', status: 'ACTIVE', passwordHash: null, phone: '0472000000' });
    const group = users.find((user) => user.email === shared)!;
    expect(group.memberships.map((m) => m.establishment.name).sort()).toEqual(['EHPAD Les Glycines', 'EHPAD Les Tilleuls']);
    expect(group.memberships[0]!.establishment).toMatchObject({ regionCode: '84', departmentCode: '69', postalCode: '69003' });
    expect(users.find((user) => user.email === lines[2]!.email)!.memberships.map((m) => m.establishmentId)).toEqual([known.id]);
    expect(users.find((user) => user.email === lines[3]!.email)!.memberships[0]!.establishment).toMatchObject({ gid: '123456', finess: null, category: 'VACCINATION_CENTRE' });
    const sent = await emailsTo(emails);
    expect(sent.map((email) => [email.to, email.template])).toEqual(expect.arrayContaining(emails.map((email) => [email, 'account-activation'])));
    expect(sent).toHaveLength(3);
    expect(await prisma.auditLog.findFirst({ where: { actorId: ars.id, action: 'import.establishment-accounts', entityId: preview.fileHash } })).not.toBeNull();

    // The same file again: every line is « déjà importé », nothing new anywhere.
    const again = await previewImport(ars, 'etablissements', file);
    expect(again.counts).toMatchObject({ new: 0, existing: 4, error: 0 });
    expect(again.accountsToCreate).toBe(0);
    const second = await runImport(ars, 'etablissements', file, again.fileHash);
    expect(second).toMatchObject({ status: 'imported', outcome: { accountsCreated: 0, establishmentsCreated: 0, establishmentsJoined: 0, linesSkipped: 4 } });
    expect(await usersWith(emails)).toHaveLength(3);
    expect(await emailsTo(emails)).toHaveLength(3);
    expect(await prisma.establishmentMembership.count({ where: { userId: { in: users.map((u) => u.id) } } })).toBe(4);
  });

  it('lets the CCS import any region, where the ARS gets errors', async () => {
    const line = annexeLine({ ars: 'ARS Grand Est', postalCode: '67000', city: 'Strasbourg', finess: importFiness('67') });
    const file = annexeCsv([line]);
    expect((await previewImport(ars, 'etablissements', file)).lines[0]).toMatchObject({ status: 'error', messages: [IMPORT_MESSAGES.otherRegion('ARS Grand Est')] });
    const ccs = await actorOf('CCS');
    const preview = await previewImport(ccs, 'etablissements', file);
    expect(await runImport(ccs, 'etablissements', file, preview.fileHash)).toMatchObject({ status: 'imported', outcome: { accountsCreated: 1, establishmentsCreated: 1 } });
    expect(await prisma.establishment.findUniqueOrThrow({ where: { finess: line.finess } })).toMatchObject({ regionCode: '44', departmentCode: '67' });
  });

  it('imports only the file that was previewed', async () => {
    const preview = await previewImport(ars, 'etablissements', annexeCsv([annexeLine()]));
    const other = annexeLine();
    await expect(runImport(ars, 'etablissements', annexeCsv([other]), preview.fileHash)).rejects.toThrow(new DomainError(IMPORT_MESSAGES.changedSincePreview, 'file'));
    expect(await prisma.user.count({ where: { email: other.email } })).toBe(0);
  });

  it.each(STRANGERS.slice(1))('is not found for %s', async (_who, makeActor) => {
    const line = annexeLine();
    const file = annexeCsv([line]);
    const actor = (await makeActor())!;
    await expect(previewImport(actor, 'etablissements', file)).rejects.toBeInstanceOf(NotFoundError);
    const { fileHash } = await previewImport(ars, 'etablissements', file);
    await expect(runImport(actor, 'etablissements', file, fileHash)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.user.count({ where: { email: line.email } })).toBe(0);
  });
});
