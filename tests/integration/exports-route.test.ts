/** @jest-environment node */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { GET } from '@/app/api/exports/[dataset]/route';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { missionScope, professionalScope } from '@/lib/access/scope';
import { EXPORT_DATASETS, openExport } from '@/lib/exports/open-export';
import { ExportRefusedError, XLSX_TOO_LARGE_MESSAGE } from '@/lib/exports/dataset';
import { refusedResponse } from '@/lib/http/private-responses';
import { ensureReferenceData, createCandidacy } from '../factories';
import { STRANGERS, actorOf, daysFromNow, establishmentIn, volunteerIn } from './indicators-support';

// The export route handler with real Requests against the real database (SPEC §7.2). Grand Est (44) is
// used by no other test file, so its counts are exact; the CCS export is checked against the count
// before and after (other files add rows meanwhile, none deletes missions).

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

const REGION = '44';
let ars: Actor;
let ids: { missions44: string[]; mission84: string; volunteers44: string[]; assignment44: string; assignment84: string; injected: string };

function call(dataset: string, format: string | null = 'csv'): Promise<Response> {
  const query = format === null ? '' : `?format=${format}`;
  return GET(new Request(`http://localhost/api/exports/${dataset}${query}`), { params: Promise.resolve({ dataset }) });
}

async function csvRows(response: Response): Promise<{ raw: string; header: string[]; rows: string[][] }> {
  // ignoreBOM keeps the byte-order mark in the text, so the test can see it is there.
  const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  const [header, ...rows] = parse(raw, { delimiter: ';', bom: true }) as string[][];
  return { raw, header: header!, rows };
}

/** The column of the export's ids: every dataset ends with its own. */
function idColumn(dataset: 'missions' | 'benevoles' | 'affectations'): number {
  const headers = EXPORT_DATASETS[dataset].columns.map((column) => column.header);
  return headers.indexOf({ missions: 'Identifiant', benevoles: 'Identifiant fiche', affectations: 'Identifiant affectation' }[dataset]);
}

beforeAll(async () => {
  await ensureReferenceData();
  ars = await actorOf('ARS', { regionCode: REGION });
  const strasbourg = await establishmentIn(REGION, 'Hôpital « Exemple » ; Strasbourg');
  const lyon = await establishmentIn('84');
  const mission = (establishmentId: string) =>
    prisma.mission.create({ data: { establishmentId, professionCode: 'NURSE', startDate: daysFromNow(2), endDate: daysFromNow(40), requestedCount: 3, details: 'Nuit ; week-end "urgent"' } });
  const missions44 = [await mission(strasbourg.id), await mission(strasbourg.id), await mission(strasbourg.id)];
  const mission84 = await mission(lyon.id);
  const volunteers = [
    await volunteerIn(REGION, { lastName: 'Lefèvre-Élodie', record: { comment: 'Disponible la nuit;\nparle alsacien' } }),
    // A name that a spreadsheet would run as a formula.
    await volunteerIn(REGION, { lastName: '=HYPERLINK("http://evil.test","clic")' }),
    await volunteerIn(REGION, { professionCode: 'DOCTOR', record: { speciality: 'GERIATRICS', phone: '+33612345678' } }),
  ];
  const elsewhere = await volunteerIn('84');
  const assignment = (professionalId: string, missionId: string) =>
    createCandidacy({ professionalId, missionId, status: 'ASSIGNED', decidedAt: new Date(), decidedById: ars.id });
  const assignment44 = await assignment(volunteers[0]!.professional.id, missions44[0]!.id);
  const assignment84 = await assignment(elsewhere.professional.id, mission84.id);
  ids = {
    missions44: missions44.map((m) => m.id),
    mission84: mission84.id,
    volunteers44: volunteers.map((v) => v.professional.id),
    assignment44: assignment44.id,
    assignment84: assignment84.id,
    injected: volunteers[1]!.professional.id,
  };
});

beforeEach(() => mockedGetActor.mockReset());

