/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { getMissionForChoosing, searchContext } from '@/lib/candidates/mission-search';
import { findInPool } from '@/lib/candidates/pool';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { searchCandidateMapForActor, searchCandidatesForActor } from '@/lib/candidates/search';
import { MAP_SINGLE_POINT_ZOOM } from '@/lib/candidates/map-grid';
import { getCandidatePopupForActor } from '@/lib/candidates/popup';
import { getCandidateSheet } from '@/lib/candidates/sheet';
import { establishmentMaySeeCandidate } from '@/lib/candidates/access';
import { getProposerView } from '@/lib/candidates/proposer';
import { contactCandidate } from '@/lib/candidacies/contact';
import { proposeCandidates } from '@/lib/candidacies/propose';
import { getDocumentForDownload } from '@/lib/professionals/documents';
import { distanceKm } from '@/lib/reference/distance';
import { DomainError } from '@/lib/errors';
import { actorFor, createEstablishment, createMission, createProfessional, createUser, ensureReferenceData } from '../factories';

// The volunteer's « Mobilisation » (SPEC §6.4, decision 030): an establishment finds a volunteer only
// where their level allows — Locale within 30 km, Départementale in their department, Régionale in the
// region they chose, Nationale there and in the missions whose national pool the CCS opened — and by no
// path at all otherwise: table, count, map, popup, sheet, documents, « Contacter ». The regulators see
// the level and the distance and may push beyond it. Auvergne-Rhône-Alpes and social workers are used by
// no other test file's volunteers, and a token in the last names keeps each test's volunteers apart.
const REGION = '84';
const OTHER_REGION = '27';
const PROFESSION = 'SOCIAL_WORKER';
const NOW = new Date();
const day = (offset: number) => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate() + offset));

// The establishment, in Lyon (69), and points due north of it: 1° of latitude is 111.195 km on the
// sphere of lib/reference/distance.ts.
const LYON = { longitude: 4.85, latitude: 45.77 };
const north = (km: number) => ({ longitude: LYON.longitude, latitude: LYON.latitude + km / 111.195 });

type Place = { departmentCode: string; longitude: number | null; latitude: number | null; regionCode?: string };
type Level = 'LOCAL' | 'DEPARTMENTAL' | 'REGIONAL' | 'NATIONAL';

/** Every situation of a volunteer towards a Lyon mission, with whether the establishment finds them. */
const SITUATIONS: Record<string, { mobilisation: Level; place: Place; closedPool: boolean; openPool: boolean }> = {
  'locale, 29 km': { mobilisation: 'LOCAL', place: { departmentCode: '69', ...north(29) }, closedPool: true, openPool: true },
  'locale, 31 km, same department': { mobilisation: 'LOCAL', place: { departmentCode: '69', ...north(31) }, closedPool: false, openPool: false },
  'locale, no known point, same department': { mobilisation: 'LOCAL', place: { departmentCode: '69', longitude: null, latitude: null }, closedPool: true, openPool: true },
  'locale, no known point, other department': { mobilisation: 'LOCAL', place: { departmentCode: '01', longitude: null, latitude: null }, closedPool: false, openPool: false },
  'locale, 10 km, other region chosen': { mobilisation: 'LOCAL', place: { departmentCode: '69', ...north(10), regionCode: OTHER_REGION }, closedPool: false, openPool: false },
  'départementale, same department, 60 km': { mobilisation: 'DEPARTMENTAL', place: { departmentCode: '69', ...north(60) }, closedPool: true, openPool: true },
  'départementale, other department, 20 km': { mobilisation: 'DEPARTMENTAL', place: { departmentCode: '01', ...north(20) }, closedPool: false, openPool: false },
  'régionale, 200 km': { mobilisation: 'REGIONAL', place: { departmentCode: '63', ...north(200) }, closedPool: true, openPool: true },
  'régionale, other region': { mobilisation: 'REGIONAL', place: { departmentCode: '21', ...north(150), regionCode: OTHER_REGION }, closedPool: false, openPool: false },
  'nationale, same region, 150 km': { mobilisation: 'NATIONAL', place: { departmentCode: '38', ...north(150) }, closedPool: true, openPool: true },
  'nationale, other region': { mobilisation: 'NATIONAL', place: { departmentCode: '21', ...north(150), regionCode: OTHER_REGION }, closedPool: false, openPool: true },
};
const LABELS = Object.keys(SITUATIONS);

let establishment: { id: string };
let account: Actor;
let ars: Actor;
let ccs: Actor;

