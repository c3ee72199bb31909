/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { proposeCandidates, assignOnBehalf } from '@/lib/candidacies/propose';
import { contactCandidate } from '@/lib/candidacies/contact';
import { validateCandidacies } from '@/lib/candidacies/decide';
import { listRegulatorMissions } from '@/lib/missions/regulator-list';
import { parseRegulatorMissionQuery } from '@/lib/missions/regulator-query';
import { listVolunteers } from '@/lib/professionals/regulator-list';
import { parseVolunteerQuery } from '@/lib/professionals/regulator-query';
import { listRegulatorAssignments } from '@/lib/candidacies/regulator-assignments';
import { getVolunteerSheet } from '@/lib/professionals/regulator-sheet';
import { createEstablishment, createMission, createProfessional, ensureReferenceData } from '../factories';
import { actorOf } from './regulation-support';

// The ARS/CCS tables (SPEC §7.2): scoped (an ARS its region, the CCS the country, nobody else anything),
// filtered and sorted on the server, paginated. Provence-Alpes-Côte d'Azur (93) and Pays de la Loire (52)
// are used by no other test file; every row here carries this run's unique names, and the filters below
// select on them, so rows created by other files never show up.
const REGION = '93';
const OTHER = '52';

beforeAll(ensureReferenceData);

describe('the missions table', () => {
  it('shows the ARS its region and the CCS the country, filtered and sorted on every column, paginated', async () => {
    const tag = `Tab${randomUUID().slice(0, 8)}`;
    const here = await createEstablishment(REGION, { name: `${tag} Marseille`, departmentCode: '13', postalCode: '13005' });
    const there = await createEstablishment(OTHER, { name: `${tag} Nantes`, departmentCode: '44', postalCode: '44000' });
    const nurses = await createMission(here.id, { professionCode: 'NURSE', requestedCount: 3, needsVehicle: true, startDate: new Date('2026-12-05') });
    const alerted = await createMission(here.id, { professionCode: 'DOCTOR', speciality: 'CARDIOLOGY', requestedCount: 1, ccsAlertAt: new Date(), startDate: new Date('2026-12-01') });
    const archived = await createMission(here.id, { professionCode: 'NURSE', status: 'ARCHIVED', archivedAt: new Date() });
    const elsewhere = await createMission(there.id, { professionCode: 'NURSE', filledCount: 2, requestedCount: 2 });
    const ars = await actorOf('ARS', { regionCode: REGION });
    const ccs = await actorOf('CCS');
    const list = async (actor: typeof ars, params: Record<string, string> = {}) =>
      (await listRegulatorMissions(actor, parseRegulatorMissionQuery({ establishment: tag, ...params }))).rows.map((row) => row.id);

    expect(await list(ars)).toEqual([alerted.id, nurses.id]);
    expect((await list(ccs)).sort()).toEqual([alerted.id, nurses.id, elsewhere.id].sort());
    expect(await list(await actorOf('ARS', { regionCode: OTHER }))).toEqual([elsewhere.id]);
    expect(await list(await actorOf('ESTABLISHMENT', { establishmentIds: [here.id] }))).toEqual([]);
    expect(await list(await actorOf('PROFESSIONAL'))).toEqual([]);

    expect(await list(ccs, { region: REGION })).toEqual([alerted.id, nurses.id]);
    expect(await list(ccs, { postalCode: '44' })).toEqual([elsewhere.id]);
    expect(await list(ars, { profession: 'NURSE' })).toEqual([nurses.id]);
    expect(await list(ars, { speciality: 'CARDIOLOGY' })).toEqual([alerted.id]);
    expect(await list(ars, { count: '3' })).toEqual([nurses.id]);
    expect(await list(ars, { vehicle: 'oui' })).toEqual([nurses.id]);
    expect(await list(ars, { alert: 'oui' })).toEqual([alerted.id]);
    expect(await list(ars, { alert: 'non' })).toEqual([nurses.id]);
    expect(await list(ars, { start: '2026-12-03' })).toEqual([nurses.id]);
    expect(await list(ars, { status: 'ARCHIVED' })).toEqual([archived.id]);
    expect((await list(ars, { status: 'ALL' })).sort()).toEqual([alerted.id, nurses.id, archived.id].sort());
    expect(await list(ccs, { filled: 'oui' })).toEqual([elsewhere.id]);
    expect(await list(ars, { sort: 'requestedCount', direction: 'desc' })).toEqual([nurses.id, alerted.id]);
    expect(await list(ars, { sort: 'alert' })).toEqual([alerted.id, nurses.id]);
    expect(await list(ccs, { sort: 'region', direction: 'desc' })).toEqual([alerted.id, nurses.id, elsewhere.id]);

    const page = await listRegulatorMissions(ccs, parseRegulatorMissionQuery({ establishment: tag, page: '2' }));
    expect(page).toMatchObject({ total: 3, page: 2, rows: [] });
    const first = await listRegulatorMissions(ars, parseRegulatorMissionQuery({ establishment: tag }));
    expect(first.rows[0]).toMatchObject({ arsName: 'ARS Provence-Alpes-Côte d\'Azur', postalCode: '13005', ccsAlertAt: expect.any(Date), filledCount: 0 });
  });
});

