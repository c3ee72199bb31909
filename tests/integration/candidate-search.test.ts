/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { candidateSearchSql, searchCandidatePage, searchCandidates, searchCandidatesForActor } from '@/lib/candidates/search';
import { getMissionForChoosing, searchContext } from '@/lib/candidates/mission-search';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { PLAN_TEST_TIMEOUT_MS, queryPlan } from './query-plan-support';
import { actorFor, createEstablishment, createMission, createProfessional, createUser, createCandidacy } from '../factories';

// Region 27 and the dietitian profession are used by no other test file, and every volunteer here gets
// this file's unique last name: the searches below see exactly the rows they create.
const REGION = '27';
const PROFESSION = 'DIETITIAN';
const day = (offset: number) => new Date(Date.UTC(2026, 11, 1 + offset));
const NOW = new Date(Date.UTC(2026, 10, 22, 10));

async function setup(missionOverrides: Parameters<typeof createMission>[1] = {}) {
  const name = `Essai${randomUUID().slice(0, 8)}`;
  const establishment = await createEstablishment(REGION);
  await prisma.establishment.update({ where: { id: establishment.id }, data: { longitude: 5.04, latitude: 47.32 } });
  const mission = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(0), endDate: day(29), ...missionOverrides });
  const actor = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] })).id);
  const volunteer = (record: Parameters<typeof createProfessional>[0] = {}) =>
    createProfessional({ regionCode: REGION, professionCode: PROFESSION, lastName: name, ...record, record: { availableWeekends: true, longitude: 5.04, latitude: 47.32, ...record.record } });
  const search = async (params: Record<string, string> = {}, who = actor) => {
    const result = await searchCandidatesForActor(who, mission.id, parseCandidateQuery({ lastName: name, ...params }), NOW);
    return result!.result;
  };
  return { name, establishment, mission, actor, volunteer, search };
}

