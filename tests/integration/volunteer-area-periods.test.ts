/** @jest-environment node */
import { savePeriodsAction } from '@/app/(professional)/professionnel/disponibilites/actions';
import { getActor } from '@/lib/auth/session';
import { getOwnDashboard, listOwnPeriods, saveOwnPeriods } from '@/lib/professionals/own';
import { NotFoundError } from '@/lib/errors';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { prisma } from '@/lib/db';
import { availabilityPeriodsSchema } from '@/lib/validation/professional';
import { OTHER_ROLES, createOtherRoleActors, createVolunteer, day } from './volunteer-area-support';

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const signedInAs = jest.mocked(getActor);

const iso = (offset: number) => day(offset).toISOString().slice(0, 10);

let others: Awaited<ReturnType<typeof createOtherRoleActors>>;
beforeAll(async () => {
  others = await createOtherRoleActors();
});

describe('listOwnPeriods', () => {
  it('lists the volunteer’s periods, open-ended as an empty end date', async () => {
    const volunteer = await createVolunteer();
    const own = await listOwnPeriods(volunteer.actor);
    expect(own).toEqual({ periods: [{ id: expect.any(String), startDate: '2026-01-01', endDate: '' }], hasCurrentPeriod: true });
  });

  it('answers not found to every other role', async () => {
    for (const role of OTHER_ROLES) await expect(listOwnPeriods(others[role])).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('saveOwnPeriods', () => {
  it('adds, edits and removes periods in one save, keeping the ids of the edited ones', async () => {
    const volunteer = await createVolunteer();
    const [kept] = (await listOwnPeriods(volunteer.actor)).periods;
    await prisma.availabilityPeriod.create({ data: { professionalId: volunteer.professionalId, startDate: day(-20), endDate: day(-10) } });
    const before = await listOwnPeriods(volunteer.actor);
    const removed = before.periods.find((p) => p.id !== kept!.id)!;

    const saved = await saveOwnPeriods(
      volunteer.actor,
      availabilityPeriodsSchema.parse({
        periods: [
          { id: kept!.id, startDate: iso(1), endDate: iso(30) },
          { startDate: iso(60), endDate: '' },
        ],
      }),
    );
    expect(saved.periods).toEqual([
      { id: kept!.id, startDate: iso(1), endDate: iso(30) },
      { id: expect.any(String), startDate: iso(60), endDate: '' },
    ]);
    expect(await prisma.availabilityPeriod.findUnique({ where: { id: removed.id } })).toBeNull();
  });

  it('accepts an empty list, which makes the volunteer Indisponible', async () => {
    const volunteer = await createVolunteer();
    const saved = await saveOwnPeriods(volunteer.actor, { periods: [] });
    expect(saved).toEqual({ periods: [], hasCurrentPeriod: false });
    expect((await getOwnDashboard(volunteer.actor)).status).toBe('INDISPONIBLE');
  });

  it('never touches another volunteer’s period, even given its id', async () => {
    const volunteer = await createVolunteer();
    const neighbour = await createVolunteer();
    const [theirs] = (await listOwnPeriods(neighbour.actor)).periods;

    const saved = await saveOwnPeriods(volunteer.actor, availabilityPeriodsSchema.parse({ periods: [{ id: theirs!.id, startDate: iso(5), endDate: iso(6) }] }));
    expect(saved.periods).toHaveLength(1);
    expect(saved.periods[0]!.id).not.toBe(theirs!.id);
    expect((await listOwnPeriods(neighbour.actor)).periods).toEqual([theirs]);
  });

  it('serialises two saves of the same list: the result is one of them, not a mix', async () => {
    const volunteer = await createVolunteer();
    const a = availabilityPeriodsSchema.parse({ periods: [{ startDate: iso(1), endDate: iso(2) }] });
    const b = availabilityPeriodsSchema.parse({ periods: [{ startDate: iso(3), endDate: iso(4) }, { startDate: iso(5), endDate: '' }] });
    await Promise.all([saveOwnPeriods(volunteer.actor, a), saveOwnPeriods(volunteer.actor, b)]);
    const starts = (await listOwnPeriods(volunteer.actor)).periods.map((p) => p.startDate);
    expect([[iso(1)], [iso(3), iso(5)]]).toContainEqual(starts);
  });
});

describe('savePeriodsAction', () => {
  it('saves the signed-in volunteer’s list', async () => {
    const volunteer = await createVolunteer();
    signedInAs.mockResolvedValue(volunteer.actor);
    const result = await savePeriodsAction({ periods: [{ startDate: iso(2), endDate: iso(9) }] });
    expect(result).toEqual({ ok: true, data: { periods: [{ id: expect.any(String), startDate: iso(2), endDate: iso(9) }], hasCurrentPeriod: true } });
  });

  it('refuses an end before the start, next to the field, and saves nothing', async () => {
    const volunteer = await createVolunteer();
    signedInAs.mockResolvedValue(volunteer.actor);
    const result = await savePeriodsAction({ periods: [{ startDate: iso(2), endDate: iso(9) }, { startDate: iso(10), endDate: iso(3) }] });
    expect(result).toEqual({ ok: false, fieldErrors: { 'periods.1.endDate': 'La date de fin doit être postérieure ou égale à la date de début.' } });
    expect((await listOwnPeriods(volunteer.actor)).periods).toHaveLength(1);
  });

  it('refuses every other role and no session, and changes nothing', async () => {
    const volunteer = await createVolunteer();
    for (const actor of [...OTHER_ROLES.map((role) => others[role]), null]) {
      signedInAs.mockResolvedValue(actor);
      expect(await savePeriodsAction({ periods: [] })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    }
    expect((await listOwnPeriods(volunteer.actor)).periods).toHaveLength(1);
  });
});
