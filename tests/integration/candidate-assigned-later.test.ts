/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { searchCandidatesForActor } from '@/lib/candidates/search';
import { getCandidatePopupForActor } from '@/lib/candidates/popup';
import { getCandidateSheet } from '@/lib/candidates/sheet';
import { getProposerView } from '@/lib/candidates/proposer';
import { contactCandidate } from '@/lib/candidacies/contact';
import { validateCandidacies } from '@/lib/candidacies/decide';
import { proposeCandidates } from '@/lib/candidacies/propose';
import { getOwnDashboard } from '@/lib/professionals/own/dashboard';
import { DomainError } from '@/lib/errors';
import { actorFor, createCandidacy, createEstablishment, createMission, createProfessional, createUser, ensureReferenceData } from '../factories';

// SPEC §6.4: a volunteer « Affecté » stays a candidate for the missions that START AFTER their
// assignment ends (the latest end of their ASSIGNED candidacies), shown « Affecté jusqu'au … »; never for
// a mission overlapping it, by any path. Their own status stays « Affecté » meanwhile (SPEC §10).
// Auvergne-Rhône-Alpes and the assistant educators are used by no other test file's volunteers.
const REGION = '84';
const PROFESSION = 'ASSISTANT_EDUCATOR';
const NOW = new Date();
const day = (offset: number) => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate() + offset));
const iso = (offset: number) => day(offset).toISOString().slice(0, 10);

async function establishmentWithAccount() {
  const establishment = await createEstablishment(REGION, { departmentCode: '69', postalCode: '69006' });
  return { establishment, account: await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] })).id) };
}

let ars: Actor;
beforeAll(async () => {
  await ensureReferenceData();
  ars = await actorFor((await createUser('ARS', { regionCode: REGION })).id);
});

/** Volunteers assigned (by another establishment) on a mission from day -5 to day 20. */
async function assignedVolunteers(count: number) {
  const token = `Affecte${randomUUID().slice(0, 8)}`;
  const holder = await createEstablishment(REGION, { departmentCode: '69', postalCode: '69006' });
  const assignment = await createMission(holder.id, { professionCode: PROFESSION, startDate: day(-5), endDate: day(20), requestedCount: 10 });
  const volunteers: { id: string; userId: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const { professional, user } = await createProfessional({ regionCode: REGION, professionCode: PROFESSION, lastName: `${token} ${i}`, periods: [{ startDate: day(-10), endDate: null }] });
    await createCandidacy({ professionalId: professional.id, missionId: assignment.id, status: 'ASSIGNED', decidedAt: NOW });
    volunteers.push({ id: professional.id, userId: user.id });
  }
  return { token, volunteers };
}

describe('« Affecté » volunteers and later missions (SPEC §6.4)', () => {
  it('are in no path of a mission overlapping the assignment, even one starting on its last day', async () => {
    const { token, volunteers } = await assignedVolunteers(1);
    const [volunteer] = volunteers;
    const { establishment, account } = await establishmentWithAccount();
    const overlapping = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(10), endDate: day(40) });
    const onLastDay = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(20), endDate: day(30) });
    for (const mission of [overlapping, onLastDay]) {
      const found = await searchCandidatesForActor(account, mission.id, parseCandidateQuery({ lastName: token }), NOW);
      expect(found!.result).toMatchObject({ rows: [], total: 0, map: { features: [] } });
      expect(await getCandidatePopupForActor(account, mission.id, volunteer!.id, NOW)).toBeNull();
      await expect(contactCandidate(account, { missionId: mission.id, professionalId: volunteer!.id })).rejects.toBeInstanceOf(DomainError);
      await expect(proposeCandidates(ars, { missionId: mission.id, professionalIds: [volunteer!.id] })).rejects.toBeInstanceOf(DomainError);
      expect((await getProposerView(ars, mission.id, parseCandidateQuery({ lastName: token }), NOW))!.result.total).toBe(0);
    }
    expect(await getCandidateSheet(account, volunteer!.id, NOW)).toBeNull();
  });

  it('are candidates of a mission starting the day after, « Affecté jusqu’au … », and their own status stays « Affecté »', async () => {
    const { token, volunteers } = await assignedVolunteers(2);
    const [first, second] = volunteers;
    const { establishment, account } = await establishmentWithAccount();
    const later = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(21), endDate: day(50), requestedCount: 2 });

    const found = await searchCandidatesForActor(account, later.id, parseCandidateQuery({ lastName: token }), NOW);
    expect(found!.result.rows.map((row) => [row.id, row.status, row.assignedUntil]).sort()).toEqual(
      [[first!.id, 'DISPONIBLE', iso(20)], [second!.id, 'DISPONIBLE', iso(20)]].sort(),
    );
    expect(await getCandidatePopupForActor(account, later.id, first!.id, NOW)).toMatchObject({ status: 'DISPONIBLE', assignedUntil: iso(20) });
    const sheet = await getCandidateSheet(account, first!.id, NOW);
    expect(sheet).toMatchObject({ status: 'ASSIGNED', assignedUntil: day(20) });
    const own = await getOwnDashboard(await actorFor(first!.userId), NOW);
    expect(own.status).toBe('ASSIGNED');
    const proposer = await getProposerView(ars, later.id, parseCandidateQuery({ lastName: token }), NOW);
    expect(proposer!.result.rows.map((row) => row.assignedUntil)).toEqual([iso(20), iso(20)]);

    // Contacted then validated for the later mission: two assignments, one after the other.
    await contactCandidate(account, { missionId: later.id, professionalId: first!.id });
    expect(await validateCandidacies(account, { missionId: later.id, professionalIds: [first!.id] }, NOW)).toEqual({ validated: 1 });
    const row = await prisma.professional.findUniqueOrThrow({ where: { id: first!.id }, select: { assignedUntil: true } });
    expect(row.assignedUntil).toEqual(day(50));
    expect((await getOwnDashboard(await actorFor(first!.userId), NOW)).status).toBe('ASSIGNED');
    // The second one, pushed by the ARS instead: the push is accepted like any other.
    expect(await proposeCandidates(ars, { missionId: later.id, professionalIds: [second!.id] })).toEqual({ proposed: 1 });
  });

  it('never while they hold a reservation or are switched off', async () => {
    const { token, volunteers } = await assignedVolunteers(2);
    const [reserved, switchedOff] = volunteers;
    const { establishment, account } = await establishmentWithAccount();
    const elsewhere = await createMission((await createEstablishment(REGION)).id, { professionCode: PROFESSION, startDate: day(60), endDate: day(70) });
    await prisma.candidacy.create({ data: { professionalId: reserved!.id, missionId: elsewhere.id, status: 'PROPOSED', proposedAt: NOW } });
    await prisma.professional.update({ where: { id: switchedOff!.id }, data: { available: false } });
    const later = await createMission(establishment.id, { professionCode: PROFESSION, startDate: day(30), endDate: day(40) });
    const found = await searchCandidatesForActor(account, later.id, parseCandidateQuery({ lastName: token }), NOW);
    expect(found!.result.total).toBe(0);
    for (const volunteer of [reserved, switchedOff]) {
      await expect(contactCandidate(account, { missionId: later.id, professionalId: volunteer!.id })).rejects.toBeInstanceOf(DomainError);
    }
  });
});