beforeAll(async () => {
  await ensureReferenceData();
  establishment = await createEstablishment(REGION, { departmentCode: '69', postalCode: '69006' });
  await prisma.establishment.update({ where: { id: establishment.id }, data: LYON });
  account = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] })).id);
  ars = await actorFor((await createUser('ARS', { regionCode: REGION })).id);
  ccs = await actorFor((await createUser('CCS')).id);
});

/** One volunteer per situation (with an identity document), and a mission of the establishment. */
async function seed(options: { nationalPoolOpen: boolean }) {
  const token = `Mobil${randomUUID().slice(0, 8)}`;
  const mission = await createMission(establishment.id, {
    professionCode: PROFESSION,
    startDate: day(10),
    endDate: day(40),
    requestedCount: 5,
    nationalPoolOpenedAt: options.nationalPoolOpen ? new Date() : null,
  });
  const ids: Record<string, string> = {};
  const documents: Record<string, string> = {};
  for (const [label, { mobilisation, place }] of Object.entries(SITUATIONS)) {
    const { regionCode = REGION, ...record } = place;
    const { professional } = await createProfessional({
      regionCode,
      professionCode: PROFESSION,
      lastName: `${token} ${label}`,
      periods: [{ startDate: day(-5), endDate: null }],
      record: { ...record, mobilisation },
    });
    ids[label] = professional.id;
    const document = await prisma.document.create({
      data: { professionalId: professional.id, kind: 'IDENTITY', storageKey: `tests/${randomUUID()}`, originalName: 'identite.png', mimeType: 'image/png', sizeBytes: 100 },
    });
    documents[label] = document.id;
  }
  const labelOf = (id: string) => LABELS.find((label) => ids[label] === id) ?? id;
  return { token, mission, ids, documents, labelOf };
}

const expected = (pool: 'closedPool' | 'openPool') => LABELS.filter((label) => SITUATIONS[label]![pool]).sort();

describe('the establishment’s pool honours each volunteer’s « Mobilisation » (SPEC §6.4)', () => {
  it('places the fixture’s volunteers where their labels say', () => {
    const lyon: [number, number] = [LYON.longitude, LYON.latitude];
    const at = (km: number) => distanceKm(lyon, [north(km).longitude, north(km).latitude]);
    expect(at(29)).toBeGreaterThan(28.9);
    expect(at(29)).toBeLessThan(29.1);
    expect(at(31)).toBeGreaterThan(30.9);
    expect(at(31)).toBeLessThan(31.1);
  });

  it.each([
    ['closed', 'closedPool'],
    ['open', 'openPool'],
  ] as const)('national pool %s: the table, the count, the map, the popup, the sheet, the documents and « Contacter » agree', async (_, pool) => {
    const { token, mission, ids, documents, labelOf } = await seed({ nationalPoolOpen: pool === 'openPool' });
    const inPool = expected(pool);
    const outOfPool = LABELS.filter((label) => !inPool.includes(label));

    const found = await searchCandidatesForActor(account, mission.id, parseCandidateQuery({ lastName: token }), NOW);
    expect(found!.result.rows.map((row) => labelOf(row.id)).sort()).toEqual(inPool);
    expect(found!.result.total).toBe(inPool.length);
    // Map points: those with a known point.
    const withPoint = inPool.filter((label) => SITUATIONS[label]!.place.latitude !== null);
    expect(found!.result.map.features.reduce((sum, [, , count]) => sum + count, 0)).toBe(withPoint.length);
    const closeUp = await searchCandidateMapForActor(account, mission.id, parseCandidateQuery({ lastName: token }), { zoom: MAP_SINGLE_POINT_ZOOM, bbox: [-180, -90, 180, 90] }, NOW);
    expect(closeUp!.features.map(([, , , id]) => labelOf(id!)).sort()).toEqual(withPoint);

    const { context, options } = searchContext((await getMissionForChoosing(account, mission.id))!, NOW);
    for (const label of LABELS) {
      const member = inPool.includes(label);
      const answers = {
        label,
        predicate: (await findInPool(prisma, context, ids[label]!, options)) !== null,
        popup: (await getCandidatePopupForActor(account, mission.id, ids[label]!, NOW)) !== null,
        access: await establishmentMaySeeCandidate(account, ids[label]!, NOW),
        sheet: (await getCandidateSheet(account, ids[label]!, NOW)) !== null,
        document: (await getDocumentForDownload(account, documents[label]!)) !== null,
      };
      expect(answers).toEqual({ label, predicate: member, popup: member, access: member, sheet: member, document: member });
    }

    for (const label of outOfPool) {
      await expect(contactCandidate(account, { missionId: mission.id, professionalId: ids[label]! })).rejects.toBeInstanceOf(DomainError);
    }
    expect(await prisma.candidacy.count({ where: { missionId: mission.id } })).toBe(0);
    // Just inside the 30 km: contacted.
    await contactCandidate(account, { missionId: mission.id, professionalId: ids['locale, 29 km']! });
    expect(await prisma.candidacy.findFirst({ where: { missionId: mission.id, professionalId: ids['locale, 29 km']! }, select: { status: true } })).toEqual({ status: 'CONTACTED' });
  });

  it('shows the level-allowed volunteers with their distance, rounded to 100 m', async () => {
    const { token, mission, labelOf } = await seed({ nationalPoolOpen: false });
    const found = await searchCandidatesForActor(account, mission.id, parseCandidateQuery({ lastName: token, sort: 'distanceKm' }), NOW);
    const rows = found!.result.rows.map((row) => [labelOf(row.id), row.distanceKm, row.withinMobilisation]);
    expect(rows).toEqual([
      ['locale, 29 km', 29, true],
      ['départementale, same department, 60 km', 60, true],
      ['nationale, same region, 150 km', 150, true],
      ['régionale, 200 km', 200, true],
      ['locale, no known point, same department', null, true],
    ]);
  });
});

