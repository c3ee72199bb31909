/** @jest-environment node */
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { revalidatePath } from 'next/cache';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { RELEASE_MESSAGES } from '@/lib/candidacies/release';
import * as missions from '@/app/(regulation)/_actions/missions';
import * as crisis from '@/app/(regulation)/_actions/crisis';
import * as settings from '@/app/(regulation)/_actions/settings';
import { ensureReferenceData } from '../factories';
import { actorOf, regionFixture, strangers, type RegionFixture } from './regulation-support';

// Every ARS/CCS server action as the browser calls it (SPEC §14: each action checks by itself, even
// without an Origin header). Only the session and Next's cache are replaced: they need a request scope.
// Normandie (28) is used by no other test file; the other ARS is Hauts-de-France (32).
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

const REGION = '28';
const OTHER_REGION = '32';
const PROFESSION = 'PORTER';

// One module per page, written once for `/ars` and `/ccs` (app/(regulation)/_actions).
const AREAS = {
  '/ars and /ccs': { missions, crisis, settings },
} as const;
type Area = (typeof AREAS)[keyof typeof AREAS];

let fixture: RegionFixture;
let free: { professionalId: string };
let pushed: { professionalId: string; candidacyId: string };
/** Contacted by the establishment: « Libérer » ends it (docs/decisions/043). */
let held: { professionalId: string; candidacyId: string };

beforeAll(ensureReferenceData);
beforeEach(async () => {
  mockedGetActor.mockReset();
  fixture = await regionFixture(REGION, PROFESSION);
  free = { professionalId: (await fixture.volunteer()).professional.id };
  const other = (await fixture.volunteer()).professional.id;
  const candidacy = await prisma.candidacy.create({ data: { professionalId: other, missionId: fixture.missionId, status: 'PROPOSED', proposedAt: new Date() } });
  pushed = { professionalId: other, candidacyId: candidacy.id };
  const contacted = (await fixture.volunteer()).professional.id;
  const reservation = await prisma.candidacy.create({ data: { professionalId: contacted, missionId: fixture.missionId, status: 'CONTACTED', contactedAt: new Date() } });
  held = { professionalId: contacted, candidacyId: reservation.id };
});
afterEach(async () => {
  await prisma.crisisMode.updateMany({ where: { regionCode: REGION, endedAt: null }, data: { endedAt: new Date() } });
});

/** Every action of an area with inputs aimed at the fixture, each expected to change something. */
function calls(area: Area): [string, () => Promise<unknown>][] {
  const missionId = fixture.missionId;
  return [
    ['archive', () => area.missions.archiveMissionAction({ missionId })],
    ['propose', () => area.missions.proposeAction({ missionId, professionalIds: [free.professionalId] })],
    ['withdraw', () => area.missions.withdrawAction({ candidacyId: pushed.candidacyId })],
    ['release', () => area.missions.releaseReservationAction({ candidacyId: held.candidacyId })],
    ['assign on behalf', () => area.missions.assignOnBehalfAction({ missionId, professionalId: free.professionalId })],
    ['crisis mode on', () => area.crisis.startCrisisModeAction({ regionCode: REGION, allProfessions: false, professionCodes: [PROFESSION] })],
    ['crisis mode off', () => area.crisis.endCrisisModeAction({ regionCode: REGION })],
    ['reservation delay', () => area.settings.saveReservationDelayAction({ regionCode: REGION, reservationDelayHours: 24 })],
    ['alert the CCS', () => area.missions.alertCcsAction({ missionId })],
    ['open the national pool', () => area.missions.openNationalPoolAction({ missionId })],
  ];
}

async function expectUntouched() {
  const mission = await prisma.mission.findUniqueOrThrow({ where: { id: fixture.missionId } });
  expect(mission).toMatchObject({ status: 'OPEN', archivedAt: null, filledCount: 0, ccsAlertAt: null, nationalPoolOpenedAt: null });
  expect(await prisma.candidacy.count({ where: { professionalId: free.professionalId } })).toBe(0);
  expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: pushed.candidacyId } })).status).toBe('PROPOSED');
  expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: held.candidacyId } })).status).toBe('CONTACTED');
  expect(await prisma.crisisMode.count({ where: { regionCode: REGION, endedAt: null } })).toBe(0);
  expect((await prisma.region.findUniqueOrThrow({ where: { code: REGION } })).reservationDelayHours).toBe(72);
  expect(await prisma.emailOutbox.count({ where: { to: fixture.establishmentAccount.email } })).toBe(0);
}