describe('who matches a mission (SPEC §6.4)', () => {
  it('applies profession, region, availability, switch, week-end, vehicle and experience rules', async () => {
    const { mission, volunteer, search } = await setup({ needsWeekend: true, needsVehicle: true, needsEhpadExperience: true });
    const ok = { record: { hasVehicle: true, ehpadExperience: true } };
    const match = await volunteer(ok);
    await volunteer({ ...ok, record: { ...ok.record, availableWeekends: false, availableWeekdays: true } });
    await volunteer({ record: { ehpadExperience: true } }); // no vehicle
    await volunteer({ record: { hasVehicle: true } }); // no EHPAD experience
    await volunteer({ ...ok, regionCode: '11' });
    await volunteer({ ...ok, professionCode: 'NURSE' });
    await volunteer({ ...ok, available: false });
    await volunteer({ ...ok, periods: [{ startDate: day(-60), endDate: day(-30) }] });
    const disabled = await volunteer(ok);
    await prisma.user.update({ where: { id: disabled.user.id }, data: { status: 'DISABLED' } });
    const page = await search();
    expect(page.rows.map((row) => row.id)).toEqual([match.professional.id]);
    expect(page.total).toBe(1);
    // Alone in the pool: a feature of its own, at its exact place (decision 037).
    expect(page.map.features).toEqual([[5.04, 47.32, 1, match.professional.id]]);
    expect(mission.needsWeekend).toBe(true);
  });

  it('adds volunteers of other regions with « Nationale » mobilisation once the CCS opens the pool', async () => {
    const { mission, volunteer, search } = await setup();
    const national = await volunteer({ regionCode: '11', record: { mobilisation: 'NATIONAL' } });
    await volunteer({ regionCode: '11', record: { mobilisation: 'REGIONAL' } });
    expect((await search()).total).toBe(0);
    await prisma.mission.update({ where: { id: mission.id }, data: { nationalPoolOpenedAt: new Date() } });
    expect((await search()).rows.map((row) => row.id)).toEqual([national.professional.id]);
  });

  it('leaves out volunteers reserved elsewhere or assigned to a mission that has not ended', async () => {
    const { establishment, volunteer, search } = await setup();
    const other = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(-40), endDate: day(-10) });
    const running = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(-5), endDate: day(20) });
    const reserved = await volunteer();
    await prisma.candidacy.create({ data: { professionalId: reserved.professional.id, missionId: running.id, status: 'CONTACTED', contactedAt: NOW } });
    const assigned = await volunteer();
    await createCandidacy({ professionalId: assigned.professional.id, missionId: running.id, status: 'ASSIGNED', contactedAt: NOW });
    const freedByEnd = await volunteer();
    await createCandidacy({ professionalId: freedByEnd.professional.id, missionId: other.id, status: 'ASSIGNED', contactedAt: NOW });
    expect((await search()).rows.map((row) => row.id)).toEqual([freedByEnd.professional.id]);
  });

  it('ranks by days shared with the mission, then by distance', async () => {
    const { volunteer, search } = await setup();
    const far = await volunteer({ periods: [{ startDate: day(0), endDate: day(29) }], record: { longitude: 6.02, latitude: 47.24 } });
    const near = await volunteer({ periods: [{ startDate: day(0), endDate: day(29) }] });
    const short = await volunteer({ periods: [{ startDate: day(20), endDate: null }] });
    const page = await search();
    expect(page.rows.map((row) => row.id)).toEqual([near.professional.id, far.professional.id, short.professional.id]);
    expect(page.rows.map((row) => row.overlapDays)).toEqual([30, 30, 10]);
    expect(page.rows[1]!.distanceKm).toBeGreaterThan(50);
  });

  it('counts only the available days of an availability with gaps, and none of an empty one', async () => {
    // The mission runs day(0)–day(29): 30 days. Shared days come from the bounds the database keeps
    // (migration 20261209010000): hull minus one gap, or the multirange itself beyond one gap.
    const { mission, volunteer, search } = await setup();
    const oneGap = await volunteer({ periods: [{ startDate: day(-10), endDate: day(4) }, { startDate: day(10), endDate: day(40) }] }); // 5 + 20
    const gapOutside = await volunteer({ periods: [{ startDate: day(-20), endDate: day(-15) }, { startDate: day(25), endDate: null }] }); // 5
    const twoGaps = await volunteer({
      periods: [{ startDate: day(0), endDate: day(1) }, { startDate: day(5), endDate: day(7) }, { startDate: day(28), endDate: day(60) }],
    }); // 2 + 3 + 2
    const adjacent = await volunteer({ periods: [{ startDate: day(0), endDate: day(9) }, { startDate: day(10), endDate: day(19) }] }); // merged: 20
    const held = await volunteer({ periods: [{ startDate: day(0), endDate: null }] });
    await createCandidacy({ professionalId: held.professional.id, missionId: mission.id, status: 'CONTACTED', contactedAt: NOW });
    await prisma.availabilityPeriod.deleteMany({ where: { professionalId: held.professional.id } });
    const days = new Map((await search()).rows.map((row) => [row.id, row.overlapDays]));
    expect(Object.fromEntries(days)).toEqual({
      [oneGap.professional.id]: 25,
      [gapOutside.professional.id]: 5,
      [twoGaps.professional.id]: 7,
      [adjacent.professional.id]: 20,
      [held.professional.id]: 0,
    });
  });

  it('filters names within the pool, never through the trigram indexes of the whole country', async () => {
    // At a million volunteers the planner, knowing the pattern, mixed the names' trigram index with the
    // region's and read 30 000 rows from the table (37 ms instead of 14). Here the table's other indexes
    // are dropped inside a transaction that is rolled back, and sequential scans discouraged: the trigram
    // indexes are then the only ones left, and the plan must still not use them.
    const { actor, mission, name } = await setup();
    const { context, options } = searchContext((await getMissionForChoosing(actor, mission.id))!, NOW);
    const sql = candidateSearchSql(context, parseCandidateQuery({ lastName: name, firstName: 'al' }), options);
    const others = await prisma.$queryRaw<{ name: string }[]>`
      SELECT indexname AS name FROM pg_indexes
      WHERE tablename = 'professionals' AND indexname NOT LIKE '%trgm%' AND indexdef NOT LIKE 'CREATE UNIQUE%'`;
    const plan = await queryPlan(sql, others.map(({ name: index }) => index));
    expect(plan).toContain('professionals');
    // The trigram indexes also hold the region (migration 20261210020000): with every other index gone the
    // planner may read the region from them, but never the names' pattern.
    expect(plan).not.toMatch(/(Index Cond|Recheck Cond): .*~~\*/);
  }, PLAN_TEST_TIMEOUT_MS);

  it('gives the regulators’ « Proposer » the same page and total without computing a map', async () => {
    const { actor, mission, name, volunteer } = await setup();
    for (let i = 0; i < 3; i += 1) await volunteer({ record: { longitude: 5.04 + i / 10, latitude: 47.32 } });
    const { context, options } = searchContext((await getMissionForChoosing(actor, mission.id))!, NOW);
    const query = parseCandidateQuery({ lastName: name, sort: 'distanceKm' });
    const { map, ...choosing } = await searchCandidates(prisma, context, query, options);
    expect(map.features.length).toBeGreaterThan(0);
    expect(await searchCandidatePage(prisma, context, query, options)).toEqual(choosing);
    expect(choosing.total).toBe(3);
    expect(candidateSearchSql(context, query, options, { map: false }).text).not.toMatch(/framing|map_features/);
  });

  it('sorts by « Nom » in French order (migration 20261209020000)', async () => {
    const { name, volunteer, search } = await setup();
    const french = ['de la Fontaine', 'Durand', 'Élodie', 'émile', 'Eve', 'Zola'];
    for (const lastName of [...french].reverse()) await volunteer({ lastName: `${lastName} ${name}` });
    const sorted = await search({ sort: 'lastName' });
    expect(sorted.rows.map((row) => row.lastName.replace(` ${name}`, ''))).toEqual(french);
  });

  it('filters every column, sorts, and pages by 40', async () => {
    const { volunteer, search } = await setup();
    for (let i = 0; i < 43; i += 1) await volunteer({ record: { departmentCode: i < 3 ? '21' : '25', hasVehicle: i % 2 === 0, comment: i === 5 ? 'Bilingue anglais' : null } });
    const first = await search();
    expect(first.total).toBe(43);
    expect(first.rows).toHaveLength(40);
    expect((await search({ page: '2' })).rows).toHaveLength(3);
    expect((await search({ departmentCode: '21' })).total).toBe(3);
    expect((await search({ vehicle: 'oui' })).total).toBe(22);
    expect((await search({ vehicle: 'non' })).total).toBe(21);
    expect((await search({ message: 'bilingue' })).total).toBe(1);
    expect((await search({ status: 'CONTACTED' })).total).toBe(0);
    const byDepartment = await search({ sort: 'departmentCode', direction: 'desc' });
    expect(byDepartment.rows[0]!.departmentCode).toBe('25');
    expect(byDepartment.rows.at(-1)!.departmentCode).toBe('25');
    // A sort by name joins `users`, which has a `status` column too: the status filter must still work.
    expect((await search({ sort: 'lastName', status: 'DISPONIBLE' })).total).toBe(43);
    expect((await search({ sort: 'firstName', direction: 'desc', vehicle: '' })).total).toBe(43);
    const ascending = await search({ sort: 'departmentCode', direction: 'asc' });
    expect(ascending.rows.slice(0, 3).map((row) => row.departmentCode)).toEqual(['21', '21', '21']);
  });
});

