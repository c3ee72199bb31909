/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { getActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { searchCandidateMapForActor, searchCandidatesForActor } from '@/lib/candidates/search';
import { MAP_SINGLE_POINT_ZOOM } from '@/lib/candidates/map-grid';
import { getProposerView } from '@/lib/candidates/proposer';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { getCandidateSheet } from '@/lib/candidates/sheet';
import { getVolunteerSheet } from '@/lib/professionals/regulator-sheet';
import { listVolunteers } from '@/lib/professionals/regulator-list';
import { parseVolunteerQuery } from '@/lib/professionals/regulator-query';
import { confirmOwnAvailability, getOwnDashboard } from '@/lib/professionals/own';
import { confirmAvailabilityAction } from '@/app/(professional)/professionnel/actions';
import { actorFor, createEstablishment, createMission, createProfessional, createUser } from '../factories';

// « Disponibilité confirmée le … » (SPEC §5.2): the date establishments and regulators see — each only
// for the volunteers they may already see — the volunteer's own area, and the candidate ranking that
// prefers the recently confirmed among equals. Region 32 and social workers are used by no other test
// file; every volunteer gets this file's last name, so the searches see exactly the rows made here.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

const REGION = '32';
const PROFESSION = 'SOCIAL_WORKER';
const DAY_MS = 86_400_000;
const NOW = new Date(Date.UTC(2026, 10, 22, 10));
const daysAgo = (days: number, hour = 9) => new Date(Date.UTC(2026, 10, 22 - days, hour));

async function setup() {
  const name = `Confirme${randomUUID().slice(0, 8)}`;
  const establishment = await createEstablishment(REGION);
  await prisma.establishment.update({ where: { id: establishment.id }, data: { longitude: 3.06, latitude: 50.63 } });
  const mission = await createMission(establishment.id, { professionCode: PROFESSION, startDate: new Date(Date.UTC(2026, 11, 1)), endDate: new Date(Date.UTC(2026, 11, 30)) });
  const account = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] })).id);
  const volunteer = (confirmedAt: Date, periods = [{ startDate: new Date(Date.UTC(2026, 10, 1)), endDate: null as Date | null }]) =>
    createProfessional({ regionCode: REGION, professionCode: PROFESSION, lastName: name, periods, record: { longitude: 3.06, latitude: 50.63, availabilityConfirmedAt: confirmedAt } });
  return { name, mission, account, volunteer };
}

describe('the candidate ranking', () => {
  it('prefers, among equals on shared days and distance, the volunteer who confirmed on a later day', async () => {
    const { name, mission, account, volunteer } = await setup();
    const stale = await volunteer(daysAgo(20));
    const fresh = await volunteer(daysAgo(1));
    const middle = await volunteer(daysAgo(6));
    // Confirmed this morning, but fewer days shared with the mission: the tie-break never beats a criterion.
    const shorter = await volunteer(daysAgo(0, 8), [{ startDate: new Date(Date.UTC(2026, 11, 20)), endDate: null }]);
    const result = (await searchCandidatesForActor(account, mission.id, parseCandidateQuery({ lastName: name }), NOW))!.result;
    expect(result.rows.map((row) => row.id)).toEqual([fresh, middle, stale, shorter].map((v) => v.professional.id));
    // Close up, the map's volunteers come in the same order (the best ranked first when the view holds too many).
    const closeUp = await searchCandidateMapForActor(account, mission.id, parseCandidateQuery({ lastName: name }), { zoom: MAP_SINGLE_POINT_ZOOM, bbox: [-180, -90, 180, 90] }, NOW);
    expect(closeUp!.features.map(([, , , id]) => id)).toEqual([fresh, middle, stale, shorter].map((v) => v.professional.id));
    expect(new Date(result.rows[0]!.confirmedAt)).toEqual(daysAgo(1));

    // The same day is the same: two confirmations hours apart leave the order to the id.
    const early = await volunteer(daysAgo(3, 6));
    const late = await volunteer(daysAgo(3, 20));
    const again = (await searchCandidatesForActor(account, mission.id, parseCandidateQuery({ lastName: name }), NOW))!.result;
    const sameDay = again.rows.filter((row) => row.id === early.professional.id || row.id === late.professional.id).map((row) => row.id);
    expect(sameDay).toEqual([early.professional.id, late.professional.id].sort());
    expect(again.rows.map((row) => row.id).indexOf(sameDay[0]!)).toBe(1);
  });

  it('is the regulators’ « Proposer » order too, with the date on every row', async () => {
    const { name, mission, volunteer } = await setup();
    const stale = await volunteer(daysAgo(15));
    const fresh = await volunteer(daysAgo(2));
    const ars = await actorFor((await createUser('ARS', { regionCode: REGION })).id);
    const view = (await getProposerView(ars, mission.id, parseCandidateQuery({ lastName: name }), NOW))!;
    expect(view.result.rows.map((row) => [row.id, new Date(row.confirmedAt).getTime()])).toEqual([
      [fresh.professional.id, daysAgo(2).getTime()],
      [stale.professional.id, daysAgo(15).getTime()],
    ]);
  });
});

