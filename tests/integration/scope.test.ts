/** @jest-environment node */
import { prisma } from '@/lib/db';
import { loadActor } from '@/lib/auth/load-actor';
import { getEstablishmentForActor } from '@/lib/establishments/detail';
import { getEstablishmentCounts, getRegulatorCounts, getScopeSummary } from '@/lib/dashboard/counts';
import { actorFor, createEstablishment, createMission, createProfessional, createUser, openSession } from '../factories';

describe('establishment scope (SPEC §2)', () => {
  it('lets every account of a FINESS see it, and no account of another FINESS', async () => {
    const toulouse = await createEstablishment('76');
    const creteil = await createEstablishment('11');
    const first = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [toulouse.id] })).id);
    const second = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [toulouse.id] })).id);
    const other = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [creteil.id] })).id);
    expect((await getEstablishmentForActor(first, toulouse.id))?.finess).toBe(toulouse.finess);
    expect((await getEstablishmentForActor(second, toulouse.id))?.finess).toBe(toulouse.finess);
    expect(await getEstablishmentForActor(other, toulouse.id)).toBeNull();
  });

  it('gives an account of several FINESS the union of them', async () => {
    const a = await createEstablishment('76');
    const b = await createEstablishment('11');
    const actor = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [a.id, b.id] })).id);
    expect(actor.establishmentIds.sort()).toEqual([a.id, b.id].sort());
    expect(await getEstablishmentForActor(actor, b.id)).not.toBeNull();
    const summary = await getScopeSummary(actor);
    expect(summary.establishments.map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('lets an ARS see its region only, the CCS everything, other roles nothing', async () => {
    const toulouse = await createEstablishment('76');
    const arsOccitanie = await actorFor((await createUser('ARS', { regionCode: '76' })).id);
    const arsIdf = await actorFor((await createUser('ARS', { regionCode: '11' })).id);
    const ccs = await actorFor((await createUser('CCS')).id);
    const volunteer = await actorFor((await createProfessional()).user.id);
    const rpps = await actorFor((await createUser('RPPS_MANAGER', { establishmentIds: [toulouse.id] })).id);
    expect(await getEstablishmentForActor(arsOccitanie, toulouse.id)).not.toBeNull();
    expect(await getEstablishmentForActor(arsIdf, toulouse.id)).toBeNull();
    expect(await getEstablishmentForActor(ccs, toulouse.id)).not.toBeNull();
    expect(await getEstablishmentForActor(volunteer, toulouse.id)).toBeNull();
    expect(await getEstablishmentForActor(rpps, toulouse.id)).not.toBeNull();
  });

  it('takes a removed membership or a disabled account into account at once', async () => {
    const toulouse = await createEstablishment('76');
    const user = await createUser('ESTABLISHMENT', { establishmentIds: [toulouse.id] });
    const session = await openSession(user.id);
    expect((await loadActor(user.id, 0, session))?.establishmentIds).toEqual([toulouse.id]);
    await prisma.establishmentMembership.delete({ where: { userId_establishmentId: { userId: user.id, establishmentId: toulouse.id } } });
    const actor = await loadActor(user.id, 0, session);
    expect(actor?.establishmentIds).toEqual([]);
    expect(await getEstablishmentForActor(actor!, toulouse.id)).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { status: 'DISABLED' } });
    expect(await loadActor(user.id, 0, session)).toBeNull();
  });
});

describe('dashboard counts', () => {
  it('count the missions of the FINESS only', async () => {
    const mine = await createEstablishment('76');
    const theirs = await createEstablishment('76');
    await createMission(mine.id, { requestedCount: 3 });
    await createMission(mine.id, { requestedCount: 2 });
    await createMission(theirs.id, { requestedCount: 7 });
    const actor = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [mine.id] })).id);
    expect(await getEstablishmentCounts(actor)).toEqual({ openMissions: 2, positionsRequested: 5, positionsFilled: 0, contactedCandidates: 0 });
  });

  it('count an ARS region and the whole country for the CCS', async () => {
    // Corse (94) is used by no other test file; the national count may also grow with other files
    // running in parallel, hence "at least".
    const ars = await actorFor((await createUser('ARS', { regionCode: '94' })).id);
    const ccs = await actorFor((await createUser('CCS')).id);
    const before = { ars: await getRegulatorCounts(ars), ccs: await getRegulatorCounts(ccs) };
    await createProfessional({ regionCode: '94' });
    await createProfessional({ regionCode: '11' });
    await createProfessional({ regionCode: '94', available: false });
    const after = { ars: await getRegulatorCounts(ars), ccs: await getRegulatorCounts(ccs) };
    expect(after.ars.availableVolunteers - before.ars.availableVolunteers).toBe(1);
    expect(after.ccs.availableVolunteers - before.ccs.availableVolunteers).toBeGreaterThanOrEqual(2);
  });
});
