/** @jest-environment node */
import { prisma } from '@/lib/db';
import { DomainError, NotFoundError } from '@/lib/errors';
import { releaseExpiredReservations } from '@/lib/jobs/reservation-expiry';
import { getRegionSettings, listRegionSettings, updateReservationDelay } from '@/lib/regulation/settings';
import { reservationDelaySchema } from '@/lib/regulation/schemas';
import { ensureReferenceData } from '../factories';
import { actorOf, regionFixture } from './regulation-support';

// The reservation delay an ARS sets for its region (SPEC §6.4), read by the expiry job. Mayotte (06) is
// used by no other test file, so its delay can change here; the job's clocks are in 2019 so that it
// touches no row another test file creates meanwhile.
const REGION = '06';
const HOUR = 3_600_000;

beforeAll(ensureReferenceData);
afterEach(async () => {
  await prisma.region.update({ where: { code: REGION }, data: { reservationDelayHours: 72 } });
});

describe('the reservation delay of a region', () => {
  it('accepts 1 to 720 hours, in the form and in the domain, and logs each change', async () => {
    const ars = await actorOf('ARS', { regionCode: REGION });
    for (const hours of [0, 721, 1.5, -3]) {
      expect(reservationDelaySchema.safeParse({ regionCode: REGION, reservationDelayHours: hours }).success).toBe(false);
      await expect(updateReservationDelay(ars, { regionCode: REGION, reservationDelayHours: hours })).rejects.toBeInstanceOf(DomainError);
    }
    expect(reservationDelaySchema.safeParse({ regionCode: REGION, reservationDelayHours: '' }).success).toBe(false);
    for (const hours of [1, 720]) {
      expect(await updateReservationDelay(ars, { regionCode: REGION, reservationDelayHours: hours })).toEqual({ reservationDelayHours: hours });
      expect((await getRegionSettings(ars, REGION)).reservationDelayHours).toBe(hours);
    }
    const log = await prisma.auditLog.findMany({ where: { actorId: ars.id, action: 'region.reservation-delay' }, orderBy: { id: 'asc' } });
    expect(log.map((entry) => entry.details)).toEqual([{ from: 72, to: 1 }, { from: 1, to: 720 }]);
  });

  it('is the ARS’s own region, any region for the CCS, nobody else’s', async () => {
    const elsewhere = await actorOf('ARS', { regionCode: '52' });
    await expect(updateReservationDelay(elsewhere, { regionCode: REGION, reservationDelayHours: 10 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRegionSettings(elsewhere, REGION)).rejects.toBeInstanceOf(NotFoundError);
    const establishment = await actorOf('ESTABLISHMENT');
    await expect(updateReservationDelay(establishment, { regionCode: REGION, reservationDelayHours: 10 })).rejects.toBeInstanceOf(NotFoundError);
    const ccs = await actorOf('CCS');
    await updateReservationDelay(ccs, { regionCode: REGION, reservationDelayHours: 10 });
    expect((await prisma.region.findUniqueOrThrow({ where: { code: REGION } })).reservationDelayHours).toBe(10);
    expect(await listRegionSettings(ccs)).toHaveLength(18);
    expect(await listRegionSettings(elsewhere)).toEqual([expect.objectContaining({ regionCode: '52' })]);
  });

  it('is the delay the expiry job applies', async () => {
    const fixture = await regionFixture(REGION, 'OCCUPATIONAL_THERAPIST');
    await updateReservationDelay(fixture.ars, { regionCode: REGION, reservationDelayHours: 5 });
    const { professional } = await fixture.volunteer();
    const contactedAt = new Date('2019-05-01T08:00:00Z');
    const candidacy = await prisma.candidacy.create({ data: { professionalId: professional.id, missionId: fixture.missionId, status: 'CONTACTED', contactedAt } });
    await releaseExpiredReservations(new Date(contactedAt.getTime() + 4 * HOUR));
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } })).status).toBe('CONTACTED');
    await releaseExpiredReservations(new Date(contactedAt.getTime() + 5 * HOUR));
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } })).status).toBe('EXPIRED');
  });
});