describe('the regulators see the level and the distance, and may push beyond it (SPEC §6.4, §7.2)', () => {
  it('the ARS lists its region’s volunteers whatever their level, flags those beyond it, and pushes one', async () => {
    const { token, mission, ids, labelOf } = await seed({ nationalPoolOpen: false });
    const view = await getProposerView(ars, mission.id, parseCandidateQuery({ lastName: token }), NOW);
    const rows = Object.fromEntries(view!.result.rows.map((row) => [labelOf(row.id), { distanceKm: row.distanceKm, within: row.withinMobilisation, mobilisation: row.mobilisation }]));
    // Its region, every level; not the other regions' (national pool closed).
    const ownRegion = LABELS.filter((label) => SITUATIONS[label]!.place.regionCode === undefined).sort();
    expect(Object.keys(rows).sort()).toEqual(ownRegion);
    for (const label of ownRegion) expect({ label, within: rows[label]!.within }).toEqual({ label, within: SITUATIONS[label]!.closedPool });
    expect(rows['locale, 31 km, same department']).toEqual({ distanceKm: 31, within: false, mobilisation: 'LOCAL' });
    expect(rows['départementale, same department, 60 km']).toEqual({ distanceKm: 60, within: true, mobilisation: 'DEPARTMENTAL' });

    // Pushed beyond the level: PROPOSED, and the establishment now holds them (the push is the regulator's
    // decision), still flagged as beyond it.
    const beyond = ids['locale, 31 km, same department']!;
    expect(await proposeCandidates(ars, { missionId: mission.id, professionalIds: [beyond] })).toEqual({ proposed: 1 });
    const found = await searchCandidatesForActor(account, mission.id, parseCandidateQuery({ lastName: token }), NOW);
    expect(found!.result.rows.find((row) => row.id === beyond)).toMatchObject({ status: 'PROPOSED', withinMobilisation: false });
    expect(await getCandidateSheet(account, beyond, NOW)).not.toBeNull();
    await contactCandidate(account, { missionId: mission.id, professionalId: beyond });
  });

  it('the ARS gets the other regions’ « Nationale » volunteers once the national pool is open', async () => {
    const { token, mission, labelOf } = await seed({ nationalPoolOpen: true });
    const view = await getProposerView(ars, mission.id, parseCandidateQuery({ lastName: token }), NOW);
    const labels = view!.result.rows.map((row) => labelOf(row.id));
    expect(labels).toContain('nationale, other region');
    expect(labels).not.toContain('régionale, other region');
    expect(labels).not.toContain('locale, 10 km, other region chosen');
  });

  it('the CCS lists every region, flags who is beyond the establishment’s reach, and pushes one of them', async () => {
    const { token, mission, ids, labelOf } = await seed({ nationalPoolOpen: false });
    const view = await getProposerView(ccs, mission.id, parseCandidateQuery({ lastName: token }), NOW);
    const within = Object.fromEntries(view!.result.rows.map((row) => [labelOf(row.id), row.withinMobilisation]));
    expect(within).toEqual(Object.fromEntries(LABELS.map((label) => [label, SITUATIONS[label]!.closedPool])));
    const otherRegion = ids['locale, 10 km, other region chosen']!;
    expect(await proposeCandidates(ccs, { missionId: mission.id, professionalIds: [otherRegion] })).toEqual({ proposed: 1 });
  });
});
