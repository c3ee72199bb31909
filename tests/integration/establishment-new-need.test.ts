/** @jest-environment node */
import { revalidatePath } from 'next/cache';
import { createNeedAction } from '@/app/(establishment)/etablissement/besoins/nouveau/actions';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { getActor } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { createMissionsForActor, getNewNeedContext } from '@/lib/missions/new-need';
import type { NewNeedInput } from '@/lib/validation/mission';
import { missionSchema } from '@/lib/validation/mission';
import { actorFor, createEstablishment, createUser, ensureReferenceData } from '../factories';
import { actorOf, finessWithTwoAccounts, strangers, type Finess } from './establishment-support';

// « Nouveau besoin » (SPEC §6.3) through its server action, as the browser calls it: only the session and
// Next's cache are replaced (they need a request scope); the database is real.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

function need(establishmentId: string, overrides: Partial<NewNeedInput> = {}): NewNeedInput {
  return {
    establishmentId,
    missions: [
      { startDate: '2027-01-04', endDate: '2027-01-31', professionCode: 'NURSE', requestedCount: '2', details: 'Service de nuit', needsWeekend: true, speciality: 'GERIATRICS' },
      { startDate: '2027-02-01', endDate: '2027-02-14', professionCode: 'DOCTOR', speciality: 'GERIATRICS', requestedCount: 1, vaccinationSupport: true },
    ],
    ...overrides,
  };
}

const missionsOf = (establishmentId: string) => prisma.mission.findMany({ where: { establishmentId }, orderBy: { startDate: 'asc' } });

let finess: Finess;
beforeAll(ensureReferenceData);
beforeEach(async () => {
  mockedGetActor.mockReset();
  jest.mocked(revalidatePath).mockReset();
  finess = await finessWithTwoAccounts();
});

describe('createNeedAction', () => {
  it('creates every mission of the form, open, by this account, with one audit row each', async () => {
    mockedGetActor.mockResolvedValue(finess.first);
    await expect(createNeedAction(need(finess.establishmentId))).resolves.toEqual({ ok: true, data: { count: 2 } });

    const missions = await missionsOf(finess.establishmentId);
    expect(missions).toHaveLength(2);
    expect(missions[0]).toMatchObject({
      professionCode: 'NURSE',
      requestedCount: 2,
      filledCount: 0,
      status: 'OPEN',
      createdById: finess.first.id,
      details: 'Service de nuit',
      needsWeekend: true,
      // Only doctors have specialities: the nurse's is dropped.
      speciality: null,
      startDate: new Date('2027-01-04T00:00:00Z'),
      endDate: new Date('2027-01-31T00:00:00Z'),
    });
    expect(missions[1]).toMatchObject({ professionCode: 'DOCTOR', speciality: 'GERIATRICS', vaccinationSupport: true, needsWeekend: false });
    const audit = await prisma.auditLog.findMany({ where: { action: 'mission.create', entityId: { in: missions.map((m) => m.id) } } });
    expect(audit).toHaveLength(2);
    expect(audit.every((row) => row.actorId === finess.first.id)).toBe(true);
    expect(revalidatePath).toHaveBeenCalledWith('/etablissement', 'layout');
  });

  it('lets the second account of the same FINESS add to the same establishment', async () => {
    mockedGetActor.mockResolvedValue(finess.second);
    expect(await createNeedAction(need(finess.establishmentId))).toMatchObject({ ok: true });
    expect(await missionsOf(finess.establishmentId)).toHaveLength(2);
  });

  it('lets an account of several establishments choose either one', async () => {
    const other = await createEstablishment('76');
    const actor = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [finess.establishmentId, other.id] })).id);
    mockedGetActor.mockResolvedValue(actor);
    expect(await createNeedAction(need(other.id))).toMatchObject({ ok: true });
    expect(await missionsOf(other.id)).toHaveLength(2);
    expect(await missionsOf(finess.establishmentId)).toHaveLength(0);
  });

  it('answers French messages next to the fields and creates nothing when a mission is invalid', async () => {
    mockedGetActor.mockResolvedValue(finess.first);
    const input = need(finess.establishmentId);
    input.missions[1] = { ...input.missions[1]!, startDate: '2027-02-14', endDate: '2027-02-01', requestedCount: 0 };
    expect(await createNeedAction(input)).toEqual({
      ok: false,
      fieldErrors: {
        'missions.1.requestedCount': 'Le nombre doit être au moins 1.',
        'missions.1.endDate': 'La date de fin doit être postérieure ou égale à la date de début.',
      },
    });
    expect(await createNeedAction({ ...input, missions: [] })).toEqual({ ok: false, fieldErrors: { missions: 'Ajoutez au moins une mission.' } });
    expect(await missionsOf(finess.establishmentId)).toHaveLength(0);
  });

  it('refuses a mission already over, on its own field, and creates none of the others', async () => {
    mockedGetActor.mockResolvedValue(finess.first);
    const input = need(finess.establishmentId);
    input.missions[1] = { ...input.missions[1]!, startDate: '2020-01-01', endDate: '2020-01-31' };
    expect(await createNeedAction(input)).toEqual({
      ok: false,
      fieldErrors: { 'missions.1.endDate': 'Cette date est passée : la mission doit se terminer aujourd’hui ou plus tard.' },
    });
    expect(await missionsOf(finess.establishmentId)).toHaveLength(0);
  });

  it.each(strangers(() => finess))('answers « Élément introuvable. » to %s and creates nothing', async (_who, makeActor) => {
    mockedGetActor.mockResolvedValue(await makeActor());
    expect(await createNeedAction(need(finess.establishmentId))).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    expect(await missionsOf(finess.establishmentId)).toHaveLength(0);
    expect(await prisma.auditLog.count({ where: { action: 'mission.create', details: { path: ['establishmentId'], equals: finess.establishmentId } } })).toBe(0);
  });
});

describe('createMissionsForActor', () => {
  it('is all or nothing: a mission the database refuses rolls back the ones before it', async () => {
    const valid = missionSchema.parse(need(finess.establishmentId).missions[0]);
    // A profession code the schema would refuse, to make the second insert fail inside the transaction.
    const broken = { ...valid, professionCode: 'NO_SUCH_PROFESSION' as typeof valid.professionCode };
    await expect(createMissionsForActor(finess.first, { establishmentId: finess.establishmentId, missions: [valid, broken] })).rejects.toThrow();
    expect(await missionsOf(finess.establishmentId)).toHaveLength(0);
    expect(await prisma.auditLog.count({ where: { action: 'mission.create', actorId: finess.first.id } })).toBe(0);
  });
});

describe('getNewNeedContext', () => {
  it('gives the requester and the establishments shown read-only', async () => {
    const context = await getNewNeedContext(finess.first);
    expect(context?.requester).toEqual({ firstName: 'Camille', lastName: 'Test', email: finess.first.email, phone: null });
    expect(context?.establishments.map((e) => e.id)).toEqual([finess.establishmentId]);
  });

  it('gives nothing to other roles', async () => {
    expect(await getNewNeedContext(await actorOf('RPPS_MANAGER', { establishmentIds: [finess.establishmentId] }))).toBeNull();
    expect(await getNewNeedContext(await actorOf('CCS'))).toBeNull();
  });
});
