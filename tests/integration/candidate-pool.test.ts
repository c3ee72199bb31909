/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';
import { getMissionForChoosing, searchContext } from '@/lib/candidates/mission-search';
import { findInPool, lockCandidate, type MissionContext, type PoolOptions } from '@/lib/candidates/pool';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { searchCandidates } from '@/lib/candidates/search';
import { NotFoundError } from '@/lib/errors';
import { actorFor, createEstablishment, createMission, createProfessional, createUser, ensureReferenceData, createCandidacy } from '../factories';

// findInPool, the one-volunteer predicate of « Contacter », « Proposer », the map's popup and the
// establishment's access to a sheet, must agree with the page search of « Choisir » (no filters): a row
// for exactly the volunteers the table lists, with the same status. Corsica (94) and the medical
// dispatch assistants are used by no other test file's volunteers, so this file alone switches the
// region's crisis mode, and the anyRegion pool of the CCS stays small.
const REGION = '94';
const OTHER_REGION = '52';
const PROFESSION = 'MEDICAL_DISPATCH_ASSISTANT';
const NOW = new Date();
const day = (offset: number) => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate() + offset));

type Situation = { id: string; label: string };

/** Every situation a volunteer can be in towards `mission` (SPEC §6.4, §7.2, §10). */
async function seedSituations(missionId: string) {
  const lastName = `Pool${randomUUID().slice(0, 8)}`;
  const elsewhere = await createEstablishment(REGION);
  const otherMission = await createMission(elsewhere.id, { professionCode: PROFESSION, startDate: day(5), endDate: day(50), requestedCount: 10 });
  const pastMission = await createMission(elsewhere.id, { professionCode: PROFESSION, startDate: day(-40), endDate: day(-5), requestedCount: 10 });
  const situations: Situation[] = [];
  const volunteer = async (label: string, options: Parameters<typeof createProfessional>[0] = {}, candidacies: [string, CandidacyStatus][] = []) => {
    const { professional, user } = await createProfessional({
      regionCode: REGION,
      professionCode: PROFESSION,
      lastName,
      periods: [{ startDate: day(-10), endDate: null }],
      ...options,
      record: { availableWeekends: true, longitude: 9.15, latitude: 41.92, ...options.record },
    });
    for (const [onMission, status] of candidacies) {
      await createCandidacy({ professionalId: professional.id, missionId: onMission, status, proposedAt: new Date() });
    }
    situations.push({ id: professional.id, label });
    return { professional, user };
  };
  await volunteer('available in range');
  await volunteer('available only after the mission', { periods: [{ startDate: day(120), endDate: day(150) }] });
  await volunteer('available, with vehicle and experiences', { record: { hasVehicle: true, ehpadExperience: true, icuExperience: true } });
  await volunteer('available on week-days only', { record: { availableWeekends: false } });
  await volunteer('period over', { periods: [{ startDate: day(-60), endDate: day(-20) }] });
  await volunteer('switched to unavailable', { available: false });
  await volunteer('wrong profession', { professionCode: 'PSYCHOLOGIST' });
  await volunteer('other region, regional mobilisation', { regionCode: OTHER_REGION });
  await volunteer('other region, national mobilisation', { regionCode: OTHER_REGION, record: { mobilisation: 'NATIONAL' } });
  await volunteer('contacted by another establishment', {}, [[otherMission.id, 'CONTACTED']]);
  await volunteer('proposed to another mission', {}, [[otherMission.id, 'PROPOSED']]);
  await volunteer('assigned elsewhere, not ended', {}, [[otherMission.id, 'ASSIGNED']]);
  await volunteer('assigned elsewhere, ended', {}, [[pastMission.id, 'ASSIGNED']]);
  await volunteer('proposed to this mission', {}, [[missionId, 'PROPOSED']]);
  await volunteer('contacted for this mission', {}, [[missionId, 'CONTACTED']]);
  await volunteer('assigned to this mission', {}, [[missionId, 'ASSIGNED']]);
  await volunteer('refused for this mission', {}, [[missionId, 'REFUSED']]);
  await volunteer('withdrawn from this mission', {}, [[missionId, 'WITHDRAWN']]);
  await volunteer('pushed to this mission from another region', { regionCode: OTHER_REGION }, [[missionId, 'PROPOSED']]);
  await volunteer('contacted for this mission, then unavailable', { available: false }, [[missionId, 'CONTACTED']]);
  const disabled = await volunteer('account disabled');
  await prisma.user.update({ where: { id: disabled.user.id }, data: { status: 'DISABLED' } });
  return situations;
}

/** Label → status as the page search lists them, every page read, no filters. */
async function pageSearch(situations: Situation[], context: MissionContext, options: PoolOptions) {
  const listed = new Map<string, string>();
  for (let page = 1; ; page += 1) {
    const result = await searchCandidates(prisma, context, parseCandidateQuery({ page: String(page) }), options);
    for (const row of result.rows) listed.set(row.id, row.status);
    if (result.rows.length === 0 || page * result.pageSize >= result.total) break;
  }
  return Object.fromEntries(situations.filter(({ id }) => listed.has(id)).map(({ id, label }) => [label, listed.get(id)]));
}

/** Label → status as findInPool answers, asked volunteer by volunteer. */
async function predicate(situations: Situation[], context: MissionContext, options: PoolOptions) {
  const answers: Record<string, string> = {};
  for (const { id, label } of situations) {
    const entry = await findInPool(prisma, context, id, options);
    if (entry) answers[label] = entry.status;
  }
  return answers;
}

