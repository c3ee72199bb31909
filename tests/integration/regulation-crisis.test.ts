/** @jest-environment node */
import { prisma } from '@/lib/db';
import { NotFoundError, DomainError } from '@/lib/errors';
import { proposeCandidates } from '@/lib/candidacies/propose';
import { contactCandidate } from '@/lib/candidacies/contact';
import { searchCandidatesForActor } from '@/lib/candidates/search';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { endCrisisMode, getCrisisOverview, listRegionCrisisStates, startCrisisMode } from '@/lib/regulation/crisis';
import { createMission, ensureReferenceData } from '../factories';
import { actorOf, regionFixture, type RegionFixture } from './regulation-support';

// « Gestion de crise » (SPEC §7.2) end to end in the data layer: the switch, its log, and what the
// establishment's « Choisir » search shows at its next request. Nouvelle-Aquitaine (75) is used by no
// other test file, so this file is the only one switching its crisis mode; the tests run one by one.
const REGION = '75';
const PROFESSION = 'PSYCHOMOTOR_THERAPIST';
const OTHER_PROFESSION = 'DIETITIAN';

let fixture: RegionFixture;

beforeAll(ensureReferenceData);
beforeEach(async () => {
  fixture = await regionFixture(REGION, PROFESSION);
});
afterEach(async () => {
  await prisma.crisisMode.updateMany({ where: { regionCode: REGION, endedAt: null }, data: { endedAt: new Date() } });
});

async function establishmentSees(missionId = fixture.missionId) {
  const found = await searchCandidatesForActor(fixture.establishmentAccount, missionId, parseCandidateQuery({ lastName: fixture.lastName }));
  return { crisis: found!.mission.crisisModeActive, ids: found!.result.rows.map((row) => row.id).sort(), statuses: found!.result.rows.map((row) => row.status) };
}

