/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { listVolunteers, VOLUNTEER_COUNT_CAP } from '@/lib/professionals/regulator-list';
import { parseVolunteerQuery, VOLUNTEERS_PAGE_SIZE } from '@/lib/professionals/regulator-query';
import { listRegulatorMissions } from '@/lib/missions/regulator-list';
import { parseRegulatorMissionQuery } from '@/lib/missions/regulator-query';
import { getIndicators } from '@/lib/indicators/get-indicators';
import { defaultRange } from '@/lib/indicators/range';
import { refreshVolunteerFigures } from '@/lib/indicators/volunteer-snapshot';
import { createEstablishment, createMission, createProfessional, ensureReferenceData } from '../factories';
import { actorOf } from './regulation-support';
import { PLAN_TEST_TIMEOUT_MS, queryPlan } from './query-plan-support';

// The regulators' tables at a million volunteers (docs/decisions/034): the count stops at a cap (« plus
// de 10 000 ») and the « contient » filters read the copy of the names kept on `professionals`, served
// by trigram indexes — with the very answers the tables gave before. Provence-Alpes-Côte d'Azur (93) and Pays de la Loire (52), as in
// regulation-tables.test.ts: every row carries this run's unique tag and every filter selects on it.
const REGION = '93';
const OTHER = '52';

beforeAll(ensureReferenceData);

describe('the capped count of the volunteers table', () => {
  const tag = `Cap${randomUUID().slice(0, 8)}`;
  const COUNT = VOLUNTEERS_PAGE_SIZE + 5;

  beforeAll(async () => {
    for (let i = 0; i < COUNT; i += 1) {
      await createProfessional({ regionCode: REGION, lastName: `${tag}${String(i).padStart(2, '0')}` });
    }
  });

  it('counts exactly below the cap', async () => {
    const ccs = await actorOf('CCS');
    const list = await listVolunteers(ccs, parseVolunteerQuery({ lastName: tag }));
    expect(list).toMatchObject({ total: COUNT, capped: false, page: 1 });
    expect(list.rows).toHaveLength(VOLUNTEERS_PAGE_SIZE);
    expect(VOLUNTEER_COUNT_CAP).toBe(10_000);
  });

  it('stops at the cap (never before the end of the page shown) and says more match, with the same rows', async () => {
    const ars = await actorOf('ARS', { regionCode: REGION });
    const query = { lastName: tag, sort: 'lastName' };
    const exact = await listVolunteers(ars, parseVolunteerQuery(query));
    // A cap of 10 stands for 10 000: the count still reaches the end of page 1 (40), and 45 match.
    const capped = await listVolunteers(ars, parseVolunteerQuery(query), new Date(), 10);
    expect(capped).toMatchObject({ total: VOLUNTEERS_PAGE_SIZE, capped: true });
    expect(capped.rows.map((row) => row.id)).toEqual(exact.rows.map((row) => row.id));
    expect(capped.rows.map((row) => row.lastName)).toEqual(Array.from({ length: VOLUNTEERS_PAGE_SIZE }, (_, i) => `${tag}${String(i).padStart(2, '0')}`));
    // Page 2's count reaches 80: all 45 are counted, exactly, and the last 5 are there.
    const second = await listVolunteers(ars, parseVolunteerQuery({ ...query, page: '2' }), new Date(), 10);
    expect(second).toMatchObject({ total: COUNT, capped: false, page: 2 });
    expect(second.rows.map((row) => row.lastName)).toEqual([40, 41, 42, 43, 44].map((i) => `${tag}${i}`));
    // Exactly at the limit is not « more ».
    const atLimit = await listVolunteers(ars, parseVolunteerQuery({ lastName: `${tag}0` }), new Date(), 10);
    expect(atLimit).toMatchObject({ total: 10, capped: false });
    // Another region's ARS: nothing, whatever the cap.
    expect(await listVolunteers(await actorOf('ARS', { regionCode: OTHER }), parseVolunteerQuery(query), new Date(), 10)).toMatchObject({ total: 0, capped: false, rows: [] });
  });
});

