/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { GET } from '@/app/api/missions/[missionId]/map/route';
import { getActor } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { searchCandidateMapForActor, searchCandidatesForActor } from '@/lib/candidates/search';
import { MAP_MIN_ZOOM, MAP_SINGLE_POINT_ZOOM, type MapFeature } from '@/lib/candidates/map-grid';
import { actorFor, createEstablishment, createMission, createProfessional, createUser, ensureReferenceData } from '../factories';
import { STRANGERS, choosingSetup } from './choosing-support';

// The « Choisir » map of the whole filtered pool (SPEC §6.4, issue 13, decision 037): the server groups
// the volunteers per grid cell of the zoom level, frames the establishment and its candidates, and answers
// the map's own requests for another view — to the mission's establishment only.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

const REGION = '27';
const PROFESSION = 'DIETITIAN';
const NOW = new Date(Date.UTC(2026, 10, 22, 10));
const WORLD = [-180, -90, 180, 90] as const;
const volunteersIn = (features: MapFeature[]) => features.reduce((sum, [, , count]) => sum + count, 0);

beforeAll(ensureReferenceData);
beforeEach(() => mockedGetActor.mockReset());

/** An establishment in Dijon and « Régionale » volunteers of one name placed where each test says. */
async function setup() {
  const name = `Carte${randomUUID().slice(0, 8)}`;
  const establishment = await createEstablishment(REGION);
  await prisma.establishment.update({ where: { id: establishment.id }, data: { longitude: 5.04, latitude: 47.32 } });
  const mission = await createMission(establishment.id, { professionCode: PROFESSION });
  const actor = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] })).id);
  const at = async (longitude: number | null, latitude: number | null) =>
    (await createProfessional({ regionCode: REGION, professionCode: PROFESSION, lastName: name, record: { mobilisation: 'REGIONAL', longitude, latitude } })).professional.id;
  const query = parseCandidateQuery({ lastName: name });
  const firstView = async () => (await searchCandidatesForActor(actor, mission.id, query, NOW))!.result.map;
  const view = (zoom: number, bbox: readonly [number, number, number, number] = WORLD) =>
    searchCandidateMapForActor(actor, mission.id, query, { zoom, bbox: [...bbox] }, NOW);
  return { mission, actor, at, firstView, view, name };
}

describe('the grouping of the pool', () => {
  it('puts every located candidate of the pool on the map, in clusters far out and one by one close up', async () => {
    const { at, firstView, view } = await setup();
    // Three in Dijon (same commune), one in Beaune (~40 km), one with no known place.
    const dijon = [await at(5.04, 47.32), await at(5.04, 47.32), await at(5.041, 47.321)];
    const beaune = await at(4.84, 47.02);
    await at(null, null);

    const first = await firstView();
    expect(volunteersIn(first.features)).toBe(4);
    expect(first.bbox).toBeNull();

    const farOut = (await view(MAP_MIN_ZOOM))!;
    expect(farOut.features).toHaveLength(1);
    expect(farOut.features[0]![2]).toBe(4);
    expect(farOut.features[0]![3]).toBeNull(); // a cluster has no id

    const regional = (await view(9))!;
    expect(regional.features.map(([, , count]) => count).sort()).toEqual([1, 3]);
    expect(regional.features.find(([, , count]) => count === 1)).toEqual([4.84, 47.02, 1, beaune]);

    const closeUp = (await view(MAP_SINGLE_POINT_ZOOM))!;
    expect(closeUp.features.map(([, , , id]) => id).sort()).toEqual([...dijon, beaune].sort());
  });

  it('answers only the area asked for', async () => {
    const { at, view } = await setup();
    await at(5.04, 47.32);
    const beaune = await at(4.84, 47.02);
    const around = (await view(10, [4.7, 46.9, 4.9, 47.1]))!;
    expect(around.features).toEqual([[4.84, 47.02, 1, beaune]]);
    expect(around.bbox).toEqual([4.7, 46.9, 4.9, 47.1]);
    expect(around.zoom).toBe(10);
  });

  it('lists close-up volunteers best ranked first (those kept when a view holds too many)', async () => {
    const { at, view, mission } = await setup();
    const ids = [await at(5.04, 47.32), await at(5.04, 47.32)];
    // Fewer days shared with the mission: ranked last.
    await prisma.availabilityPeriod.updateMany({ where: { professionalId: ids[0] }, data: { startDate: new Date(mission.endDate.getTime() - 86_400_000) } });
    const closeUp = (await view(MAP_SINGLE_POINT_ZOOM))!;
    expect(closeUp.features.map(([, , , id]) => id)).toEqual([ids[1], ids[0]]);
  });
});