describe('an ARS', () => {
  beforeEach(() => mockedGetActor.mockResolvedValue(ars));

  it.each(['missions', 'benevoles', 'affectations'] as const)('exports exactly the %s of its region as csv, as many rows as the scoped query', async (dataset) => {
    const response = await call(dataset);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const day = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="renfort-rh-crise_${dataset}_ars-grand-est_${day}.csv"; filename*=UTF-8''renfort-rh-crise_${dataset}_ars-grand-est_${day}.csv`);
    const { raw, header, rows } = await csvRows(response);
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(header).toEqual(EXPORT_DATASETS[dataset].columns.map((column) => column.header));
    const expected = {
      missions: () => prisma.mission.count({ where: missionScope(ars) }),
      benevoles: () => prisma.professional.count({ where: professionalScope(ars) }),
      affectations: () => prisma.candidacy.count({ where: { status: 'ASSIGNED', mission: missionScope(ars) } }),
    }[dataset];
    expect(rows).toHaveLength(await expected());
    const exported = rows.map((row) => row[idColumn(dataset)]);
    const mine = { missions: ids.missions44, benevoles: ids.volunteers44, affectations: [ids.assignment44] }[dataset];
    expect(exported.sort()).toEqual([...mine].sort());
  });

  it('writes French text that Excel opens safely: dates, labels, quoting and no formula', async () => {
    const missions = await csvRows(await call('missions'));
    const row = missions.rows[0]!;
    const column = (name: string) => row[missions.header.indexOf(name)];
    expect(column('ARS')).toBe('ARS Grand Est');
    expect(column('Etablissement')).toBe('Hôpital « Exemple » ; Strasbourg');
    expect(column('Précisions')).toBe('Nuit ; week-end "urgent"');
    expect(column('Date de début')).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(column('Profession')).toBe('Infirmier (IDE)');
    expect(column('Statut')).toBe('Ouverte');

    const volunteers = await csvRows(await call('benevoles'));
    const byId = new Map(volunteers.rows.map((r) => [r[idColumn('benevoles')], r]));
    const nom = volunteers.header.indexOf('Nom');
    expect(byId.get(ids.injected)![nom]).toBe('\'=HYPERLINK("http://evil.test","clic")');
    expect(byId.get(ids.volunteers44[0])![volunteers.header.indexOf('Commentaire')]).toBe('Disponible la nuit;\nparle alsacien');
    expect(byId.get(ids.volunteers44[0])![volunteers.header.indexOf('Statut')]).toBe('Affecté');
    expect(byId.get(ids.volunteers44[2])![volunteers.header.indexOf('Spécialité')]).toBe('Gériatrie');
    expect(byId.get(ids.volunteers44[2])![volunteers.header.indexOf('Téléphone')]).toBe("'+33612345678");
  });

  it('exports the same rows as xlsx, with real dates', async () => {
    const response = await call('missions', 'xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toContain('.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Missions');
    expect(sheet.rowCount).toBe(1 + (await prisma.mission.count({ where: missionScope(ars) })));
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(EXPORT_DATASETS.missions.columns.map((column) => column.header));
    const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const start = sheet.getRow(2).getCell(headers.indexOf('Date de début') + 1).value;
    expect(start).toBeInstanceOf(Date);
    expect(sheet.getRow(2).getCell(headers.indexOf('Nombre') + 1).value).toBe(3);
  });

  it('writes each export to the audit log', async () => {
    await (await call('affectations', 'xlsx')).arrayBuffer();
    const entry = await prisma.auditLog.findFirst({ where: { actorId: ars.id, action: 'export.download', entityId: 'affectations' }, orderBy: { id: 'desc' } });
    expect(entry?.details).toEqual({ format: 'xlsx', regionCode: REGION });
  });
});

describe('the ARS of another region', () => {
  it('gets its own region: none of these rows', async () => {
    mockedGetActor.mockResolvedValue(await actorOf('ARS', { regionCode: '84' }));
    for (const [dataset, mine] of [['missions', ids.missions44], ['benevoles', ids.volunteers44], ['affectations', [ids.assignment44]]] as const) {
      const { rows } = await csvRows(await call(dataset));
      const exported = new Set(rows.map((row) => row[idColumn(dataset)]));
      for (const id of mine) expect(exported.has(id)).toBe(false);
    }
  });
});

describe('an xlsx longer than Excel opens', () => {
  // Excel's 1 048 575 rows of data would take a million volunteers in the test database: the limit is
  // lowered to the region's 3 volunteers (what openExport receives from the route is Excel's).
  it('is refused before any byte or audit entry, with the French reason, while the csv is not limited', async () => {
    const audited = () => prisma.auditLog.count({ where: { actorId: ars.id, action: 'export.download' } });
    const before = await audited();
    const refused = openExport(ars, 'benevoles', 'xlsx', new Date(), 2);
    await expect(refused).rejects.toThrow(ExportRefusedError);
    await expect(refused).rejects.toThrow(XLSX_TOO_LARGE_MESSAGE);
    expect(await audited()).toBe(before);
    // Exactly at the limit: written.
    const fitting = await openExport(ars, 'benevoles', 'xlsx', new Date(), 3);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(fitting.stream).arrayBuffer());
    expect(workbook.worksheets[0]!.rowCount).toBe(4);
    // The csv has no row limit: the same lowered limit does not apply to it.
    const csv = await openExport(ars, 'benevoles', 'csv', new Date(), 2);
    expect((await csvRows(new Response(csv.stream))).rows).toHaveLength(3);
  });

  it('answers 422 with the message as plain text, never cached', async () => {
    const response = refusedResponse(XLSX_TOO_LARGE_MESSAGE);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toBe('Export xlsx impossible : il compterait plus de 1 048 575 lignes, le maximum qu’Excel sait ouvrir. Téléchargez le format csv, sans limite de lignes.');
  });
});

describe('the CCS', () => {
  it('exports every region', async () => {
    const ccs = await actorOf('CCS');
    mockedGetActor.mockResolvedValue(ccs);
    const before = await prisma.mission.count();
    const { rows } = await csvRows(await call('missions'));
    const after = await prisma.mission.count();
    expect(rows.length).toBeGreaterThanOrEqual(before);
    expect(rows.length).toBeLessThanOrEqual(after);
    const exported = new Set(rows.map((row) => row[idColumn('missions')]));
    for (const id of [...ids.missions44, ids.mission84]) expect(exported.has(id)).toBe(true);
    const assignments = new Set((await csvRows(await call('affectations'))).rows.map((row) => row[idColumn('affectations')]));
    expect(assignments.has(ids.assignment44) && assignments.has(ids.assignment84)).toBe(true);
  });
});

describe('anyone else', () => {
  it.each(STRANGERS)('gets 404 for every dataset and format: %s', async (_who, makeActor) => {
    mockedGetActor.mockResolvedValue(await makeActor());
    for (const dataset of ['missions', 'benevoles', 'affectations']) {
      for (const format of ['csv', 'xlsx']) {
        const response = await call(dataset, format);
        expect(response.status).toBe(404);
        expect(await response.text()).toBe('Introuvable.');
      }
    }
  });

  it('is the same 404 for an unknown dataset or format, even for a regulator', async () => {
    mockedGetActor.mockResolvedValue(ars);
    for (const [dataset, format] of [['utilisateurs', 'csv'], ['missions', 'pdf'], ['missions', null], ['../missions', 'csv']] as const) {
      expect((await call(dataset, format)).status).toBe(404);
    }
  });
});
