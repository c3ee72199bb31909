/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { establishment as establishmentPage } from '@/app/(regulation)/_pages/establishment';
import { establishments as establishmentsPage } from '@/app/(regulation)/_pages/establishments';
import type { Actor } from '@/lib/access/actor';
import type { RegulatorRole } from '@/lib/access/roles';
import { prisma } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { getRegulatorEstablishment } from '@/lib/establishments/regulator-detail';
import { listRegulatorEstablishments } from '@/lib/establishments/regulator-list';
import { parseRegulatorEstablishmentQuery } from '@/lib/establishments/regulator-query';
import { actorFor, createEstablishment, createMission, createUser, ensureReferenceData } from '../factories';
import { STRANGERS, actorOf } from './indicators-support';
import { outcome, signInAs } from './regulation-pages-support';

// « Établissements » of SPEC §15 against the real database: an ARS lists its region's establishments
// (with or without an open mission) and their accounts, never another region's; the CCS lists all; the
// pages answer 404 to every other role and to an ARS of another region. Each test searches for this
// file's own word, so rows other files add meanwhile never change the counts.

jest.mock('next-auth', () => ({ getServerSession: jest.fn() }));

const WORD = `Regreads${randomUUID().slice(0, 6)}`;
let ars76: Actor;
let ars11: Actor;
let ccs: Actor;
let busy: { id: string; finess: string | null };
let quiet: { id: string };
let elsewhere: { id: string };
let missionIds: { open: string; archived: string; filled: string };

/** The domain functions take an actor: the other roles (no session is the pages' case, below). */
const SIGNED_IN_STRANGERS = STRANGERS.filter(([who]) => who !== 'no session');

const query = (params: Record<string, string>) => parseRegulatorEstablishmentQuery(params);

beforeAll(async () => {
  await ensureReferenceData();
  const created = await createEstablishment('76', { name: `${WORD} Hôpital des Tilleuls` });
  busy = created;
  quiet = await createEstablishment('76', { name: `${WORD} EHPAD sans mission` });
  elsewhere = await createEstablishment('11', { name: `${WORD} Clinique francilienne` });
  const open = await createMission(busy.id);
  const archived = await createMission(busy.id, { status: 'ARCHIVED', archivedAt: new Date() });
  const filled = await createMission(busy.id, { requestedCount: 1, filledCount: 1 });
  missionIds = { open: open.id, archived: archived.id, filled: filled.id };
  await createMission(elsewhere.id);
  const contact = await createUser('ESTABLISHMENT', { establishmentIds: [busy.id], email: `contact-${WORD.toLowerCase()}@tests.renfort.test` });
  await prisma.user.update({ where: { id: contact.id }, data: { phone: '05 61 00 00 00', lastLoginAt: new Date(Date.UTC(2026, 10, 30, 8, 15)), firstName: 'Nadia', lastName: 'Contact' } });
  await createUser('RPPS_MANAGER', { establishmentIds: [busy.id] });
  await createUser('ESTABLISHMENT', { establishmentIds: [busy.id], status: 'DISABLED' });
  ars76 = await actorOf('ARS', { regionCode: '76' });
  ars11 = await actorOf('ARS', { regionCode: '11' });
  ccs = await actorFor((await createUser('CCS')).id);
});