describe('the « contient » filters on names, served by the trigram indexes', () => {
  const tag = `Tri${randomUUID().slice(0, 8)}`;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    for (const [key, lastName, firstName] of [
      ['lefevre', `${tag}Lefèvre`, 'Élodie'],
      ['lefebvre', `${tag}LEFEBVRE`, 'Hélène'],
      ['fontaine', `de la Fontaine ${tag}`, 'Zoé'],
      ['underscore', `${tag}a_b`, 'Noé'],
      ['plain', `${tag}axb`, 'Léa'],
    ] as const) {
      const { user, professional } = await createProfessional({ regionCode: REGION, lastName });
      await prisma.user.update({ where: { id: user.id }, data: { firstName: `${firstName} ${tag}` } });
      ids[key] = professional.id;
    }
    await createProfessional({ regionCode: OTHER, lastName: `${tag}Lefèvre-Ailleurs` });
  });

  const found = async (params: Record<string, string>, region = REGION) => {
    const list = await listVolunteers(await actorOf('ARS', { regionCode: region }), parseVolunteerQuery(params));
    const byId = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
    return list.rows.map((row) => byId[row.id] ?? row.lastName).sort();
  };

  it('matches a part anywhere in the name, whatever the case, accents as typed', async () => {
    expect(await found({ lastName: tag })).toEqual(['fontaine', 'lefebvre', 'lefevre', 'plain', 'underscore']);
    expect(await found({ lastName: `${tag.toLowerCase()}lef` })).toEqual(['lefebvre', 'lefevre']);
    // Upper-case accented letters match their lower-case forms; an unaccented letter does not match an
    // accented one (ILIKE's rule, the same before and after the index).
    expect(await found({ lastName: `${tag.toUpperCase()}LEFÈ` })).toEqual(['lefevre']);
    expect(await found({ lastName: `${tag}Lefev` })).toEqual([]);
    expect(await found({ lastName: `LA FONTAINE ${tag}` })).toEqual(['fontaine']);
    expect(await found({ firstName: `hélène ${tag}` })).toEqual(['lefebvre']);
  });

  it('keeps « _ » and « % » literal, and serves patterns too short for a trigram', async () => {
    expect(await found({ lastName: `${tag}a_b` })).toEqual(['underscore']);
    expect(await found({ lastName: `${tag}a%b` })).toEqual([]);
    // One or two letters have no trigram: still « contient », here within this run's first names.
    expect(await found({ firstName: tag, lastName: 'è' })).toEqual(['lefevre']);
    expect(await found({ firstName: tag, lastName: 'Fo' })).toEqual(['fontaine']);
  });

  it('stays within the scope', async () => {
    expect(await found({ lastName: `${tag}Lefèvre` })).toEqual(['lefevre']);
    expect(await found({ lastName: `${tag}Lefèvre` }, OTHER)).toEqual([`${tag}Lefèvre-Ailleurs`]);
  });

  it('is answered from the trigram index rather than a scan of every account, the region in the same index', async () => {
    const planOf = (where: string, withoutIndexes: string[] = []) => queryPlan(Prisma.raw(`SELECT id FROM professionals p WHERE ${where}`), withoutIndexes);
    // The CCS: the whole country.
    expect(await planOf(`p.search_last_name ILIKE '%${tag}lef%'`)).toContain('professionals_region_last_name_trgm_idx');
    // An ARS: region and trigrams in one index scan (migration 20261210020000), no second bitmap to AND.
    // Here a region holds a few rows and its other indexes would win; at a million it holds 100 000 (bench).
    const otherRegionIndexes = ['professionals_region_code_profession_code_idx', 'professionals_searchable_idx', 'professionals_assigned_idx', 'professionals_region_first_name_trgm_idx'];
    const scoped = await planOf(`p.region_code = '${REGION}' AND p.search_last_name ILIKE '%${tag}lef%'`, otherRegionIndexes);
    expect(scoped).toMatch(/Bitmap Index Scan on professionals_region_last_name_trgm_idx[^\n]*\n\s+Index Cond: \(\(region_code = '\d+'::text\) AND \(search_last_name ~~\* /);
    expect(scoped).not.toContain('BitmapAnd');
  }, PLAN_TEST_TIMEOUT_MS);

  it('follows the account: a renamed volunteer is found by the new name only, at once', async () => {
    const { user, professional } = await createProfessional({ regionCode: REGION, lastName: `${tag}Avant` });
    expect(await prisma.professional.findUniqueOrThrow({ where: { id: professional.id }, select: { searchLastName: true, searchFirstName: true } })).toEqual({
      searchLastName: `${tag}Avant`,
      searchFirstName: 'Alex',
    });
    await prisma.user.update({ where: { id: user.id }, data: { lastName: `${tag}Après`, firstName: 'Renée' } });
    expect(await found({ lastName: `${tag}Avant` })).toEqual([]);
    expect(await found({ lastName: `${tag}Après` })).toEqual([`${tag}Après`]);
    // The copies are the triggers' alone: a write to them is replaced by the account's names.
    await prisma.professional.update({ where: { id: professional.id }, data: { searchLastName: 'Autre' } });
    expect(await prisma.professional.findUniqueOrThrow({ where: { id: professional.id }, select: { searchLastName: true, searchFirstName: true } })).toEqual({
      searchLastName: `${tag}Après`,
      searchFirstName: 'Renée',
    });
  });
});