describe.each(Object.entries(AREAS))('the regulation actions of %s', (_area, area) => {
  it.each(strangers(() => fixture, OTHER_REGION))('answer « Élément introuvable. » to %s and change nothing', async (_who, makeActor) => {
    mockedGetActor.mockResolvedValue(await makeActor());
    for (const [name, call] of calls(area)) {
      expect([name, await call()]).toEqual([name, { ok: false, formError: NOT_FOUND_ERROR }]);
    }
    await expectUntouched();
  });

  it.each([
    ['the ARS of the region', () => Promise.resolve(fixture.ars)],
    ['the CCS', () => actorOf('CCS')],
  ])('let %s act', async (who, makeActor) => {
    const actor: Actor = await makeActor();
    mockedGetActor.mockResolvedValue(actor);
    const missionId = fixture.missionId;
    expect(await area.missions.proposeAction({ missionId, professionalIds: [free.professionalId] })).toEqual({ ok: true, data: { proposed: 1 } });
    expect(await area.missions.withdrawAction({ candidacyId: pushed.candidacyId })).toEqual({ ok: true, data: undefined });
    expect(await area.missions.assignOnBehalfAction({ missionId, professionalId: pushed.professionalId })).toMatchObject({ ok: true });
    jest.mocked(revalidatePath).mockClear();
    expect(await area.missions.releaseReservationAction({ candidacyId: held.candidacyId })).toEqual({ ok: true, data: undefined });
    // The whole area, so that the volunteer sheet (`…/benevoles/[id]`) the release may come from reads « Refusé » too.
    expect(revalidatePath).toHaveBeenCalledWith(who === 'the CCS' ? '/ccs' : '/ars', 'layout');
    expect(await prisma.candidacy.findUniqueOrThrow({ where: { id: held.candidacyId } })).toMatchObject({ status: 'REFUSED', decidedById: actor.id });
    const told = await prisma.emailOutbox.findMany({ where: { to: fixture.establishmentAccount.email, template: 'reservation-released' } });
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain(`${who === 'the CCS' ? 'Le centre de crise sanitaire' : 'L’ARS Normandie'} a libéré la réservation de`);
    // Released once: a second click finds it no longer « Contacté ».
    expect(await area.missions.releaseReservationAction({ candidacyId: held.candidacyId })).toEqual({ ok: false, formError: RELEASE_MESSAGES.notContacted });
    expect(await area.crisis.startCrisisModeAction({ regionCode: REGION, allProfessions: true, professionCodes: [] })).toMatchObject({ ok: true });
    expect(await area.crisis.endCrisisModeAction({ regionCode: REGION })).toEqual({ ok: true, data: undefined });
    expect(await area.settings.saveReservationDelayAction({ regionCode: REGION, reservationDelayHours: '48' })).toEqual({ ok: true, data: { reservationDelayHours: 48 } });
    await prisma.region.update({ where: { code: REGION }, data: { reservationDelayHours: 72 } });
    if (who === 'the CCS') {
      expect(await missions.openNationalPoolAction({ missionId })).toMatchObject({ ok: true });
      // The alert is the ARS's: the CCS does not alert itself.
      expect(await missions.alertCcsAction({ missionId })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    } else {
      expect(await missions.alertCcsAction({ missionId })).toMatchObject({ ok: true });
      // Opening the national pool is the CCS's.
      expect(await missions.openNationalPoolAction({ missionId })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    }
    expect(await area.missions.archiveMissionAction({ missionId })).toEqual({ ok: true, data: { withdrawnProposals: 1 } });
    expect(await prisma.mission.findUniqueOrThrow({ where: { id: missionId } })).toMatchObject({ status: 'ARCHIVED', filledCount: 1 });
    expect(await prisma.auditLog.count({ where: { actorId: actor.id } })).toBeGreaterThanOrEqual(7);
  });

  it('check their inputs before anything else', async () => {
    mockedGetActor.mockResolvedValue(fixture.ars);
    expect(await area.missions.proposeAction({ missionId: fixture.missionId, professionalIds: [] })).toEqual({ ok: false, fieldErrors: { professionalIds: 'Sélectionnez au moins un professionnel.' } });
    expect(await area.missions.withdrawAction({ candidacyId: 'pas-un-id' })).toEqual({ ok: false, fieldErrors: { candidacyId: 'Élément introuvable.' } });
    expect(await area.crisis.startCrisisModeAction({ regionCode: REGION, allProfessions: false, professionCodes: [] })).toEqual({
      ok: false,
      fieldErrors: { professionCodes: 'Cochez au moins une profession, ou choisissez « Toutes les professions ».' },
    });
    await expectUntouched();
  });
});
