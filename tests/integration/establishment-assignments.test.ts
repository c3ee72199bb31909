/** @jest-environment node */
import { prisma } from '@/lib/db';
import { ASSIGNMENTS_PAGE_SIZE, listAssignmentsForActor } from '@/lib/candidacies/assignments';
import { createMission, createProfessional, createUser, ensureReferenceData, createCandidacy } from '../factories';
import { actorOf, finessWithTwoAccounts, otherFinessAccount, type Finess } from './establishment-support';

// « Voir affectation professionnels » (SPEC §6.6): the ASSIGNED candidacies of the FINESS's missions,
// newest validation first, with who pushed them; nothing else, and nothing to another FINESS.

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

let finess: Finess;
const expected: { id: string; professionalId: string }[] = [];

beforeAll(async () => {
  await ensureReferenceData();
  finess = await finessWithTwoAccounts();
  const nurses = await createMission(finess.establishmentId, { professionCode: 'NURSE', requestedCount: 3, startDate: utc(2026, 12, 1), endDate: utc(2026, 12, 31) });
  const past = await createMission(finess.establishmentId, { professionCode: 'DOCTOR', requestedCount: 1, startDate: utc(2026, 1, 1), endDate: utc(2026, 1, 31), status: 'ARCHIVED', archivedAt: new Date() });
  const ars = await createUser('ARS', { regionCode: '76' });
  const ccs = await createUser('CCS');

  const assign = async (missionId: string, decidedAt: Date, extra: { proposedById?: string; comment?: string; activityType?: 'STUDENT' | 'LIBERAL' } = {}) => {
    const { professional } = await createProfessional({
      lastName: `Affecté ${decidedAt.toISOString().slice(0, 10)}`,
      record: { comment: extra.comment ?? null, activityType: extra.activityType ?? 'EMPLOYEE' },
    });
    const candidacy = await createCandidacy({ professionalId: professional.id, missionId, status: 'ASSIGNED', decidedAt, decidedById: finess.first.id, proposedById: extra.proposedById, proposedAt: extra.proposedById ? decidedAt : null });
    return { id: candidacy.id, professionalId: professional.id };
  };
  // Inserted out of order: the list sorts by the date of the action.
  const middle = await assign(nurses.id, new Date('2026-11-20T09:00:00Z'), { proposedById: ars.id, comment: 'Disponible de nuit', activityType: 'STUDENT' });
  const oldest = await assign(past.id, new Date('2026-01-02T09:00:00Z'));
  const newest = await assign(nurses.id, new Date('2026-11-21T15:30:00Z'), { proposedById: ccs.id, activityType: 'LIBERAL' });
  expected.push(newest, middle, oldest);

  // Neither a refusal nor a reservation is an assignment.
  const { professional: refused } = await createProfessional();
  await createCandidacy({ professionalId: refused.id, missionId: nurses.id, status: 'REFUSED', decidedAt: new Date() });
  const { professional: contacted } = await createProfessional();
  await prisma.candidacy.create({ data: { professionalId: contacted.id, missionId: nurses.id, status: 'CONTACTED', contactedAt: new Date() } });
});

describe('listAssignmentsForActor', () => {
  it('lists the assigned volunteers, newest first, with the columns of the original screen', async () => {
    const list = await listAssignmentsForActor(finess.first, {}, new Date('2026-11-23T08:00:00Z'));
    expect(list.total).toBe(3);
    expect(list.rows.map((row) => row.candidacyId)).toEqual(expected.map((row) => row.id));
    expect(list.rows[0]).toMatchObject({
      professionalId: expected[0]!.professionalId,
      pushedBy: 'CCS',
      decidedAt: new Date('2026-11-21T15:30:00Z'),
      lastName: 'Affecté 2026-11-21',
      firstName: 'Alex',
      professionCode: 'NURSE',
      activityType: 'LIBERAL',
      missionProfessionCode: 'NURSE',
      ended: false,
      comment: null,
    });
    expect(list.rows[1]).toMatchObject({ pushedBy: 'ARS', activityType: 'STUDENT', comment: 'Disponible de nuit' });
    expect(list.rows[2]).toMatchObject({ pushedBy: null, missionProfessionCode: 'DOCTOR', missionEndDate: utc(2026, 1, 31), ended: true });
  });

  it('shows the same list to both accounts of the FINESS', async () => {
    const now = new Date('2026-11-23T08:00:00Z');
    expect(await listAssignmentsForActor(finess.second, {}, now)).toEqual(await listAssignmentsForActor(finess.first, {}, now));
  });

  it('shows nothing of it to another FINESS or to any other role', async () => {
    for (const actor of [
      await otherFinessAccount(),
      await actorOf('PROFESSIONAL'),
      await actorOf('ARS', { regionCode: '76' }),
      await actorOf('CCS'),
      await actorOf('RPPS_MANAGER', { establishmentIds: [finess.establishmentId] }),
    ]) {
      expect(await listAssignmentsForActor(actor)).toMatchObject({ total: 0, rows: [] });
    }
  });

  it('still says « pushed » when the pushing account was deleted since', async () => {
    const pusher = await createUser('ARS', { regionCode: '76' });
    const local = await finessWithTwoAccounts();
    const mission = await createMission(local.establishmentId);
    const { professional } = await createProfessional();
    await createCandidacy({ professionalId: professional.id, missionId: mission.id, status: 'ASSIGNED', decidedAt: new Date(), proposedById: pusher.id, proposedAt: new Date() });
    await prisma.user.delete({ where: { id: pusher.id } });
    expect((await listAssignmentsForActor(local.first)).rows.map((row) => row.pushedBy)).toEqual(['UNKNOWN']);
  });

  it('pages through them', async () => {
    const busy = await finessWithTwoAccounts();
    const mission = await createMission(busy.establishmentId, { requestedCount: 40 });
    const count = ASSIGNMENTS_PAGE_SIZE + 2;
    for (let i = 0; i < count; i += 1) {
      const { professional } = await createProfessional();
      await createCandidacy({ professionalId: professional.id, missionId: mission.id, status: 'ASSIGNED', decidedAt: new Date(Date.UTC(2026, 10, 1, 0, i)) });
    }
    const first = await listAssignmentsForActor(busy.first, { page: 1 });
    const second = await listAssignmentsForActor(busy.first, { page: 2 });
    expect(first).toMatchObject({ total: count, page: 1, pageSize: ASSIGNMENTS_PAGE_SIZE });
    expect(first.rows).toHaveLength(ASSIGNMENTS_PAGE_SIZE);
    expect(second.rows).toHaveLength(2);
    expect(second.total).toBe(count);
    expect(second.rows[1]!.decidedAt).toEqual(new Date(Date.UTC(2026, 10, 1, 0, 0)));
    expect(new Set([...first.rows, ...second.rows].map((row) => row.candidacyId)).size).toBe(count);
    expect((await listAssignmentsForActor(busy.first, { page: 9 })).rows).toEqual([]);
  });
});
