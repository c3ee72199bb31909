/** @jest-environment node */
import { prisma } from '@/lib/db';
import { getEstablishmentCounts } from '@/lib/dashboard/counts';
import { listMissionsForActor } from '@/lib/missions/establishment-list';
import { parseMissionListQuery } from '@/lib/missions/establishment-query';
import type { SearchParams } from '@/lib/url/query-params';
import { createMission, ensureReferenceData } from '../factories';
import { actorOf, finessWithTwoAccounts, otherFinessAccount, type Finess } from './establishment-support';

// The dashboard's missions table (SPEC §6.2): every mission of the account's FINESS, « POURVUE x/n »
// from validated volunteers, filters and sorts on every column, open missions unless asked otherwise.

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

let finess: Finess;
let nurse: { id: string };
let carers: { id: string };
let archived: { id: string };

beforeAll(async () => {
  await ensureReferenceData();
  finess = await finessWithTwoAccounts();
  nurse = await createMission(finess.establishmentId, { professionCode: 'NURSE', requestedCount: 3, filledCount: 1, startDate: utc(2026, 12, 3), endDate: utc(2027, 1, 2), needsIcuExperience: true });
  carers = await createMission(finess.establishmentId, {
    professionCode: 'CARE_ASSISTANT',
    requestedCount: 2,
    filledCount: 2,
    startDate: utc(2026, 12, 6),
    endDate: utc(2026, 12, 27),
    needsWeekend: true,
    needsVehicle: true,
  });
  archived = await createMission(finess.establishmentId, { professionCode: 'DOCTOR', requestedCount: 1, status: 'ARCHIVED', archivedAt: new Date(), startDate: utc(2026, 1, 1), endDate: utc(2026, 1, 31) });
  // A candidacy that is only contacted does not fill anything: POURVUE counts validated volunteers.
});

const list = (actor = finess.first, params: SearchParams = {}) => listMissionsForActor(actor, parseMissionListQuery(params));
const ids = async (params: SearchParams = {}, actor = finess.first) => (await list(actor, params)).rows.map((row) => row.id);

describe('listMissionsForActor', () => {
  it('lists the open missions, soonest first, with « POURVUE x/n » as validated / requested', async () => {
    const result = await list();
    expect(result.total).toBe(2);
    expect(result.rows.map((row) => [row.id, row.professionCode, row.filledCount, row.requestedCount])).toEqual([
      [nurse.id, 'NURSE', 1, 3],
      [carers.id, 'CARE_ASSISTANT', 2, 2],
    ]);
    expect(result.rows[0]).toMatchObject({ needsIcuExperience: true, needsWeekend: false, status: 'OPEN', startDate: utc(2026, 12, 3), endDate: utc(2027, 1, 2) });
  });

  it('keeps archived missions apart, on demand', async () => {
    expect(await ids({ status: 'ARCHIVED' })).toEqual([archived.id]);
    expect(await ids({ status: 'ALL' })).toEqual([archived.id, nurse.id, carers.id]);
  });

  it('shows the same missions to both accounts of the FINESS', async () => {
    expect(await list(finess.second, { status: 'ALL' })).toEqual(await list(finess.first, { status: 'ALL' }));
  });

  it('shows nothing of it to another FINESS, even when asked for this establishment by id', async () => {
    const other = await otherFinessAccount();
    expect(await list(other, { status: 'ALL' })).toMatchObject({ total: 0, rows: [] });
    expect(await list(other, { status: 'ALL', establishment: finess.establishmentId })).toMatchObject({ total: 0, rows: [] });
  });

  it('shows nothing to the other roles (they have their own tables)', async () => {
    for (const actor of [await actorOf('ARS', { regionCode: '76' }), await actorOf('CCS'), await actorOf('RPPS_MANAGER', { establishmentIds: [finess.establishmentId] })]) {
      expect((await list(actor, { status: 'ALL' })).total).toBe(0);
    }
  });

  it.each<[string, SearchParams, () => string[]]>([
    ['Nombre', { count: '3' }, () => [nurse.id]],
    ['Profession', { profession: 'CARE_ASSISTANT' }, () => [carers.id]],
    ['Date de début', { start: '2026-12-05' }, () => [carers.id]],
    ['Date de fin', { end: '2026-12-31' }, () => [carers.id]],
    ['Expérience en EHPAD', { ehpad: 'oui' }, () => []],
    ['Expérience en réanimation', { icu: 'oui' }, () => [nurse.id]],
    ['Aide pour la vaccination', { vaccination: 'non' }, () => [nurse.id, carers.id]],
    ['Véhicule', { vehicle: 'oui' }, () => [carers.id]],
    ['Weekend', { weekend: 'non' }, () => [nurse.id]],
    ['Action: positions to fill', { filled: 'non' }, () => [nurse.id]],
    ['Action: filled', { filled: 'oui' }, () => [carers.id]],
    ['two filters at once', { profession: 'NURSE', weekend: 'oui' }, () => []],
  ])('filters on %s', async (_column, params, expected) => {
    expect(await ids(params)).toEqual(expected());
  });

  it.each<[string, SearchParams, () => string[]]>([
    ['Nombre, descending', { sort: 'requestedCount', direction: 'desc' }, () => [nurse.id, carers.id]],
    ['Nombre, ascending', { sort: 'requestedCount' }, () => [carers.id, nurse.id]],
    ['Profession (by label: Aide-soignant before Infirmier)', { sort: 'profession' }, () => [carers.id, nurse.id]],
    ['Date de fin', { sort: 'endDate' }, () => [carers.id, nurse.id]],
    ['Weekend, descending', { sort: 'needsWeekend', direction: 'desc' }, () => [carers.id, nurse.id]],
    ['Action (filled), descending', { sort: 'filledCount', direction: 'desc' }, () => [carers.id, nurse.id]],
  ])('sorts on %s', async (_column, params, expected) => {
    expect(await ids(params)).toEqual(expected());
  });

  it('pages through the missions', async () => {
    const many = await finessWithTwoAccounts();
    await prisma.mission.createMany({
      data: Array.from({ length: 52 }, (_, i) => ({
        establishmentId: many.establishmentId,
        professionCode: 'NURSE',
        requestedCount: 1,
        startDate: utc(2027, 1, 1 + (i % 28)),
        endDate: utc(2027, 3, 1),
      })),
    });
    expect(await list(many.first)).toMatchObject({ total: 52, page: 1, pageSize: 50 });
    expect((await list(many.first)).rows).toHaveLength(50);
    expect((await list(many.first, { page: '2' })).rows).toHaveLength(2);
  });
});

describe('parseMissionListQuery', () => {
  it('falls back to the default view on anything malformed', () => {
    expect(parseMissionListQuery({ status: 'DELETED', count: '-1', profession: 'WIZARD', start: '31/12/2026', ehpad: 'peut-être', sort: 'password', direction: 'up', page: '0', establishment: 'x' })).toEqual({
      status: 'OPEN',
      sort: 'startDate',
      direction: 'asc',
      page: 1,
    });
  });
});

describe('the count cards next to the table', () => {
  it('count the open missions, positions requested and filled of the FINESS', async () => {
    expect(await getEstablishmentCounts(finess.second)).toMatchObject({ openMissions: 2, positionsRequested: 5, positionsFilled: 3 });
  });
});