describe('who sees the date', () => {
  it('the establishment on its candidate’s sheet, not another FINESS', async () => {
    const { account, volunteer } = await setup();
    const { professional } = await volunteer(daysAgo(4));
    expect((await getCandidateSheet(account, professional.id))!.availabilityConfirmedAt).toEqual(daysAgo(4));
    const elsewhere = await createEstablishment(REGION);
    const stranger = await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [elsewhere.id] })).id);
    expect(await getCandidateSheet(stranger, professional.id)).toBeNull();
  });

  it('the ARS of the volunteer’s region and the CCS, on the sheet and in the volunteers table; not another ARS', async () => {
    const { name, volunteer } = await setup();
    const { professional } = await volunteer(daysAgo(9));
    const ars = await actorFor((await createUser('ARS', { regionCode: REGION })).id);
    const ccs = await actorFor((await createUser('CCS')).id);
    for (const regulator of [ars, ccs]) {
      expect((await getVolunteerSheet(regulator, professional.id))!.sheet.availabilityConfirmedAt).toEqual(daysAgo(9));
      const { rows } = await listVolunteers(regulator, parseVolunteerQuery({ lastName: name }));
      expect(rows.map((row) => [row.id, row.availabilityConfirmedAt])).toEqual([[professional.id, daysAgo(9)]]);
    }
    const otherArs = await actorFor((await createUser('ARS', { regionCode: '11' })).id);
    expect(await getVolunteerSheet(otherArs, professional.id)).toBeNull();
    expect((await listVolunteers(otherArs, parseVolunteerQuery({ lastName: name }))).rows).toEqual([]);
  });

  it('the volunteer in their own area, and nobody else there', async () => {
    const { volunteer } = await setup();
    const { user } = await volunteer(daysAgo(3));
    expect((await getOwnDashboard(await actorFor(user.id), NOW)).availabilityConfirmedAt).toEqual(daysAgo(3));
    const ccs = await actorFor((await createUser('CCS')).id);
    await expect(getOwnDashboard(ccs)).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirmOwnAvailability(ccs)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('« Je suis toujours disponible » (action of the volunteer’s area)', () => {
  const OTHERS: Role[] = ['ESTABLISHMENT', 'ARS', 'CCS', 'RPPS_MANAGER'];

  it.each([['no session', null], ...OTHERS.map((role) => [role, role])] as [string, Role | null][])('answers « Élément introuvable. » to %s', async (_who, role) => {
    const { volunteer } = await setup();
    const { professional } = await volunteer(daysAgo(30));
    const establishment = await createEstablishment(REGION);
    mockedGetActor.mockResolvedValue(
      role ? await actorFor((await createUser(role, { regionCode: REGION, establishmentIds: role === 'ESTABLISHMENT' || role === 'RPPS_MANAGER' ? [establishment.id] : undefined })).id) : null,
    );
    expect(await confirmAvailabilityAction({})).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    expect((await prisma.professional.findUniqueOrThrow({ where: { id: professional.id } })).availabilityConfirmedAt).toEqual(daysAgo(30));
  });

  it('records today for the volunteer who taps it, and only their record', async () => {
    const { volunteer } = await setup();
    const me = await volunteer(daysAgo(30));
    const neighbour = await volunteer(daysAgo(30));
    mockedGetActor.mockResolvedValue(await actorFor(me.user.id));
    const before = Date.now();
    const result = await confirmAvailabilityAction({});
    expect(result.ok).toBe(true);
    const confirmedAt = (await prisma.professional.findUniqueOrThrow({ where: { id: me.professional.id } })).availabilityConfirmedAt;
    expect(confirmedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(confirmedAt.getTime()).toBeLessThan(before + DAY_MS);
    expect((await prisma.professional.findUniqueOrThrow({ where: { id: neighbour.professional.id } })).availabilityConfirmedAt).toEqual(daysAgo(30));
    expect(await prisma.auditLog.count({ where: { entityId: me.professional.id, action: 'professional.availability-confirmed', actorId: me.user.id } })).toBe(1);
  });
});