async function bothAnswers(actor: Actor, missionId: string, situations: Situation[], tweak: (options: PoolOptions) => PoolOptions = (o) => o) {
  const mission = await getMissionForChoosing(actor, missionId);
  const { context, options } = searchContext(mission!, NOW);
  const tweaked = tweak(options);
  const [listed, found] = [await pageSearch(situations, context, tweaked), await predicate(situations, context, tweaked)];
  expect(found).toEqual(listed);
  return listed;
}

const HELD = {
  'proposed to this mission': 'PROPOSED',
  'contacted for this mission': 'CONTACTED',
  'assigned to this mission': 'ASSIGNED',
  'pushed to this mission from another region': 'PROPOSED',
  'contacted for this mission, then unavailable': 'CONTACTED',
};
const DIRECT = {
  'available in range': 'DISPONIBLE',
  'available only after the mission': 'DISPONIBLE',
  'available, with vehicle and experiences': 'DISPONIBLE',
  'available on week-days only': 'DISPONIBLE',
  'assigned elsewhere, ended': 'DISPONIBLE',
  'refused for this mission': 'DISPONIBLE',
  'withdrawn from this mission': 'DISPONIBLE',
};

let establishment: { id: string };
let account: Actor;

beforeAll(async () => {
  await ensureReferenceData();
  establishment = await createEstablishment(REGION);
  account = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] })).id);
});
afterEach(async () => {
  await prisma.crisisMode.updateMany({ where: { regionCode: REGION, endedAt: null }, data: { endedAt: new Date() } });
});

describe('findInPool agrees with the page search, volunteer by volunteer', () => {
  it('for an establishment: direct matches of the region and the candidacies held on the mission', async () => {
    const mission = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(10), endDate: day(40) });
    const situations = await seedSituations(mission.id);
    expect(await bothAnswers(account, mission.id, situations)).toEqual({ ...DIRECT, ...HELD });
  });

  it('with the national pool open: adds the other regions’ « Nationale » volunteers', async () => {
    const mission = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(10), endDate: day(40), nationalPoolOpenedAt: new Date() });
    const situations = await seedSituations(mission.id);
    expect(await bothAnswers(account, mission.id, situations)).toEqual({ ...DIRECT, ...HELD, 'other region, national mobilisation': 'DISPONIBLE' });
  });

  it('with the crisis mode on: only the volunteers held on the mission remain', async () => {
    const mission = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(10), endDate: day(40) });
    const situations = await seedSituations(mission.id);
    await prisma.crisisMode.create({ data: { regionCode: REGION, allProfessions: true } });
    expect(await bothAnswers(account, mission.id, situations)).toEqual(HELD);
  });

  it('for the CCS, who pushes from every region', async () => {
    const mission = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(10), endDate: day(40) });
    const situations = await seedSituations(mission.id);
    const ccs = await actorFor((await createUser('CCS')).id);
    const anyRegion = (options: PoolOptions) => ({ ...options, criteria: { ...options.criteria, anyRegion: true } });
    expect(await bothAnswers(ccs, mission.id, situations, anyRegion)).toEqual({
      ...DIRECT,
      ...HELD,
      'other region, regional mobilisation': 'DISPONIBLE',
      'other region, national mobilisation': 'DISPONIBLE',
    });
  });

  it('for a mission asking for a vehicle, week-ends, EHPAD and ICU experience', async () => {
    const mission = await createMission(establishment.id, {
      professionCode: PROFESSION,
      startDate: day(10),
      endDate: day(40),
      needsVehicle: true,
      needsWeekend: true,
      needsEhpadExperience: true,
      needsIcuExperience: true,
    });
    const situations = await seedSituations(mission.id);
    expect(await bothAnswers(account, mission.id, situations)).toEqual({ ...HELD, 'available, with vehicle and experiences': 'DISPONIBLE' });
  });

  it('for a vaccination support mission no profession of which may vaccinate', async () => {
    const mission = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(10), endDate: day(40), vaccinationSupport: true });
    const situations = await seedSituations(mission.id);
    expect(await bothAnswers(account, mission.id, situations)).toEqual(HELD);
  });
});

describe('lockCandidate', () => {
  it('returns the pool entry with its candidacy, and NotFoundError for an unknown volunteer', async () => {
    const mission = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(10), endDate: day(40) });
    const situations = await seedSituations(mission.id);
    const { context, options } = searchContext((await getMissionForChoosing(account, mission.id))!, NOW);
    const proposed = situations.find(({ label }) => label === 'proposed to this mission')!;
    const candidacy = await prisma.candidacy.findFirstOrThrow({ where: { professionalId: proposed.id, missionId: mission.id } });
    await prisma.$transaction(async (tx) => {
      expect(await lockCandidate(tx, context, proposed.id, options)).toEqual({ status: 'PROPOSED', candidacyId: candidacy.id });
      expect(await lockCandidate(tx, context, situations.find(({ label }) => label === 'available in range')!.id, options)).toEqual({ status: 'DISPONIBLE', candidacyId: null });
      expect(await lockCandidate(tx, context, situations.find(({ label }) => label === 'wrong profession')!.id, options)).toBeNull();
      await expect(lockCandidate(tx, context, randomUUID(), options)).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