describe('the regulators’ establishments list', () => {
  it('gives an ARS its region’s establishments, with or without an open mission, and not another region’s', async () => {
    const list = await listRegulatorEstablishments(ars76, query({ q: WORD }));
    expect(list.rows.map((row) => row.id).sort()).toEqual([busy.id, quiet.id].sort());
    expect(list.total).toBe(2);
    const byId = Object.fromEntries(list.rows.map((row) => [row.id, row]));
    // Open missions only: the archived one is not counted; a filled one still is open.
    expect(byId[busy.id]!.openMissions).toBe(2);
    expect(byId[quiet.id]!.openMissions).toBe(0);
    expect(byId[quiet.id]!.accounts).toEqual([]);
  });

  it('lists the accounts attached, with their contact details, status and last sign-in', async () => {
    const [row] = (await listRegulatorEstablishments(ars76, query({ q: `${WORD} Hôpital` }))).rows;
    expect(row!.accounts).toHaveLength(3);
    const contact = row!.accounts.find((account) => account.name === 'Nadia Contact');
    expect(contact).toMatchObject({ email: `contact-${WORD.toLowerCase()}@tests.renfort.test`, phone: '05 61 00 00 00', role: 'ESTABLISHMENT', status: 'ACTIVE', lastLoginAt: new Date(Date.UTC(2026, 10, 30, 8, 15)) });
    expect(row!.accounts.map((account) => account.role).sort()).toEqual(['ESTABLISHMENT', 'ESTABLISHMENT', 'RPPS_MANAGER']);
    expect(row!.accounts.some((account) => account.status === 'DISABLED')).toBe(true);
  });

  it('gives the CCS every region, and its region filter', async () => {
    expect((await listRegulatorEstablishments(ccs, query({ q: WORD }))).total).toBe(3);
    expect((await listRegulatorEstablishments(ccs, query({ q: WORD, region: '11' }))).rows.map((row) => row.id)).toEqual([elsewhere.id]);
    // An ARS's region filter cannot widen its scope.
    expect((await listRegulatorEstablishments(ars76, query({ q: WORD, region: '11' }))).total).toBe(0);
  });

  it('searches by name, FINESS and city', async () => {
    expect((await listRegulatorEstablishments(ars76, query({ q: `${WORD.toLowerCase()} ehpad` }))).rows.map((row) => row.id)).toEqual([quiet.id]);
    expect((await listRegulatorEstablishments(ars76, query({ q: busy.finess! }))).rows.map((row) => row.id)).toEqual([busy.id]);
    const inToulouse = await listRegulatorEstablishments(ars76, query({ q: 'toulouse' }));
    expect(inToulouse.total).toBeGreaterThanOrEqual(2);
    expect((await listRegulatorEstablishments(ars11, query({ q: 'toulouse' }))).rows.every((row) => row.regionCode === '11')).toBe(true);
  });

  it('pages through the results', async () => {
    const first = await listRegulatorEstablishments(ars76, query({ q: 'Établissement de test' }));
    expect(first.rows).toHaveLength(Math.min(first.total, first.pageSize));
    const word = `Page${randomUUID().slice(0, 6)}`;
    for (let index = 0; index < 31; index += 1) await createEstablishment('76', { name: `${word} ${String(index).padStart(2, '0')}` });
    const [page1, page2] = [await listRegulatorEstablishments(ars76, query({ q: word })), await listRegulatorEstablishments(ars76, query({ q: word, page: '2' }))];
    expect([page1.total, page1.rows.length, page2.rows.length]).toEqual([31, 30, 1]);
    expect(page2.rows[0]!.name).toBe(`${word} 30`);
  });

  it.each(SIGNED_IN_STRANGERS)('is not found for %s', async (_who, make) => {
    await expect(listRegulatorEstablishments((await make())!, query({}))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('an establishment’s page', () => {
  it('shows the establishment, its accounts and its missions of every status', async () => {
    const detail = await getRegulatorEstablishment(ars76, busy.id);
    expect(detail).toMatchObject({ id: busy.id, openMissions: 2, regionCode: '76' });
    expect(detail!.missions.rows.map((row) => row.id).sort()).toEqual(Object.values(missionIds).sort());
    expect(detail!.missions.rows.map((row) => row.status).sort()).toEqual(['ARCHIVED', 'OPEN', 'OPEN']);
    expect(detail!.accounts).toHaveLength(3);
    expect((await getRegulatorEstablishment(ccs, busy.id))?.id).toBe(busy.id);
  });

  it('shows an establishment with no mission at all', async () => {
    const detail = await getRegulatorEstablishment(ars76, quiet.id);
    expect(detail).toMatchObject({ openMissions: 0, missions: { rows: [], total: 0 } });
  });

  it('is null for an ARS of another region and for an unknown id', async () => {
    expect(await getRegulatorEstablishment(ars11, busy.id)).toBeNull();
    expect(await getRegulatorEstablishment(ars76, elsewhere.id)).toBeNull();
    expect(await getRegulatorEstablishment(ccs, randomUUID())).toBeNull();
  });

  it.each(SIGNED_IN_STRANGERS)('is not found for %s', async (_who, make) => {
    await expect(getRegulatorEstablishment((await make())!, busy.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('the pages /ars|/ccs/etablissements and /etablissements/[id]', () => {
  const list = (area: RegulatorRole) => () => establishmentsPage(area, { searchParams: Promise.resolve({}) });
  const detail = (area: RegulatorRole, id: string) => () => establishmentPage(area, { params: Promise.resolve({ id }), searchParams: Promise.resolve({}) });

  it('render for the ARS of the region and for the CCS', async () => {
    await signInAs(ars76);
    expect([await outcome(list('ARS')), await outcome(detail('ARS', busy.id)), await outcome(detail('ARS', quiet.id))]).toEqual(['rendered', 'rendered', 'rendered']);
    await signInAs(ccs);
    expect([await outcome(list('CCS')), await outcome(detail('CCS', busy.id)), await outcome(detail('CCS', elsewhere.id))]).toEqual(['rendered', 'rendered', 'rendered']);
  });

  it('answer 404 to an ARS of another region, to a malformed id, and across areas', async () => {
    await signInAs(ars11);
    expect(await outcome(detail('ARS', busy.id))).toBe('404');
    expect(await outcome(detail('ARS', 'not-an-id'))).toBe('404');
    expect(await outcome(list('CCS'))).toBe('404');
    await signInAs(ccs);
    expect(await outcome(list('ARS'))).toBe('404');
  });

  it.each(STRANGERS)('answer %s with the sign-in page or 404', async (who, make) => {
    await signInAs(await make());
    const expected = who === 'no session' ? 'redirect' : '404';
    for (const area of ['ARS', 'CCS'] as const) {
      expect([area, await outcome(list(area)), await outcome(detail(area, busy.id))]).toEqual([area, expected, expected]);
    }
  });
});
