/** @jest-environment node */
import { prisma } from '@/lib/db';
import { listPendingReservations } from '@/lib/dashboard/reservations';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { searchCandidatesForActor } from '@/lib/candidates/search';
import { releaseExpiredReservations } from '@/lib/jobs/reservation-expiry';
import { createCandidacy, createMission, ensureReferenceData } from '../factories';
import { PROFESSION, REGION, STRANGERS, choosingSetup } from './choosing-support';

// The dashboard's reservations (SPEC §6.4: the time left shows « on the dashboard »): the account's
// volunteers « Contacté », the reservation ending first on top, each ending exactly when the expiry job
// releases it (one rule, lib/candidacies/reservation-deadline.ts).

const HOUR = 3_600_000;

beforeAll(ensureReferenceData);

async function contacted(missionId: string, professionalId: string, contactedAt: Date) {
  return prisma.candidacy.create({ data: { professionalId, missionId, status: 'CONTACTED', contactedAt } });
}

describe('listPendingReservations', () => {
  it('lists the FINESS’s reservations across its missions, the one ending first on top, to every account of it', async () => {
    const { establishment, mission, owner, colleague, volunteer } = await choosingSetup();
    const second = await createMission(establishment.id, { professionCode: PROFESSION });
    const [a, b, c] = [await volunteer(), await volunteer(), await volunteer()];
    const now = Date.now();
    const later = await contacted(mission.id, a.professional.id, new Date(now - 1 * HOUR));
    const sooner = await contacted(second.id, b.professional.id, new Date(now - 30 * HOUR));
    // Validated or refused candidacies hold nobody.
    await createCandidacy({ professionalId: c.professional.id, missionId: mission.id, status: 'REFUSED', contactedAt: new Date(now - 2 * HOUR) });

    const { reservationDelayHours } = await prisma.region.findUniqueOrThrow({ where: { code: REGION } });
    for (const actor of [owner, colleague]) {
      const rows = await listPendingReservations(actor);
      expect(rows.map((row) => row.candidacyId)).toEqual([sooner.id, later.id]);
      expect(rows[0]).toMatchObject({
        missionId: second.id,
        professionalId: b.professional.id,
        lastName: b.user.lastName,
        firstName: b.user.firstName,
        missionProfessionCode: PROFESSION,
        reservedUntil: new Date(now - 30 * HOUR + reservationDelayHours * HOUR),
      });
    }
    expect(await listPendingReservations(owner, 1)).toHaveLength(1);
  });

  it.each(STRANGERS.filter(([who]) => who !== 'no session'))('shows nothing of it to %s', async (_who, makeActor) => {
    const { establishment, mission, volunteer } = await choosingSetup();
    const { professional } = await volunteer();
    const candidacy = await contacted(mission.id, professional.id, new Date());
    const stranger = (await makeActor(establishment.id))!;
    expect((await listPendingReservations(stranger)).map((row) => row.candidacyId)).not.toContain(candidacy.id);
  });

  it('ends a reservation exactly when the expiry job releases the volunteer', async () => {
    const { mission, owner, volunteer } = await choosingSetup();
    const { professional } = await volunteer();
    // A clock long past, as in jobs.test.ts: the job run here touches no reservation of another test.
    const candidacy = await contacted(mission.id, professional.id, new Date('2018-02-01T08:00:00Z'));
    const shown = (await listPendingReservations(owner)).find((row) => row.candidacyId === candidacy.id);
    expect(shown).toBeDefined();
    await releaseExpiredReservations(new Date(shown!.reservedUntil.getTime() - 1));
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } })).status).toBe('CONTACTED');
    await releaseExpiredReservations(shown!.reservedUntil);
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } })).status).toBe('EXPIRED');
  });
});

describe('the « Choisir » table', () => {
  it('gives each « Contacté » row the deadline of its reservation, and no other row one', async () => {
    const { mission, owner, volunteer } = await choosingSetup();
    const [held, free] = [await volunteer(), await volunteer()];
    const contactedAt = new Date(Date.now() - 5 * HOUR);
    await contacted(mission.id, held.professional.id, contactedAt);
    const { reservationDelayHours } = await prisma.region.findUniqueOrThrow({ where: { code: REGION } });
    const found = await searchCandidatesForActor(owner, mission.id, parseCandidateQuery({ lastName: held.user.lastName }));
    const rows = new Map(found!.result.rows.map((row) => [row.id, row]));
    expect(rows.get(held.professional.id)).toMatchObject({ status: 'CONTACTED' });
    expect(new Date(rows.get(held.professional.id)!.reservedUntil!)).toEqual(new Date(contactedAt.getTime() + reservationDelayHours * HOUR));
    expect(rows.get(free.professional.id)).toMatchObject({ status: 'DISPONIBLE', reservedUntil: null });
    const [dashboard] = await listPendingReservations(owner);
    expect(dashboard!.reservedUntil).toEqual(new Date(rows.get(held.professional.id)!.reservedUntil!));
  });
});
