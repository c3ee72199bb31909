/** @jest-environment node */
import { prisma } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { getIndicators } from '@/lib/indicators/get-indicators';
import { refreshVolunteerFigures } from '@/lib/indicators/volunteer-snapshot';
import { ensureReferenceData, createCandidacy } from '../factories';
import { DAY_MS, STRANGERS, actorOf, daysFromNow, establishmentIn, volunteerIn } from './indicators-support';

// The indicators page's figures (SPEC §7.2) on a known data set in La Réunion (04), which no other test
// file uses, with missions created in March 2026 (no other test creates missions then): every number
// below is exact.

const REGION = '04';
const RANGE = { from: '2026-03-01', to: '2026-03-31' };
const HOUR = 3_600_000;

let missionIds: Record<string, string>;

async function mission(establishmentId: string, data: { professionCode: string; createdAt: string; requestedCount: number; filledCount?: number; firstAssignedAfterHours?: number; status?: 'OPEN' | 'ARCHIVED' }) {
  const createdAt = new Date(data.createdAt);
  const created = await prisma.mission.create({
    data: {
      establishmentId,
      professionCode: data.professionCode,
      startDate: daysFromNow(1),
      endDate: daysFromNow(365),
      requestedCount: data.requestedCount,
      filledCount: data.filledCount ?? 0,
      status: data.status ?? 'OPEN',
      archivedAt: data.status === 'ARCHIVED' ? new Date() : null,
      createdAt,
      firstAssignedAt: data.firstAssignedAfterHours === undefined ? null : new Date(createdAt.getTime() + data.firstAssignedAfterHours * HOUR),
    },
  });
  return created.id;
}

beforeAll(async () => {
  await ensureReferenceData();
  const reunion = await establishmentIn(REGION);
  const lyon = await establishmentIn('84');
  missionIds = {
    // In range: two nurse missions assigned after 2 h and 10 h (median 6 h), one archived care-assistant mission never assigned.
    nurseFast: await mission(reunion.id, { professionCode: 'NURSE', createdAt: '2026-03-10T08:00:00Z', requestedCount: 3, filledCount: 2, firstAssignedAfterHours: 2 }),
    nurseSlow: await mission(reunion.id, { professionCode: 'NURSE', createdAt: '2026-03-31T23:30:00Z', requestedCount: 2, filledCount: 1, firstAssignedAfterHours: 10 }),
    careAssistant: await mission(reunion.id, { professionCode: 'CARE_ASSISTANT', createdAt: '2026-03-15T12:00:00Z', requestedCount: 1, status: 'ARCHIVED' }),
    // Out of range (the day before, the day after): counted nowhere.
    before: await mission(reunion.id, { professionCode: 'NURSE', createdAt: '2026-02-28T23:59:59Z', requestedCount: 5, filledCount: 5, firstAssignedAfterHours: 1 }),
    after: await mission(reunion.id, { professionCode: 'NURSE', createdAt: '2026-04-01T00:00:00Z', requestedCount: 7 }),
    // Another region, in range: the CCS sees it, the ARS of La Réunion does not.
    lyon: await mission(lyon.id, { professionCode: 'NURSE', createdAt: '2026-03-20T10:00:00Z', requestedCount: 4, filledCount: 1, firstAssignedAfterHours: 30 }),
  };

  const open = [{ startDate: new Date(Date.UTC(2026, 0, 1)), endDate: null }];
  // Available: switched on, active, a current period, nothing held. One lives in Martinique (972).
  await volunteerIn(REGION, { professionCode: 'NURSE', periods: open });
  await volunteerIn(REGION, { professionCode: 'NURSE', periods: open, record: { departmentCode: '972', postalCode: '97200', city: 'Fort-de-France' } });
  // Not available, each for one reason of SPEC §10.
  await volunteerIn(REGION, { professionCode: 'NURSE', available: false, periods: open });
  await volunteerIn(REGION, { professionCode: 'CARE_ASSISTANT', periods: [{ startDate: new Date(Date.UTC(2025, 0, 1)), endDate: new Date(Date.now() - 10 * DAY_MS) }] });
  const reserved = await volunteerIn(REGION, { professionCode: 'NURSE', periods: open });
  await prisma.candidacy.create({ data: { professionalId: reserved.professional.id, missionId: missionIds.nurseFast!, status: 'CONTACTED', contactedAt: new Date() } });
  const assigned = await volunteerIn(REGION, { professionCode: 'NURSE', periods: open });
  await createCandidacy({ professionalId: assigned.professional.id, missionId: missionIds.nurseSlow!, status: 'ASSIGNED', decidedAt: new Date() });
  const disabled = await volunteerIn(REGION, { professionCode: 'DOCTOR', periods: open });
  await prisma.user.update({ where: { id: disabled.user.id }, data: { status: 'DISABLED' } });
  // Another region's volunteer: the CCS counts it, the ARS does not.
  await volunteerIn('84', { professionCode: 'NURSE', periods: open });
  // The page reads the jobs' snapshot when one of today is fresh (docs/decisions/034): one taken now
  // holds every volunteer above, whichever other test file took the last one.
  await refreshVolunteerFigures(new Date(), { force: true });
});