describe('the frame the map opens on', () => {
  it('holds the establishment and its candidates', async () => {
    const { at, firstView } = await setup();
    await at(4.84, 47.02);
    await at(5.3, 47.5);
    expect((await firstView()).frame).toEqual([4.84, 47.02, 5.3, 47.5]);
  });

  it('leaves a candidate living overseas out of the frame, unless nobody is nearer', async () => {
    const { at, firstView } = await setup();
    const reunion = await at(55.5, -21.1);
    expect((await firstView()).frame).toEqual([5.04, -21.1, 55.5, 47.32]);
    await at(4.84, 47.02);
    const first = await firstView();
    expect(first.frame).toEqual([4.84, 47.02, 5.04, 47.32]);
    // Out of the frame, still on the map.
    expect(first.features.some(([, , , id]) => id === reunion)).toBe(true);
  });

  it('frames the establishment alone when no candidate has a place, and opens closer on a smaller frame', async () => {
    const { at, firstView } = await setup();
    const alone = await firstView();
    expect(alone.frame).toEqual([5.04, 47.32, 5.04, 47.32]);
    expect(alone.features).toEqual([]);
    await at(4.84, 47.02);
    const region = await firstView();
    await at(-1.55, 47.22); // Nantes: a frame across France
    const country = await firstView();
    expect(region.zoom).toBeGreaterThan(country.zoom);
  });
});

function call(missionId: string, query: string): Promise<Response> {
  return GET(new Request(`http://localhost/api/missions/${missionId}/map?${query}`), { params: Promise.resolve({ missionId }) });
}

describe('GET /api/missions/[missionId]/map', () => {
  it('answers the view with the table’s filters to the mission’s establishment, never cached', async () => {
    const { mission, actor, at, name } = await setup();
    const id = await at(5.04, 47.32);
    await createProfessional({ regionCode: REGION, professionCode: PROFESSION, record: { mobilisation: 'REGIONAL', longitude: 5.04, latitude: 47.32 } });
    mockedGetActor.mockResolvedValue(actor);
    const response = await call(mission.id, `lastName=${name}&zoom=${MAP_SINGLE_POINT_ZOOM}&west=4&south=46&east=6&north=48`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    expect(await response.json()).toEqual({ zoom: MAP_SINGLE_POINT_ZOOM, bbox: [4, 46, 6, 48], features: [[5.04, 47.32, 1, id]], frame: null });
  });

  it.each([['no zoom', 'west=4&south=46&east=6&north=48'], ['a box inside out', 'zoom=8&west=6&south=46&east=4&north=48'], ['a zoom out of range', 'zoom=40&west=4&south=46&east=6&north=48'], ['not a number', 'zoom=8&west=ouest&south=46&east=6&north=48']])(
    'answers 400 to %s, without reading anything',
    async (_case, query) => {
      const { mission, actor } = await setup();
      mockedGetActor.mockResolvedValue(actor);
      const response = await call(mission.id, query);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'Vue de carte invalide.' });
    },
  );

  it.each(STRANGERS)('answers 404 to %s', async (_who, makeActor) => {
    const { mission, establishment, volunteer } = await choosingSetup();
    await volunteer();
    mockedGetActor.mockResolvedValue(await makeActor(establishment.id));
    const response = await call(mission.id, 'zoom=8&west=4&south=46&east=6&north=48');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Besoin introuvable.' });
  });

  it('answers 404 for a mission that does not exist', async () => {
    const other = await createEstablishment(REGION);
    mockedGetActor.mockResolvedValue(await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [other.id] })).id));
    expect((await call(randomUUID(), 'zoom=8&west=4&south=46&east=6&north=48')).status).toBe(404);
    expect((await call('pas-un-id', 'zoom=8&west=4&south=46&east=6&north=48')).status).toBe(404);
  });
});
