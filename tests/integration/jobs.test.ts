/** @jest-environment node */
import { prisma } from '@/lib/db';
import { releaseExpiredReservations, warnExpiringReservations } from '@/lib/jobs/reservation-expiry';
import { archiveEndedMissions } from '@/lib/jobs/mission-archiving';
import { createEstablishment, createMission, createProfessional, createUser, createCandidacy } from '../factories';

// Martinique (02) is used by no other test file: its reservation delay can be changed here safely. The
// clocks given to the jobs are in 2020, so that they touch no row another test file creates meanwhile.
const REGION = '02';
const HOUR = 3_600_000;

beforeAll(async () => {
  await prisma.region.update({ where: { code: REGION }, data: { reservationDelayHours: 48 } });
});
afterAll(async () => {
  await prisma.region.update({ where: { code: REGION }, data: { reservationDelayHours: 72 } });
});

async function reservation(contactedAt: Date) {
  const establishment = await createEstablishment(REGION);
  const accounts = await Promise.all([createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] }), createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] })]);
  const mission = await createMission(establishment.id);
  const { professional } = await createProfessional({ regionCode: REGION });
  const candidacy = await prisma.candidacy.create({ data: { professionalId: professional.id, missionId: mission.id, status: 'CONTACTED', contactedAt } });
  return { candidacy, accounts, professional };
}

describe('reservation expiry (SPEC §6.4)', () => {
  it('warns the establishment accounts a day before the region’s delay, once', async () => {
    const contactedAt = new Date('2020-03-01T08:00:00Z');
    const { candidacy, accounts } = await reservation(contactedAt);
    await warnExpiringReservations(new Date(contactedAt.getTime() + 23 * HOUR));
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } })).expiryWarnedAt).toBeNull();
    await warnExpiringReservations(new Date(contactedAt.getTime() + 25 * HOUR));
    await warnExpiringReservations(new Date(contactedAt.getTime() + 26 * HOUR));
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } })).expiryWarnedAt).not.toBeNull();
    for (const account of accounts) {
      const emails = await prisma.emailOutbox.findMany({ where: { to: account.email } });
      expect(emails.map((email) => email.subject)).toEqual(['Une réservation de renfort arrive à échéance']);
    }
  });

  it('releases the volunteer once the delay has passed, with an email and an audit row', async () => {
    const contactedAt = new Date('2020-03-01T08:00:00Z');
    const { candidacy, accounts, professional } = await reservation(contactedAt);
    await releaseExpiredReservations(new Date(contactedAt.getTime() + 47 * HOUR));
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } })).status).toBe('CONTACTED');
    await releaseExpiredReservations(new Date(contactedAt.getTime() + 48 * HOUR));
    await releaseExpiredReservations(new Date(contactedAt.getTime() + 49 * HOUR));
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } })).status).toBe('EXPIRED');
    const [{ reserved }] = await prisma.$queryRaw<{ reserved: boolean }[]>`SELECT reserved FROM professionals WHERE id = ${professional.id}`;
    expect(reserved).toBe(false);
    expect(await prisma.emailOutbox.count({ where: { to: accounts[0]!.email, subject: 'Une réservation de renfort a été libérée' } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityId: candidacy.id, action: 'candidacy.expire' } })).toBe(1);
  });
});

describe('ended missions', () => {
  it('are archived, pending proposals withdrawn, and assigned volunteers free again', async () => {
    const establishment = await createEstablishment(REGION);
    const ended = await createMission(establishment.id, { startDate: new Date('2020-01-01'), endDate: new Date('2020-01-31') });
    const running = await createMission(establishment.id, { startDate: new Date('2020-01-15'), endDate: new Date('2030-03-31') });
    const proposed = await createProfessional({ regionCode: REGION });
    const assigned = await createProfessional({ regionCode: REGION });
    await prisma.candidacy.create({ data: { professionalId: proposed.professional.id, missionId: ended.id, status: 'PROPOSED', proposedAt: new Date('2020-01-10') } });
    await createCandidacy({ professionalId: assigned.professional.id, missionId: ended.id, status: 'ASSIGNED', contactedAt: new Date('2020-01-10') });

    const now = new Date('2020-02-01T06:00:00Z');
    await archiveEndedMissions(now);
    // (The cron route's test may run the same job at the real date meanwhile: either run archives it.)
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: ended.id } })).status).toBe('ARCHIVED');
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: running.id } })).status).toBe('OPEN');
    expect((await prisma.candidacy.findFirstOrThrow({ where: { professionalId: proposed.professional.id } })).status).toBe('WITHDRAWN');
    const [state] = await prisma.$queryRaw<{ reserved: boolean; assigned_until: Date }[]>`
      SELECT reserved, assigned_until FROM professionals WHERE id = ${assigned.professional.id}`;
    expect(state!.assigned_until.getTime()).toBeLessThan(now.getTime());
    expect(await archiveEndedMissions(now)).toBe(0);
  });
});