describe('crisis management (SPEC §7.2)', () => {
  it('hides direct matches from the establishment, not from the ARS, and keeps pushed volunteers', async () => {
    const { mission, volunteer, search } = await setup();
    const direct = await volunteer();
    const pushed = await volunteer();
    await prisma.candidacy.create({ data: { professionalId: pushed.professional.id, missionId: mission.id, status: 'PROPOSED', proposedAt: NOW } });
    const crisis = await prisma.crisisMode.create({ data: { regionCode: REGION, allProfessions: false, professionCodes: [PROFESSION] } });
    try {
      const ars = await actorFor((await createUser('ARS', { regionCode: REGION })).id);
      expect((await search()).rows.map((row) => [row.id, row.status])).toEqual([[pushed.professional.id, 'PROPOSED']]);
      expect((await search({}, ars)).rows.map((row) => row.id).sort()).toEqual([direct.professional.id, pushed.professional.id].sort());
    } finally {
      await prisma.crisisMode.update({ where: { id: crisis.id }, data: { endedAt: new Date() } });
    }
    expect((await search()).total).toBe(2);
  });
});

describe('scope', () => {
  it('answers null to an account of another FINESS, a volunteer and an ARS of another region', async () => {
    const { mission } = await setup();
    const other = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [(await createEstablishment(REGION)).id] })).id);
    const volunteer = await actorFor((await createProfessional()).user.id);
    const arsElsewhere = await actorFor((await createUser('ARS', { regionCode: '11' })).id);
    const rpps = await actorFor((await createUser('RPPS_MANAGER', { establishmentIds: [mission.establishmentId] })).id);
    for (const actor of [other, volunteer, arsElsewhere, rpps]) {
      expect(await searchCandidatesForActor(actor, mission.id, parseCandidateQuery({}))).toBeNull();
    }
  });
});
