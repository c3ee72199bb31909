/** @jest-environment node */
import { prisma } from '@/lib/db';
import { DomainError, NotFoundError } from '@/lib/errors';
import { proposeCandidates } from '@/lib/candidacies/propose';
import { contactCandidate } from '@/lib/candidacies/contact';
import { searchCandidatesForActor } from '@/lib/candidates/search';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { alertCcs, listCcsAlerts, openNationalPool } from '@/lib/regulation/alerts';
import { archiveMission } from '@/lib/missions/archive';
import { getProposerView } from '@/lib/candidates/proposer';
import { getVolunteerSheet } from '@/lib/professionals/regulator-sheet';
import { ensureReferenceData } from '../factories';
import { actorOf, regionFixture, type RegionFixture } from './regulation-support';

// A mission's regulation (SPEC §7.2): archive, « Alerte CCS », the national pool, and the Proposer list.
// Guyane (03) is used by no other test file; the national-pool volunteers chose Mayotte (06), where no
// other file creates volunteers. Every search filters on the fixture's unique last name.
const REGION = '03';
const FAR = '06';
const PROFESSION = 'LABORATORY_TECHNICIAN';

let fixture: RegionFixture;

beforeAll(ensureReferenceData);
beforeEach(async () => {
  fixture = await regionFixture(REGION, PROFESSION);
});

const query = () => parseCandidateQuery({ lastName: fixture.lastName });

describe('archiving a mission', () => {
  it('closes it, withdraws the proposals still « En cours » and keeps the contacted ones, for the ARS of the region or the CCS', async () => {
    const [proposed, contacted] = [(await fixture.volunteer()).professional.id, (await fixture.volunteer()).professional.id];
    await proposeCandidates(fixture.ars, { missionId: fixture.missionId, professionalIds: [proposed, contacted] });
    await contactCandidate(fixture.establishmentAccount, { missionId: fixture.missionId, professionalId: contacted });

    await expect(archiveMission(await actorOf('ARS', { regionCode: '32' }), { missionId: fixture.missionId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(archiveMission(fixture.establishmentAccount, { missionId: fixture.missionId })).rejects.toBeInstanceOf(NotFoundError);
    expect(await archiveMission(fixture.ars, { missionId: fixture.missionId })).toEqual({ withdrawnProposals: 1 });
    expect(await prisma.mission.findUniqueOrThrow({ where: { id: fixture.missionId } })).toMatchObject({ status: 'ARCHIVED', archivedAt: expect.any(Date) });
    const statuses = await prisma.candidacy.findMany({ where: { missionId: fixture.missionId }, select: { professionalId: true, status: true, decidedById: true } });
    expect(statuses).toEqual(expect.arrayContaining([
      { professionalId: proposed, status: 'WITHDRAWN', decidedById: fixture.ars.id },
      { professionalId: contacted, status: 'CONTACTED', decidedById: null },
    ]));
    expect(await prisma.auditLog.findFirst({ where: { entityId: fixture.missionId, action: 'mission.archive' } })).toMatchObject({
      actorId: fixture.ars.id,
      details: { reason: 'regulator', withdrawnProposals: 1 },
    });
    await expect(archiveMission(await actorOf('CCS'), { missionId: fixture.missionId })).rejects.toThrow('déjà archivée');
  });
});

describe('the CCS alert and the national pool', () => {
  it('lets the ARS alert the CCS, the CCS see it and open the national pool, which the establishment then sees', async () => {
    const national = (await fixture.volunteer({ regionCode: FAR, record: { mobilisation: 'NATIONAL' } })).professional.id;
    await fixture.volunteer({ regionCode: FAR, record: { mobilisation: 'REGIONAL' } });
    const local = (await fixture.volunteer()).professional.id;
    const seen = async () => (await searchCandidatesForActor(fixture.establishmentAccount, fixture.missionId, query()))!.result.rows.map((row) => row.id).sort();
    expect(await seen()).toEqual([local]);

    const ccs = await actorOf('CCS');
    await expect(alertCcs(ccs, { missionId: fixture.missionId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(alertCcs(await actorOf('ARS', { regionCode: '32' }), { missionId: fixture.missionId })).rejects.toBeInstanceOf(NotFoundError);
    await alertCcs(fixture.ars, { missionId: fixture.missionId });
    await expect(alertCcs(fixture.ars, { missionId: fixture.missionId })).rejects.toBeInstanceOf(DomainError);
    const alerts = await listCcsAlerts(ccs);
    // Newest first (another file may alert at the same moment: the order is checked, not the position).
    const times = alerts.rows.map((row) => row.alertedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(alerts.rows.find((row) => row.missionId === fixture.missionId)).toMatchObject({ arsName: 'ARS Guyane', nationalPoolOpenedAt: null });
    expect((await listCcsAlerts(fixture.ars)).rows).toEqual([]);

    await expect(openNationalPool(fixture.ars, { missionId: fixture.missionId })).rejects.toBeInstanceOf(NotFoundError);
    await openNationalPool(ccs, { missionId: fixture.missionId });
    expect(await seen()).toEqual([local, national].sort());
    expect(await prisma.auditLog.count({ where: { entityId: fixture.missionId, action: { in: ['mission.ccs-alert', 'mission.national-pool'] } } })).toBe(2);
    expect((await listCcsAlerts(ccs)).rows.find((row) => row.missionId === fixture.missionId)?.nationalPoolOpenedAt).toEqual(expect.any(Date));
  });
});

describe('the Proposer list', () => {
  it('offers the ARS its region’s volunteers, the CCS every region’s, and follows the proposals', async () => {
    const local = (await fixture.volunteer()).professional.id;
    const far = (await fixture.volunteer({ regionCode: FAR })).professional.id;
    const ids = (view: Awaited<ReturnType<typeof getProposerView>>) => view!.result.rows.map((row) => row.id).sort();
    const ccs = await actorOf('CCS');
    expect(ids(await getProposerView(fixture.ars, fixture.missionId, query()))).toEqual([local]);
    expect(ids(await getProposerView(ccs, fixture.missionId, query()))).toEqual([local, far].sort());
    expect(await getProposerView(await actorOf('ARS', { regionCode: '32' }), fixture.missionId, query())).toBeNull();
    expect(await getProposerView(fixture.establishmentAccount, fixture.missionId, query())).toBeNull();

    // The CCS pushes the far volunteer: the ARS now sees them on the mission, and may open their sheet.
    await proposeCandidates(ccs, { missionId: fixture.missionId, professionalIds: [far] });
    const view = await getProposerView(fixture.ars, fixture.missionId, query());
    expect(view!.result.rows.find((row) => row.id === far)?.status).toBe('PROPOSED');
    expect(view!.candidacies).toMatchObject([{ professionalId: far, status: 'PROPOSED', proposedBy: ccs.email }]);
    expect(await getVolunteerSheet(fixture.ars, far)).not.toBeNull();
  });
});
