/** @jest-environment node */
import { randomInt, randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { journal as journalPage } from '@/app/(regulation)/_pages/journal';
import { GET } from '@/app/api/journal/route';
import type { Actor } from '@/lib/access/actor';
import type { RegulatorRole } from '@/lib/access/roles';
import { writeAudit } from '@/lib/audit';
import { prisma } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { listJournal } from '@/lib/journal/list';
import { parseJournalQuery } from '@/lib/journal/query';
import { actorFor, createEstablishment, createMission, createProfessional, createUser, ensureReferenceData } from '../factories';
import { STRANGERS, actorOf } from './indicators-support';
import { outcome, signInAs } from './regulation-pages-support';

// The journal of SPEC §15 against the real database: the region each audit row gets from the
// audit_log_region_code trigger (decision 026) for every entity type, who sees which rows, the filters
// and paging, and the csv route. Rows are told apart by this file's own action code and actor, so rows
// other test files write meanwhile never change the counts.

jest.mock('next-auth', () => ({ getServerSession: jest.fn() }));

const CODE = `test.journal-${randomUUID().slice(0, 8)}`;
const SIGNED_IN_STRANGERS = STRANGERS.filter(([who]) => who !== 'no session');
const query = (params: Record<string, string>) => parseJournalQuery(params);

let ars76: Actor;
let ars11: Actor;
let ccs: Actor;
/** The row id written for each case, and the region the trigger must give it. */
const cases: Record<string, { id: string; region: string | null }> = {};
let m76: string;
let m11: string;

async function audit(entityType: string, entityId: string | null, options: { actorId?: string | null; details?: Record<string, string>; action?: string; createdAt?: Date } = {}) {
  if (options.createdAt) {
    const row = await prisma.auditLog.create({ data: { actorId: options.actorId ?? null, action: options.action ?? CODE, entityType, entityId, details: options.details ?? {}, createdAt: options.createdAt } });
    return String(row.id);
  }
  await writeAudit(prisma, { actorId: options.actorId ?? null, action: options.action ?? CODE, entityType, entityId, details: options.details });
  const row = await prisma.auditLog.findFirstOrThrow({ where: { action: options.action ?? CODE, entityType, entityId }, orderBy: { id: 'desc' }, select: { id: true } });
  return String(row.id);
}

function rppsRecord(establishmentId: string) {
  return prisma.rppsRecord.create({
    data: {
      rppsNumber: `1${String(randomInt(0, 9_999_999_999)).padStart(10, '0')}`,
      civility: 'MRS',
      sex: 'FEMALE',
      birthLastName: `Journal-${randomUUID()}`,
      firstNames: 'Anne',
      birthDate: new Date(Date.UTC(1980, 0, 1)),
      birthCountry: 'FR',
      birthCommuneName: 'Toulouse',
      email: 'anne@journal.test',
      practiceLastName: 'Journal',
      practiceFirstName: 'Anne',
      situations: { create: { establishmentId, professionCode: 'NURSE', role: 'COORDINATION', startDate: new Date(Date.UTC(2020, 0, 1)) } },
    },
  });
}

beforeAll(async () => {
  await ensureReferenceData();
  ars76 = await actorOf('ARS', { regionCode: '76' });
  ars11 = await actorOf('ARS', { regionCode: '11' });
  ccs = await actorFor((await createUser('CCS')).id);
  const [e76, e11] = [await createEstablishment('76'), await createEstablishment('11')];
  m76 = (await createMission(e76.id)).id;
  m11 = (await createMission(e11.id)).id;
  const v76 = await createProfessional({ regionCode: '76' });
  const v11 = await createProfessional({ regionCode: '11' });
  const candidacy = await prisma.candidacy.create({ data: { professionalId: v11.professional.id, missionId: m76, status: 'PROPOSED', proposedAt: new Date() } });
  const request11 = await prisma.accountRequest.create({
    data: { email: `journal-${randomUUID().slice(0, 8)}@tests.renfort.test`, firstName: 'Claire', lastName: 'Martin', phone: '0561000000', category: 'HOSPITAL_LAW', gid: `G${randomUUID().slice(0, 8)}`, establishmentName: 'EHPAD', address: '1 rue', postalCode: '94000', city: 'Créteil', regionCode: '11' },
  });
  const document76 = await prisma.document.create({ data: { professionalId: v76.professional.id, kind: 'IDENTITY', storageKey: randomUUID(), originalName: 'id.pdf', mimeType: 'application/pdf', sizeBytes: 10 } });
  // Ended: the one-active-crisis-per-region index is never at stake, whatever other files do.
  const crisis11 = await prisma.crisisMode.create({ data: { regionCode: '11', endedAt: new Date() } });
  const rppsRequest76 = await prisma.rppsRequest.create({ data: { number: `P20261205${randomInt(100_000_000, 999_999_999)}`, procedure: 'INITIAL_REGISTRATION', status: 'REGISTRATION_IN_PROGRESS', establishmentId: e76.id } });
  const [record11, record76] = [await rppsRecord(e11.id), await rppsRecord(e76.id)];
  const account11 = await createUser('ESTABLISHMENT', { establishmentIds: [e11.id] });
  const ars11User = await createUser('ARS', { regionCode: '11' });
  const ccsUser = await createUser('CCS');
  const write = async (name: string, region: string | null, ...args: Parameters<typeof audit>) => {
    cases[name] = { id: await audit(...args), region };
  };
  await write('mission', '76', 'Mission', m76);
  await write('candidacy (the mission’s region, not the volunteer’s)', '76', 'Candidacy', candidacy.id);
  await write('account request', '11', 'AccountRequest', request11.id);
  await write('establishment', '11', 'Establishment', e11.id);
  await write('volunteer', '11', 'Professional', v11.professional.id);
  await write('document', '76', 'Document', document76.id);
  await write('crisis mode', '11', 'CrisisMode', crisis11.id);
  await write('region', '84', 'Region', '84');
  await write('RPPS+ request', '76', 'RppsRequest', rppsRequest76.id);
  await write('RPPS record through its request', '76', 'RppsRecord', record11.id, { details: { requestId: rppsRequest76.id } });
  await write('RPPS record through its situation', '76', 'RppsRecord', record76.id);
  await write('ARS agent’s account', '11', 'User', ars11User.id);
  await write('volunteer’s account', '76', 'User', v76.user.id);
  await write('establishment account', '11', 'User', account11.id);
  await write('CCS agent’s account, by the CCS', null, 'User', ccsUser.id, { actorId: ccsUser.id });
  await write('export, by its actor’s region', '76', 'Export', 'missions', { actorId: ars76.id });
  await write('import, by the region in its details', '11', 'Import', randomUUID(), { actorId: ccsUser.id, details: { regionCode: '11' } });
  await write('unknown entity, no actor', null, 'Nothing', randomUUID());
  await write('deleted mission, by its actor’s region', '11', 'Mission', randomUUID(), { actorId: ars11.id });
});

describe('the region of an audit row (trigger audit_log_region_code)', () => {
  it('is derived from the entity, else the details, else the actor', async () => {
    const rows = await prisma.auditLog.findMany({ where: { id: { in: Object.values(cases).map((c) => BigInt(c.id)) } }, select: { id: true, regionCode: true } });
    const regionOf = Object.fromEntries(rows.map((row) => [String(row.id), row.regionCode]));
    for (const [name, { id, region }] of Object.entries(cases)) expect({ name, region: regionOf[id] }).toEqual({ name, region });
  });

  it('keeps a region the code wrote itself', async () => {
    const row = await prisma.auditLog.create({ data: { action: CODE, entityType: 'Mission', entityId: m76, regionCode: '53' } });
    expect(row.regionCode).toBe('53');
    await prisma.auditLog.delete({ where: { id: row.id } });
  });
});

describe('who sees which rows', () => {
  const idsSeenBy = async (actor: Actor) => (await listJournal(actor, query({ action: CODE }))).rows.map((row) => row.id).sort();
  const idsOf = (keep: (region: string | null) => boolean) => Object.values(cases).filter((c) => keep(c.region)).map((c) => c.id).sort();

  it('gives an ARS its region’s rows, every entity type, and no other region’s', async () => {
    expect(await idsSeenBy(ars76)).toEqual(idsOf((region) => region === '76'));
    expect(await idsSeenBy(ars11)).toEqual(idsOf((region) => region === '11'));
  });

  it('gives the CCS every row, national ones included', async () => {
    expect(await idsSeenBy(ccs)).toEqual(idsOf(() => true));
  });

  it.each(SIGNED_IN_STRANGERS)('is not found for %s', async (_who, make) => {
    await expect(listJournal((await make())!, query({ action: CODE }))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('filters and paging', () => {
  let reporter: Actor;
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    const user = await createUser('ARS', { regionCode: '76', email: `berenice-${randomUUID().slice(0, 8)}@ars.tests.renfort.test` });
    await prisma.user.update({ where: { id: user.id }, data: { firstName: 'Bérénice', lastName: `Journaliste${randomUUID().slice(0, 4)}` } });
    reporter = await actorFor(user.id);
    // Around midnight in Paris, summer time (UTC+2 from 29 March 2026): 31 March at 00:30 and 30 March at 23:30.
    await audit('Mission', m76, { actorId: reporter.id, action: 'mission.create', createdAt: at('2026-03-30T22:30:00Z'), details: { batchSize: '1' } });
    await audit('Mission', m76, { actorId: reporter.id, action: 'mission.archive', createdAt: at('2026-03-30T21:30:00Z'), details: { reason: 'Poste pourvu', passwordHash: 'secret', token: 'abc', ip: '203.0.113.9' } });
    // A row of the same actor in another region: never in the ARS 76's journal.
    await audit('Mission', m11, { actorId: reporter.id, action: 'mission.create', createdAt: at('2026-03-30T22:00:00Z') });
    for (let minute = 0; minute < 55; minute += 1) {
      await audit('Mission', m76, { actorId: reporter.id, action: 'candidacy.contact', createdAt: new Date(Date.UTC(2026, 1, 1, 10, minute)) });
    }
  });

  it('filters by actor (name or email), action and target', async () => {
    const byName = await listJournal(ars76, query({ actor: `bérénice ${reporter.lastName}` }));
    expect(byName.total).toBe(57);
    expect((await listJournal(ars76, query({ actor: reporter.email.toUpperCase() }))).total).toBe(57);
    expect((await listJournal(ccs, query({ actor: reporter.email }))).total).toBe(58);
    expect((await listJournal(ars11, query({ actor: reporter.email }))).total).toBe(1);
    const created = await listJournal(ars76, query({ actor: reporter.email, action: 'mission.create' }));
    expect(created.rows.map((row) => row.createdAt)).toEqual([at('2026-03-30T22:30:00Z')]);
    expect((await listJournal(ccs, query({ actor: reporter.email, entityType: 'Mission', entityId: m11 }))).total).toBe(1);
    expect((await listJournal(ccs, query({ actor: reporter.email, entityType: 'Candidacy' }))).total).toBe(0);
  });

  it('filters by Paris calendar days', async () => {
    const actions = async (params: Record<string, string>) => (await listJournal(ars76, query({ actor: reporter.email, ...params }))).rows.map((row) => row.action);
    expect(await actions({ from: '2026-03-31' })).toEqual(['mission.create']);
    expect(await actions({ from: '2026-03-30', to: '2026-03-30' })).toEqual(['mission.archive']);
    expect((await listJournal(ars76, query({ actor: reporter.email, to: '2026-02-01' }))).total).toBe(55);
    expect(await actions({ from: '2026-02-02', to: '2026-03-29' })).toEqual([]);
  });

  it('pages newest first', async () => {
    const [first, second] = [await listJournal(ars76, query({ actor: reporter.email })), await listJournal(ars76, query({ actor: reporter.email, page: '2' }))];
    expect([first.rows.length, second.rows.length, first.pageSize]).toEqual([50, 7, 50]);
    expect(first.rows[0]!.action).toBe('mission.create');
    const instants = [...first.rows, ...second.rows].map((row) => row.createdAt.getTime());
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    expect(second.rows.at(-1)!.createdAt).toEqual(new Date(Date.UTC(2026, 1, 1, 10, 0)));
  });

  it('shows details as a short line, without secrets or IP addresses', async () => {
    const [row] = (await listJournal(ars76, query({ actor: reporter.email, action: 'mission.archive' }))).rows;
    expect(row!.summary).toBe('Motif : Poste pourvu');
    expect(row!.actor).toEqual({ name: `Bérénice ${reporter.lastName}`, email: reporter.email });
  });

  describe('the csv (/api/journal)', () => {
    const download = (params: string) => GET(new Request(`http://localhost/api/journal?${params}`));

    it('holds the filtered rows of the scope, in the csv of the other exports, and is audited', async () => {
      await signInAs(ars76);
      const response = await download(`actor=${encodeURIComponent(reporter.email)}&from=2026-03-30`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/renfort-rh-crise_journal_ars-occitanie_\d{4}-\d{2}-\d{2}\.csv/);
      const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
      expect(raw.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parse(raw, { delimiter: ';', bom: true }) as string[][];
      expect(header).toEqual(['Date', 'Action', 'Code de l’action', 'Auteur', 'Adresse de l’auteur', 'Cible', 'Identifiant de la cible', 'Détails']);
      expect(rows).toEqual([
        ['31/03/2026 00:30', 'Mission créée', 'mission.create', `Bérénice ${reporter.lastName}`, reporter.email, 'Mission', m76, 'Missions créées : 1'],
        ['30/03/2026 23:30', 'Mission archivée', 'mission.archive', `Bérénice ${reporter.lastName}`, reporter.email, 'Mission', m76, 'Motif : Poste pourvu'],
      ]);
      expect(raw).not.toMatch(/secret|203\.0\.113/);
      const logged = await prisma.auditLog.findFirst({ where: { actorId: ars76.id, action: 'export.download', entityId: 'journal' }, orderBy: { id: 'desc' } });
      expect(logged?.regionCode).toBe('76');
      expect(logged?.details).toEqual({ format: 'csv', filters: { actor: reporter.email, from: '2026-03-30' } });
    });

    it('gives an ARS of another region none of those rows, and the CCS all of them', async () => {
      await signInAs(ars11);
      const other = parse(await (await download(`actor=${encodeURIComponent(reporter.email)}&action=mission.archive`)).text(), { delimiter: ';', bom: true }) as string[][];
      expect(other).toHaveLength(1); // the header only
      await signInAs(ccs);
      const all = parse(await (await download(`actor=${encodeURIComponent(reporter.email)}`)).text(), { delimiter: ';', bom: true }) as string[][];
      expect(all).toHaveLength(1 + 58);
    });

    it.each(STRANGERS)('is not found for %s', async (_who, make) => {
      await signInAs(await make());
      const response = await download('');
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('Introuvable.');
    });
  });
});

describe('the pages /ars/journal and /ccs/journal', () => {
  const page = (area: RegulatorRole) => () => journalPage(area, { searchParams: Promise.resolve({ action: CODE }) });

  it('render for the ARS and the CCS, each in its own area only', async () => {
    await signInAs(ars76);
    expect([await outcome(page('ARS')), await outcome(page('CCS'))]).toEqual(['rendered', '404']);
    await signInAs(ccs);
    expect([await outcome(page('CCS')), await outcome(page('ARS'))]).toEqual(['rendered', '404']);
  });

  it.each(STRANGERS)('answer %s with the sign-in page or 404', async (who, make) => {
    await signInAs(await make());
    const expected = who === 'no session' ? 'redirect' : '404';
    expect([await outcome(page('ARS')), await outcome(page('CCS'))]).toEqual([expected, expected]);
  });
});