describe('crisis management mode', () => {
  it('hides direct matches of the chosen professions from the establishments, shows only pushed volunteers, and is logged', async () => {
    const direct = (await fixture.volunteer()).professional.id;
    const toPush = (await fixture.volunteer()).professional.id;
    const otherMission = await createMission(fixture.establishmentId, { professionCode: OTHER_PROFESSION });
    const otherDirect = (await fixture.volunteer({ professionCode: OTHER_PROFESSION })).professional.id;
    expect(await establishmentSees()).toEqual({ crisis: false, ids: [direct, toPush].sort(), statuses: ['DISPONIBLE', 'DISPONIBLE'] });

    const { crisisModeId } = await startCrisisMode(fixture.ars, { regionCode: REGION, allProfessions: false, professionCodes: [PROFESSION] });
    // Effective at the next request: nothing to refresh, the search reads the switch every time.
    expect(await establishmentSees()).toEqual({ crisis: true, ids: [], statuses: [] });
    expect(await establishmentSees(otherMission.id)).toEqual({ crisis: false, ids: [otherDirect], statuses: ['DISPONIBLE'] });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: 'CrisisMode', entityId: crisisModeId } });
    expect(audit).toMatchObject({ actorId: fixture.ars.id, action: 'crisis-mode.start', details: { regionCode: REGION, allProfessions: false, professionCodes: [PROFESSION] } });

    // The ARS pushes one volunteer: the establishment sees that one, « En cours », and can contact them.
    await proposeCandidates(fixture.ars, { missionId: fixture.missionId, professionalIds: [toPush] });
    expect(await establishmentSees()).toEqual({ crisis: true, ids: [toPush], statuses: ['PROPOSED'] });
    await expect(contactCandidate(fixture.establishmentAccount, { missionId: fixture.missionId, professionalId: direct })).rejects.toBeInstanceOf(DomainError);
    await contactCandidate(fixture.establishmentAccount, { missionId: fixture.missionId, professionalId: toPush });

    await endCrisisMode(fixture.ars, { regionCode: REGION });
    expect(await establishmentSees()).toEqual({ crisis: false, ids: [direct, toPush].sort(), statuses: expect.arrayContaining(['CONTACTED', 'DISPONIBLE']) });
    expect(await prisma.auditLog.count({ where: { entityId: crisisModeId, action: 'crisis-mode.end', actorId: fixture.ars.id } })).toBe(1);
  });

  it('hides the managed professions of a « Profession éligible pour vacciner » mission, and only them', async () => {
    const vaccination = await createMission(fixture.establishmentId, { professionCode: 'VACCINATION_ELIGIBLE', vaccinationSupport: true });
    const nurse = (await fixture.volunteer({ professionCode: 'NURSE' })).professional.id;
    const pharmacist = (await fixture.volunteer({ professionCode: 'PHARMACIST' })).professional.id;
    const seen = async () => {
      const found = await searchCandidatesForActor(fixture.establishmentAccount, vaccination.id, parseCandidateQuery({ lastName: fixture.lastName }));
      return { crisis: found!.mission.crisisModeActive, managed: found!.mission.crisisProfessionCodes, ids: found!.result.rows.map((row) => row.id).sort() };
    };
    expect(await seen()).toEqual({ crisis: false, managed: [], ids: [nurse, pharmacist].sort() });

    // Nurses in crisis mode cannot be reached directly through a vaccination mission; pharmacists still can.
    await startCrisisMode(fixture.ars, { regionCode: REGION, allProfessions: false, professionCodes: ['NURSE'] });
    expect(await seen()).toEqual({ crisis: false, managed: ['NURSE'], ids: [pharmacist] });
    await expect(contactCandidate(fixture.establishmentAccount, { missionId: vaccination.id, professionalId: nurse })).rejects.toBeInstanceOf(DomainError);
    await proposeCandidates(fixture.ars, { missionId: vaccination.id, professionalIds: [nurse] });
    expect(await seen()).toEqual({ crisis: false, managed: ['NURSE'], ids: [nurse, pharmacist].sort() });

    // A mode listing the mission's own profession hides every direct match of it.
    await startCrisisMode(fixture.ars, { regionCode: REGION, allProfessions: false, professionCodes: ['VACCINATION_ELIGIBLE'] });
    expect(await seen()).toEqual({ crisis: true, managed: [], ids: [nurse] });
  });

  it('applies to every profession when asked, and a change of list closes the previous switch in the history', async () => {
    const otherMission = await createMission(fixture.establishmentId, { professionCode: OTHER_PROFESSION });
    await fixture.volunteer({ professionCode: OTHER_PROFESSION });
    await startCrisisMode(fixture.ars, { regionCode: REGION, allProfessions: true, professionCodes: [PROFESSION] });
    expect((await establishmentSees(otherMission.id)).crisis).toBe(true);
    expect((await establishmentSees(otherMission.id)).ids).toEqual([]);

    const ccs = await actorOf('CCS');
    const { crisisModeId } = await startCrisisMode(ccs, { regionCode: REGION, allProfessions: false, professionCodes: [PROFESSION, PROFESSION] });
    expect((await establishmentSees(otherMission.id)).crisis).toBe(false);
    const overview = await getCrisisOverview(fixture.ars, REGION);
    expect(overview.active).toMatchObject({ id: crisisModeId, allProfessions: false, professionCodes: [PROFESSION] });
    expect(overview.active!.startedBy).toContain(ccs.email);
    expect(overview.history[1]).toMatchObject({ allProfessions: true, endedBy: expect.stringContaining(ccs.email), startedBy: expect.stringContaining(fixture.ars.email) });
    expect(await prisma.auditLog.count({ where: { entityId: crisisModeId, action: 'crisis-mode.change', actorId: ccs.id } })).toBe(1);
    expect(await prisma.crisisMode.count({ where: { regionCode: REGION, endedAt: null } })).toBe(1);
  });

  it('is refused to an ARS of another region and to other roles, and says so when there is nothing to switch off', async () => {
    const elsewhere = await actorOf('ARS', { regionCode: '52' });
    await expect(startCrisisMode(elsewhere, { regionCode: REGION, allProfessions: true, professionCodes: [] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCrisisOverview(elsewhere, REGION)).rejects.toBeInstanceOf(NotFoundError);
    await expect(startCrisisMode(fixture.establishmentAccount, { regionCode: REGION, allProfessions: true, professionCodes: [] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startCrisisMode(fixture.ars, { regionCode: REGION, allProfessions: false, professionCodes: [] })).rejects.toThrow('Cochez au moins une profession');
    await expect(endCrisisMode(fixture.ars, { regionCode: REGION })).rejects.toThrow('n’est pas actif');
    expect(await prisma.crisisMode.count({ where: { regionCode: REGION, endedAt: null } })).toBe(0);
  });

  it('lists the regions in scope: the ARS its own, the CCS all 18 with their state', async () => {
    await startCrisisMode(fixture.ars, { regionCode: REGION, allProfessions: false, professionCodes: [PROFESSION] });
    expect(await listRegionCrisisStates(fixture.ars)).toEqual([{ regionCode: REGION, active: expect.objectContaining({ professionCodes: [PROFESSION] }) }]);
    const all = await listRegionCrisisStates(await actorOf('CCS'));
    expect(all).toHaveLength(18);
    expect(all.find((state) => state.regionCode === REGION)?.active).toMatchObject({ allProfessions: false });
    expect(await listRegionCrisisStates(fixture.establishmentAccount)).toEqual([]);
  });
});