describe('the indicators of an ARS', () => {
  it('count the missions created in the period, positions requested and filled, and the median time to a first assignment', async () => {
    const report = await getIndicators(await actorOf('ARS', { regionCode: REGION }), RANGE);
    expect(report.scopeLabel).toBe('ARS La Réunion');
    expect(report.regions).toBeNull();
    expect(report.missions).toEqual({
      missions: 3,
      openMissions: 2,
      positionsRequested: 6,
      positionsFilled: 3,
      assignedMissions: 2,
      // percentile_cont interpolates between 2 h and 10 h.
      medianSecondsToFirstAssignment: 6 * 3600,
    });
    expect(report.missionsByProfession).toEqual([
      { code: 'NURSE', label: 'Infirmier (IDE)', missions: 2, openMissions: 2, positionsRequested: 5, positionsFilled: 3, assignedMissions: 2, medianSecondsToFirstAssignment: 6 * 3600 },
      { code: 'CARE_ASSISTANT', label: 'Aide-soignant', missions: 1, openMissions: 0, positionsRequested: 1, positionsFilled: 0, assignedMissions: 0, medianSecondsToFirstAssignment: null },
    ]);
  });

  it('count the volunteers available today by profession and by department, among those who chose the region', async () => {
    const report = await getIndicators(await actorOf('ARS', { regionCode: REGION }), RANGE);
    expect(report.volunteers).toEqual({ available: 2, registered: 7 });
    expect(report.volunteersByProfession).toEqual([
      { code: 'NURSE', label: 'Infirmier (IDE)', available: 2, registered: 5 },
      { code: 'CARE_ASSISTANT', label: 'Aide-soignant', available: 0, registered: 1 },
      { code: 'DOCTOR', label: 'Médecin', available: 0, registered: 1 },
    ]);
    expect(report.volunteersByDepartment).toEqual([
      { code: '972', label: '972 — Martinique', available: 1, registered: 1 },
      { code: '974', label: '974 — La Réunion', available: 1, registered: 6 },
    ]);
  });

  it('see nothing of their region in another period, and nothing of another region', async () => {
    const empty = await getIndicators(await actorOf('ARS', { regionCode: REGION }), { from: '2019-01-01', to: '2019-01-31' });
    expect(empty.missions).toMatchObject({ missions: 0, positionsRequested: 0, medianSecondsToFirstAssignment: null });
    expect(empty.missionsByProfession).toEqual([]);

    const elsewhere = await getIndicators(await actorOf('ARS', { regionCode: '84' }), RANGE);
    expect(elsewhere.volunteersByDepartment.map((row) => row.code)).not.toContain('974');
    // Lyon's mission is there, La Réunion's are not: at most the missions other files create in 84.
    expect(elsewhere.missions.positionsRequested).toBeGreaterThanOrEqual(4);
    expect(elsewhere.missionsByProfession.find((row) => row.code === 'CARE_ASSISTANT')).toBeUndefined();
  });
});

describe('the indicators of the CCS', () => {
  it('break the country down by region, with the same figures as each ARS', async () => {
    const ccs = await getIndicators(await actorOf('CCS'), RANGE);
    const ars = await getIndicators(await actorOf('ARS', { regionCode: REGION }), RANGE);
    expect(ccs.scopeLabel).toBe('Niveau national');
    expect(ccs.regions).toHaveLength(18);
    const reunion = ccs.regions!.find((row) => row.code === REGION)!;
    expect(reunion).toEqual({ code: REGION, label: 'La Réunion', ...ars.missions, volunteers: ars.volunteers });
    const auvergne = ccs.regions!.find((row) => row.code === '84')!;
    expect(auvergne.missions).toBeGreaterThanOrEqual(1);
    expect(auvergne.volunteers.registered).toBeGreaterThanOrEqual(1);
    // The national total is the sum of the regions.
    const sum = (key: 'missions' | 'positionsRequested' | 'positionsFilled') => ccs.regions!.reduce((total, row) => total + row[key], 0);
    expect(ccs.missions.missions).toBe(sum('missions'));
    expect(ccs.missions.positionsRequested).toBe(sum('positionsRequested'));
    expect(ccs.missions.positionsFilled).toBe(sum('positionsFilled'));
    expect(ccs.volunteers.available).toBe(ccs.regions!.reduce((total, row) => total + row.volunteers.available, 0));
  });
});

describe('the indicators of anyone else', () => {
  it.each(STRANGERS.slice(1))('are not found for %s', async (_who, makeActor) => {
    await expect(getIndicators((await makeActor())!, RANGE)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('are not found for an ARS account without a region', async () => {
    const ars = await actorOf('ARS', { regionCode: REGION });
    await expect(getIndicators({ ...ars, regionCode: null }, RANGE)).rejects.toBeInstanceOf(NotFoundError);
  });
});