describe('the « Etablissement » « contient » filter of the missions table', () => {
  it('matches a part of the name anywhere, whatever the case, within the scope', async () => {
    const tag = `Etab${randomUUID().slice(0, 8)}`;
    const here = await createEstablishment(REGION, { name: `Centre hospitalier ${tag} d’Aix`, departmentCode: '13', postalCode: '13100' });
    const there = await createEstablishment(OTHER, { name: `Clinique ${tag} de Nantes`, departmentCode: '44', postalCode: '44000' });
    const mission = await createMission(here.id, { professionCode: 'NURSE' });
    const elsewhere = await createMission(there.id, { professionCode: 'NURSE' });
    const ids = async (role: 'ARS' | 'CCS', establishment: string) =>
      (await listRegulatorMissions(await actorOf(role, { regionCode: REGION }), parseRegulatorMissionQuery({ establishment }))).rows.map((row) => row.id).sort();
    expect(await ids('CCS', tag.toUpperCase())).toEqual([mission.id, elsewhere.id].sort());
    expect(await ids('ARS', tag.toLowerCase())).toEqual([mission.id]);
    expect(await ids('CCS', `${tag} D’AIX`)).toEqual([mission.id]);
    expect(await ids('CCS', `${tag} d'Aix`)).toEqual([]);
  });
});

describe('the volunteer figures of the « Indicateurs » page, from the jobs\' snapshot', () => {
  // Volunteers of region 93 living in Haute-Corse (2B): no other test writes that pair, so its figures
  // are exact while other files add volunteers elsewhere.
  const corsica = (available: boolean) =>
    createProfessional({ regionCode: REGION, available, record: { departmentCode: '2B', postalCode: '20200', city: 'Bastia' } });
  const figuresOf = async (now = new Date()) => {
    const report = await getIndicators(await actorOf('ARS', { regionCode: REGION }), defaultRange(now), now);
    return { corsica: report.volunteersByDepartment.find((row) => row.code === '2B') ?? null, asOf: report.volunteersAsOf };
  };

  it('are read from the snapshot of today, with its time; a later refresh within 5 minutes is skipped', async () => {
    await corsica(true);
    await corsica(true);
    await corsica(false);
    const computedAt = new Date();
    expect(await refreshVolunteerFigures(computedAt, { force: true })).toBe(true);
    const first = await figuresOf();
    expect(first.corsica).toMatchObject({ available: 2, registered: 3 });
    expect(first.asOf!.getTime()).toBeGreaterThanOrEqual(computedAt.getTime());
    // Written after the snapshot: not in it until the next refresh (unless another test file forced
    // one meanwhile: the snapshot's time then says so).
    await corsica(true);
    const after = await figuresOf();
    expect(after.corsica).toMatchObject(after.asOf!.getTime() === computedAt.getTime() ? { available: 2, registered: 3 } : { available: 3, registered: 4 });
    expect(await refreshVolunteerFigures(new Date())).toBe(false);
    expect(await refreshVolunteerFigures(new Date(), { force: true })).toBe(true);
    expect((await figuresOf()).corsica).toMatchObject({ available: 3, registered: 4 });
  });

  it('are counted live, with no time shown, when the snapshot is of another day or too old', async () => {
    await refreshVolunteerFigures(new Date(), { force: true });
    await corsica(false);
    const tomorrow = new Date(Date.now() + 86_400_000);
    const live = await figuresOf(tomorrow);
    expect(live.asOf).toBeNull();
    expect(live.corsica!.registered).toBe((await prisma.professional.count({ where: { regionCode: REGION, departmentCode: '2B' } })));
    // Twenty minutes later the same day (jobs stopped): live too.
    const later = new Date(Date.now() + 20 * 60_000);
    if (later.getUTCDate() === new Date().getUTCDate()) expect((await figuresOf(later)).asOf).toBeNull();
  });

  it('follow the scope decision: the CCS sums every region, another ARS has none of these', async () => {
    await refreshVolunteerFigures(new Date(), { force: true });
    const ccs = await getIndicators(await actorOf('CCS'), defaultRange());
    const ars = await getIndicators(await actorOf('ARS', { regionCode: REGION }), defaultRange());
    expect(ccs.volunteersAsOf).not.toBeNull();
    expect(ars.volunteersAsOf).not.toBeNull();
    expect(ccs.volunteers.registered).toBe(ccs.regions!.reduce((total, row) => total + row.volunteers.registered, 0));
    const other = await getIndicators(await actorOf('ARS', { regionCode: OTHER }), defaultRange());
    expect(other.volunteersByDepartment.find((row) => row.code === '2B')).toBeUndefined();
  });
});
