/** @jest-environment node */
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { IMPORT_MESSAGES } from '@/lib/imports/messages';
import { previewImport, runImport } from '@/lib/imports/run-import';
import { createUser, ensureReferenceData } from '../factories';
import { actorOf } from './indicators-support';
import { address, emailsTo, volunteerLine, volunteersCsv, xlsxBytes, VOLUNTEER_HEADER } from './imports-support';

// Volunteers registered elsewhere, imported by their ARS (Auvergne-Rhône-Alpes, 84) or the CCS: every
// line checked as the sign-up form checks it, then all created with one availability period and an
// activation email, or none; the same file twice creates nothing new.

let ars: Actor;

beforeAll(async () => {
  await ensureReferenceData();
  ars = await actorOf('ARS', { regionCode: '84' });
});

describe('the preview of a volunteers file', () => {
  it('says what is wrong on each line, in the file’s own column names', async () => {
    const taken = await createUser('ESTABLISHMENT', { email: address('pris') });
    const twice = address('double');
    const lines = [
      volunteerLine(), // 2
      volunteerLine({ Profession: 'Astronaute' }), // 3
      volunteerLine({ 'Date de début': '31/02/2026' }), // 4
      volunteerLine({ "Numéro d'identifiant": '1234' }), // 5
      volunteerLine({ 'Code postal': '99999' }), // 6
      volunteerLine({ Région: 'Occitanie', 'Code postal': '31000', Ville: 'Toulouse' }), // 7
      volunteerLine({ Courriel: taken.email }), // 8
      volunteerLine({ Courriel: twice }), // 9
      volunteerLine({ Courriel: twice, Prénom: 'Autre' }), // 10
      volunteerLine({ 'Véhicule personnel': 'peut-être' }), // 11
      volunteerLine({ 'Disponible en semaine': 'non', 'Disponible le week-end': '' }), // 12
      volunteerLine({ 'Date de début': '01/06/2026', 'Date de fin': '01/05/2026' }), // 13
      volunteerLine({ Profession: 'Médecin', Spécialité: 'Gériatrie', "Type d'identifiant": 'Aucun', "Numéro d'identifiant": '' }), // 14
    ];
    const preview = await previewImport(ars, 'benevoles', volunteersCsv(lines));
    expect(preview.counts).toEqual({ lines: 13, new: 3, existing: 1, duplicate: 0, error: 9 });
    const messages = new Map(preview.lines.map((line) => [line.line, line.messages]));
    expect(preview.lines[0]).toMatchObject({ line: 2, status: 'new', cells: ['Durand', 'Léa', lines[0]!.Courriel, 'Infirmier (IDE)', 'Auvergne-Rhône-Alpes', '01/01/2026 → sans fin'] });
    expect(messages.get(3)).toEqual(['Profession : valeur inconnue (« Astronaute »).']);
    expect(messages.get(4)).toEqual(['Date de début : date invalide : JJ/MM/AAAA attendu.']);
    expect(messages.get(5)).toEqual([expect.stringMatching(/^Numéro d'identifiant : .*11 chiffres/)]);
    expect(messages.get(6)).toEqual(['Code postal : Code postal inconnu.']);
    expect(messages.get(7)).toEqual([IMPORT_MESSAGES.otherRegion('ARS Occitanie')]);
    expect(messages.get(8)).toEqual([IMPORT_MESSAGES.existingAccount]);
    expect(messages.get(10)).toEqual([IMPORT_MESSAGES.duplicateEmail(9)]);
    expect(messages.get(11)).toEqual(['Véhicule personnel : répondez oui ou non (« peut-être »).']);
    expect(messages.get(12)).toEqual(['Disponible le week-end : Cochez « Disponible en semaine », « Disponible le week-end » ou les deux.']);
    expect(messages.get(13)).toEqual(['Date de fin : La date de fin doit être postérieure ou égale à la date de début.']);
    expect(preview.lines.find((line) => line.line === 14)).toMatchObject({ status: 'new', messages: [] });

    const result = await runImport(ars, 'benevoles', volunteersCsv(lines), preview.fileHash);
    expect(result.status).toBe('rejected');
    expect(await prisma.user.count({ where: { email: { in: [lines[0]!.Courriel, twice] } } })).toBe(0);
  });
});

describe('the import of volunteers', () => {
  it('creates accounts, records and periods that the search sees at once, with activation emails; twice creates nothing more', async () => {
    const lines = [
      volunteerLine(),
      volunteerLine({ Profession: 'Médecin', Spécialité: 'Gériatrie', "Type d'activité": 'Libéral', "Type d'identifiant": 'Aucun', "Numéro d'identifiant": '', Mobilisation: 'Nationale', 'Date de début': '2026-01-15', 'Date de fin': '31/12/2030', 'Disponible le week-end': 'oui' }),
    ];
    const file = volunteersCsv(lines);
    const preview = await previewImport(ars, 'benevoles', file);
    expect(preview).toMatchObject({ accountsToCreate: 2, counts: { new: 2, error: 0 } });
    expect(await runImport(ars, 'benevoles', file, preview.fileHash)).toMatchObject({ status: 'imported', outcome: { accountsCreated: 2, establishmentsCreated: 0, linesSkipped: 0 } });

    const emails = lines.map((line) => line.Courriel);
    const professionals = await prisma.professional.findMany({ where: { user: { email: { in: emails } } }, include: { user: true, periods: true } });
    expect(professionals).toHaveLength(2);
    const nurse = professionals.find((p) => p.user.email === emails[0])!;
    expect(nurse).toMatchObject({
      phone: '0612345678',
      postalCode: '69003',
      departmentCode: '69',
      regionCode: '84',
      professionCode: 'NURSE',
      activityType: 'RETIRED',
      identifierType: 'RPPS',
      identifierNumber: '10003456789',
      hasVehicle: true,
      ehpadExperience: false,
      icuExperience: true,
      vaccinationExperience: false,
      mobilisation: 'REGIONAL',
      comment: 'Nuits possibles',
      available: true,
      accountActive: true,
      reserved: false,
      user: { role: 'PROFESSIONAL', status: 'ACTIVE', passwordHash: null, firstName: 'Léa', lastName: 'Durand' },
    });
    expect(nurse.periods).toEqual([expect.objectContaining({ startDate: new Date('2026-01-01T00:00:00Z'), endDate: null })]);
    const doctor = professionals.find((p) => p.user.email === emails[1])!;
    expect(doctor).toMatchObject({ professionCode: 'DOCTOR', speciality: 'GERIATRICS', identifierType: 'NONE', identifierNumber: null, mobilisation: 'NATIONAL', availableWeekends: true });
    // The triggers derived the search columns from the period: both are available volunteers now.
    const [{ available }] = await prisma.$queryRaw<{ available: number }[]>`
      SELECT count(*)::int AS available FROM professionals
      WHERE id IN (${nurse.id}, ${doctor.id}) AND NOT isempty(availability) AND available AND account_active AND NOT reserved`;
    expect(available).toBe(2);
    expect((await emailsTo(emails)).map((email) => email.template)).toEqual(['account-activation', 'account-activation']);

    const again = await previewImport(ars, 'benevoles', file);
    expect(again.counts).toMatchObject({ new: 0, existing: 2 });
    expect(await runImport(ars, 'benevoles', file, again.fileHash)).toMatchObject({ status: 'imported', outcome: { accountsCreated: 0, linesSkipped: 2 } });
    expect(await prisma.professional.count({ where: { user: { email: { in: emails } } } })).toBe(2);
    expect(await emailsTo(emails)).toHaveLength(2);
  });

  it('reads the same columns from an xlsx, dates as date cells', async () => {
    const line = volunteerLine();
    const preview = await previewImport(ars, 'benevoles', await xlsxBytes([VOLUNTEER_HEADER, VOLUNTEER_HEADER.map((column) => (column === 'Date de début' ? new Date('2026-02-01T00:00:00Z') : line[column]!))]));
    expect(preview.lines[0]).toMatchObject({ status: 'new', cells: expect.arrayContaining(['01/02/2026 → sans fin']) });
  });

  it('lets the CCS import what an ARS of another region may not', async () => {
    const line = volunteerLine();
    const file = volunteersCsv([line]);
    const other = await actorOf('ARS', { regionCode: '44' });
    const refused = await previewImport(other, 'benevoles', file);
    expect(refused.lines[0]).toMatchObject({ status: 'error', messages: [IMPORT_MESSAGES.otherRegion('ARS Auvergne-Rhône-Alpes')] });
    expect((await runImport(other, 'benevoles', file, refused.fileHash)).status).toBe('rejected');
    const ccs = await actorOf('CCS');
    const preview = await previewImport(ccs, 'benevoles', file);
    expect(await runImport(ccs, 'benevoles', file, preview.fileHash)).toMatchObject({ status: 'imported', outcome: { accountsCreated: 1 } });
  });
});
