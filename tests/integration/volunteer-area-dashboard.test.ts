/** @jest-environment node */
import { setAvailabilityAction } from '@/app/(professional)/professionnel/actions';
import { getActor } from '@/lib/auth/session';
import { getOwnDashboard, setOwnAvailability } from '@/lib/professionals/own';
import { availableProfessionalWhere } from '@/lib/professionals/status';
import { NotFoundError } from '@/lib/errors';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { prisma } from '@/lib/db';
import { createUser } from '../factories';
import { OTHER_ROLES, createCandidacy, createOtherRoleActors, createVolunteer, day, type Volunteer } from './volunteer-area-support';

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const signedInAs = jest.mocked(getActor);

let others: Awaited<ReturnType<typeof createOtherRoleActors>>;
beforeAll(async () => {
  others = await createOtherRoleActors();
});

async function isFoundBySearches(volunteer: Volunteer): Promise<boolean> {
  return (await prisma.professional.count({ where: { AND: [availableProfessionalWhere(), { id: volunteer.professionalId }] } })) === 1;
}

describe('getOwnDashboard', () => {
  it('gives the status, the switch and the assignments with the validating account’s email', async () => {
    const volunteer = await createVolunteer();
    const validator = await createUser('ESTABLISHMENT');
    await createCandidacy(volunteer.professionalId, { status: 'ASSIGNED', start: -40, end: -10, validatorId: validator.id, establishmentName: 'Clinique passée' });
    await createCandidacy(volunteer.professionalId, { status: 'ASSIGNED', start: -2, end: 20, validatorId: validator.id, establishmentName: 'CH en cours' });
    await createCandidacy(volunteer.professionalId, { status: 'REFUSED', start: 1, end: 5, validatorId: validator.id });

    const dashboard = await getOwnDashboard(volunteer.actor);
    expect(dashboard.status).toBe('ASSIGNED');
    expect(dashboard.available).toBe(true);
    expect(dashboard.periodsState).toBe('CURRENT');
    expect(dashboard.assignments).toEqual([
      expect.objectContaining({ establishmentName: 'CH en cours', validatedByEmail: validator.email, current: true, startDate: day(-2).toISOString().slice(0, 10), endDate: day(20).toISOString().slice(0, 10) }),
      expect.objectContaining({ establishmentName: 'Clinique passée', validatedByEmail: validator.email, current: false }),
    ]);
  });

  it('says when every period is past, or when there is none', async () => {
    const volunteer = await createVolunteer();
    await prisma.availabilityPeriod.updateMany({ where: { professionalId: volunteer.professionalId }, data: { startDate: day(-30), endDate: day(-1) } });
    const past = await getOwnDashboard(volunteer.actor);
    expect(past).toMatchObject({ status: 'INDISPONIBLE', available: true, periodsState: 'ALL_PAST', upcomingPeriods: 0 });

    await prisma.availabilityPeriod.deleteMany({ where: { professionalId: volunteer.professionalId } });
    expect((await getOwnDashboard(volunteer.actor)).periodsState).toBe('NONE');
  });

  it('answers not found to every other role', async () => {
    for (const role of OTHER_ROLES) {
      await expect(getOwnDashboard(others[role])).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe('the « Disponible / Indisponible » switch', () => {
  it('Indisponible hides the volunteer from every search, Disponible brings them back', async () => {
    const volunteer = await createVolunteer();
    expect(await isFoundBySearches(volunteer)).toBe(true);

    await setOwnAvailability(volunteer.actor, false);
    expect(await isFoundBySearches(volunteer)).toBe(false);
    expect((await getOwnDashboard(volunteer.actor)).status).toBe('INDISPONIBLE');

    await setOwnAvailability(volunteer.actor, true);
    expect(await isFoundBySearches(volunteer)).toBe(true);
    expect((await getOwnDashboard(volunteer.actor)).status).toBe('DISPONIBLE');
  });

  it('sets a value, so a replayed tap does not flip it back', async () => {
    const volunteer = await createVolunteer();
    await setOwnAvailability(volunteer.actor, false);
    await setOwnAvailability(volunteer.actor, false);
    expect((await prisma.professional.findUniqueOrThrow({ where: { id: volunteer.professionalId } })).available).toBe(false);
  });

  it('the action changes the signed-in volunteer’s own record only', async () => {
    const volunteer = await createVolunteer();
    const neighbour = await createVolunteer();
    signedInAs.mockResolvedValue(volunteer.actor);

    expect(await setAvailabilityAction({ available: false })).toEqual({ ok: true, data: { available: false } });
    const [mine, theirs] = await Promise.all(
      [volunteer, neighbour].map((v) => prisma.professional.findUniqueOrThrow({ where: { id: v.professionalId }, select: { available: true } })),
    );
    expect(mine.available).toBe(false);
    expect(theirs.available).toBe(true);
  });

  it('the action refuses every other role and no session, and changes nothing', async () => {
    const volunteer = await createVolunteer();
    for (const actor of [...OTHER_ROLES.map((role) => others[role]), null]) {
      signedInAs.mockResolvedValue(actor);
      expect(await setAvailabilityAction({ available: false })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    }
    expect((await prisma.professional.findUniqueOrThrow({ where: { id: volunteer.professionalId } })).available).toBe(true);
  });

  it('the action refuses a malformed value', async () => {
    const volunteer = await createVolunteer();
    signedInAs.mockResolvedValue(volunteer.actor);
    const result = await setAvailabilityAction({ available: 'non' as unknown as boolean });
    expect(result.ok).toBe(false);
  });
});