describe('the volunteers table', () => {
  it('shows the volunteers who chose the region (the CCS: all), with their status, filtered and sorted', async () => {
    const tag = `Vol${randomUUID().slice(0, 8)}`;
    const establishment = await createEstablishment(REGION, { departmentCode: '13', postalCode: '13005' });
    const mission = await createMission(establishment.id, { professionCode: 'MIDWIFE', requestedCount: 2 });
    const ars = await actorOf('ARS', { regionCode: REGION });
    const ccs = await actorOf('CCS');
    const person = (lastName: string, options: Parameters<typeof createProfessional>[0] = {}) =>
      createProfessional({ regionCode: REGION, professionCode: 'MIDWIFE', lastName: `${tag}${lastName}`, ...options });
    const free = await person('Alpha', { record: { postalCode: '13001', identifierType: 'RPPS', identifierNumber: '10003456789', icuExperience: true, mobilisation: 'NATIONAL' } });
    const pushed = await person('Bravo');
    const contacted = await person('Charlie');
    const assigned = await person('Delta');
    const off = await person('Echo', { available: false });
    const past = await person('Foxtrot', { periods: [{ startDate: new Date('2025-01-01'), endDate: new Date('2025-02-01') }] });
    const elsewhere = await createProfessional({ regionCode: OTHER, professionCode: 'MIDWIFE', lastName: `${tag}Golf` });
    const establishmentAccount = await actorOf('ESTABLISHMENT', { establishmentIds: [establishment.id] });
    await proposeCandidates(ars, { missionId: mission.id, professionalIds: [pushed.professional.id, contacted.professional.id] });
    await contactCandidate(establishmentAccount, { missionId: mission.id, professionalId: contacted.professional.id });
    await assignOnBehalf(ars, { missionId: mission.id, professionalId: assigned.professional.id });

    const rows = async (actor: typeof ars, params: Record<string, string> = {}) =>
      (await listVolunteers(actor, parseVolunteerQuery({ lastName: tag, sort: 'lastName', ...params }))).rows;
    const names = async (actor: typeof ars, params: Record<string, string> = {}) => (await rows(actor, params)).map((row) => row.lastName.slice(tag.length));

    expect(await names(ars)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']);
    expect(await names(ccs)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf']);
    expect(await names(await actorOf('ARS', { regionCode: OTHER }))).toEqual(['Golf']);
    expect(await names(establishmentAccount)).toEqual([]);
    expect((await rows(ars)).map((row) => row.status)).toEqual(['DISPONIBLE', 'PROPOSED', 'CONTACTED', 'ASSIGNED', 'INDISPONIBLE', 'INDISPONIBLE']);

    for (const [status, expected] of [['DISPONIBLE', ['Alpha']], ['PROPOSED', ['Bravo']], ['CONTACTED', ['Charlie']], ['ASSIGNED', ['Delta']], ['INDISPONIBLE', ['Echo', 'Foxtrot']]] as const) {
      expect([status, await names(ars, { status })]).toEqual([status, expected]);
    }
    expect(await names(ars, { postalCode: '13001' })).toEqual(['Alpha']);
    expect(await names(ars, { identifier: '1000345' })).toEqual(['Alpha']);
    expect(await names(ars, { icu: 'oui' })).toEqual(['Alpha']);
    expect(await names(ars, { mobilisation: 'NATIONAL' })).toEqual(['Alpha']);
    expect(await names(ars, { end: '2025-06-01' })).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    expect(await names(ccs, { region: OTHER })).toEqual(['Golf']);
    expect(await names(ars, { sort: 'lastName', direction: 'desc' })).toEqual(['Foxtrot', 'Echo', 'Delta', 'Charlie', 'Bravo', 'Alpha']);
    // Free, then held (« En cours » and « Contacté » share a rank), then assigned, then out of reach.
    const byStatus = await names(ars, { sort: 'status' });
    expect([byStatus[0], byStatus.slice(1, 3).sort(), byStatus[3], byStatus.slice(4).sort()]).toEqual(['Alpha', ['Bravo', 'Charlie'], 'Delta', ['Echo', 'Foxtrot']]);
    expect(await names(ars, { sort: 'profession', profession: 'MIDWIFE', status: 'INDISPONIBLE' })).toHaveLength(2);
    expect((await names(ars, { sort: 'identifier' }))[0]).toBe('Alpha');

    const list = await listVolunteers(ars, parseVolunteerQuery({ lastName: tag, page: '2' }));
    expect(list).toMatchObject({ total: 6, page: 2, rows: [] });
    const [alpha] = await rows(ars, { status: 'DISPONIBLE' });
    expect(alpha).toMatchObject({ identifierType: 'RPPS', identifierNumber: '10003456789', startDate: new Date('2026-01-01'), endDate: null, regionCode: REGION });

    expect(await getVolunteerSheet(ars, free.professional.id)).toMatchObject({ sheet: { lastName: `${tag}Alpha`, status: 'DISPONIBLE' } });
    expect(await getVolunteerSheet(ars, elsewhere.professional.id)).toBeNull();
    expect(await getVolunteerSheet(establishmentAccount, free.professional.id)).toBeNull();
    expect((await getVolunteerSheet(ccs, elsewhere.professional.id))?.regionCode).toBe(OTHER);
    expect((await getVolunteerSheet(ars, assigned.professional.id))?.candidacies).toMatchObject([{ status: 'ASSIGNED', missionId: mission.id, proposed: false }]);
    void off;
    void past;
  });
});

describe('the assignments view', () => {
  it('lists the scope’s assigned volunteers with « Poussé par ARS/Direction Régionale ou CCS » and « Date de l’action »', async () => {
    const establishment = await createEstablishment(REGION, { departmentCode: '13', postalCode: '13005' });
    const mission = await createMission(establishment.id, { professionCode: 'RADIOGRAPHER', requestedCount: 3 });
    const account = await actorOf('ESTABLISHMENT', { establishmentIds: [establishment.id] });
    const ars = await actorOf('ARS', { regionCode: REGION });
    const ccs = await actorOf('CCS');
    const volunteer = () => createProfessional({ regionCode: REGION, professionCode: 'RADIOGRAPHER' });
    const [byArs, byCcs, direct] = [await volunteer(), await volunteer(), await volunteer()];
    await proposeCandidates(ars, { missionId: mission.id, professionalIds: [byArs.professional.id] });
    await proposeCandidates(ccs, { missionId: mission.id, professionalIds: [byCcs.professional.id] });
    for (const { professional } of [byArs, byCcs, direct]) await contactCandidate(account, { missionId: mission.id, professionalId: professional.id });
    await validateCandidacies(account, { missionId: mission.id, professionalIds: [byArs.professional.id, byCcs.professional.id, direct.professional.id] });

    const mine = async (actor: typeof ars) => (await listRegulatorAssignments(actor)).rows.filter((row) => row.missionId === mission.id);
    const rows = await mine(ars);
    const byId = new Map(rows.map((row) => [row.professionalId, row]));
    expect(byId.get(byArs.professional.id)).toMatchObject({ pushedBy: 'ARS', assignedOnBehalfBy: null, actionAt: expect.any(Date) });
    expect(byId.get(byCcs.professional.id)).toMatchObject({ pushedBy: 'CCS' });
    expect(byId.get(direct.professional.id)).toMatchObject({ pushedBy: null });
    expect((await mine(ccs))).toHaveLength(3);
    expect(await mine(await actorOf('ARS', { regionCode: OTHER }))).toEqual([]);
    expect((await listRegulatorAssignments(account)).rows).toEqual([]);

    // The pushing account deleted since: still « Oui », from the audit log; an old row without its
    // validation date takes the audit entry's.
    const candidacy = await prisma.candidacy.findFirstOrThrow({ where: { professionalId: byArs.professional.id, missionId: mission.id } });
    await prisma.candidacy.update({ where: { id: candidacy.id }, data: { proposedById: null, proposedAt: null, decidedAt: null } });
    const fallback = (await mine(ars)).find((row) => row.candidacyId === candidacy.id);
    expect(fallback).toMatchObject({ pushedBy: 'UNKNOWN', actionAt: expect.any(Date) });
  });

  it('says when an ARS assigned on behalf of the establishment', async () => {
    const establishment = await createEstablishment(REGION, { departmentCode: '13', postalCode: '13005' });
    const mission = await createMission(establishment.id, { professionCode: 'RADIOGRAPHER', requestedCount: 1 });
    const ars = await actorOf('ARS', { regionCode: REGION });
    const { professional } = await createProfessional({ regionCode: REGION, professionCode: 'RADIOGRAPHER' });
    await assignOnBehalf(ars, { missionId: mission.id, professionalId: professional.id });
    const [row] = (await listRegulatorAssignments(ars)).rows.filter((r) => r.missionId === mission.id);
    expect(row).toMatchObject({ pushedBy: null, assignedOnBehalfBy: 'ARS', actionAt: expect.any(Date) });
  });
});
