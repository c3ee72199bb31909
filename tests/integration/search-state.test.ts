/** @jest-environment node */
import { prisma } from '@/lib/db';
import { unitSpherePoint } from '@/lib/reference/distance';
import { createEstablishment, createMission, createProfessional } from '../factories';

// The search columns of `professionals` (migration 20261122010000_candidate_search) are written by
// triggers only: these tests change the source rows and read the columns back.

async function searchState(professionalId: string) {
  const [row] = await prisma.$queryRaw<{ availability: string; reserved: boolean; assigned_until: Date | null; account_active: boolean }[]>`
    SELECT availability::text AS availability, reserved, assigned_until, account_active FROM professionals WHERE id = ${professionalId}`;
  return row!;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('availability (triggers availability_periods_inserted / _updated / _deleted)', () => {
  it('is the union of the periods, open ends included, and follows every change', async () => {
    const { professional } = await createProfessional();
    // The factory gives one open-ended period from 2026-01-01.
    expect((await searchState(professional.id)).availability).toBe('{[2026-01-01,)}');
    await prisma.availabilityPeriod.deleteMany({ where: { professionalId: professional.id } });
    expect((await searchState(professional.id)).availability).toBe('{}');
    await prisma.availabilityPeriod.createMany({
      data: [
        { professionalId: professional.id, startDate: day('2027-01-01'), endDate: day('2027-01-10') },
        { professionalId: professional.id, startDate: day('2027-01-05'), endDate: day('2027-01-20') },
        { professionalId: professional.id, startDate: day('2027-03-01'), endDate: day('2027-03-02') },
      ],
    });
    expect((await searchState(professional.id)).availability).toBe('{[2027-01-01,2027-01-21),[2027-03-01,2027-03-03)}');
    await prisma.availabilityPeriod.updateMany({ where: { professionalId: professional.id, startDate: day('2027-03-01') }, data: { endDate: null } });
    expect((await searchState(professional.id)).availability).toBe('{[2027-01-01,2027-01-21),[2027-03-01,)}');
  });

  it('keeps its bounds and its one gap in generated columns, whatever the periods become', async () => {
    const { professional } = await createProfessional();
    const bounds = async () => {
      const [row] = await prisma.$queryRaw<Record<string, unknown>[]>`
        SELECT availability_from::text AS "from", availability_until::text AS "until", availability_simple AS "simple",
               availability_gap_from::text AS "gapFrom", availability_gap_until::text AS "gapUntil"
        FROM professionals WHERE id = ${professional.id}`;
      return row;
    };
    expect(await bounds()).toEqual({ from: '2026-01-01', until: null, simple: true, gapFrom: null, gapUntil: null });
    await prisma.availabilityPeriod.deleteMany({ where: { professionalId: professional.id } });
    expect(await bounds()).toEqual({ from: null, until: null, simple: true, gapFrom: null, gapUntil: null });
    await prisma.availabilityPeriod.createMany({
      data: [
        { professionalId: professional.id, startDate: day('2027-01-01'), endDate: day('2027-01-20') },
        { professionalId: professional.id, startDate: day('2027-03-01'), endDate: null },
      ],
    });
    expect(await bounds()).toEqual({ from: '2027-01-01', until: null, simple: true, gapFrom: '2027-01-21', gapUntil: '2027-03-01' });
    await prisma.availabilityPeriod.create({ data: { professionalId: professional.id, startDate: day('2027-02-01'), endDate: day('2027-02-02') } });
    expect(await bounds()).toMatchObject({ from: '2027-01-01', until: null, simple: false });
    await prisma.$executeRaw`UPDATE professionals SET availability = '{[2027-05-01,2027-05-03)}' WHERE id = ${professional.id}`;
    expect(await bounds()).toEqual({ from: '2027-05-01', until: '2027-05-03', simple: true, gapFrom: null, gapUntil: null });
  });
});

describe('reservation and assignment (triggers candidacies_* and missions_end_date_updated)', () => {
  it('marks a reserved volunteer, then an assigned one until the mission ends', async () => {
    const establishment = await createEstablishment('76');
    const mission = await createMission(establishment.id, { endDate: day('2027-02-28') });
    const { professional } = await createProfessional();
    expect(await searchState(professional.id)).toMatchObject({ reserved: false, assigned_until: null });

    const candidacy = await prisma.candidacy.create({ data: { professionalId: professional.id, missionId: mission.id, status: 'CONTACTED', contactedAt: new Date() } });
    expect(await searchState(professional.id)).toMatchObject({ reserved: true, assigned_until: null });

    await prisma.candidacy.update({ where: { id: candidacy.id }, data: { status: 'ASSIGNED' } });
    expect(await searchState(professional.id)).toMatchObject({ reserved: false, assigned_until: day('2027-02-28') });

    await prisma.mission.update({ where: { id: mission.id }, data: { endDate: day('2027-03-15') } });
    expect((await searchState(professional.id)).assigned_until).toEqual(day('2027-03-15'));

    await prisma.candidacy.delete({ where: { id: candidacy.id } });
    expect(await searchState(professional.id)).toMatchObject({ reserved: false, assigned_until: null });
  });

  it('releases the reservation when the candidacy is refused', async () => {
    const establishment = await createEstablishment('76');
    const mission = await createMission(establishment.id);
    const { professional } = await createProfessional();
    const candidacy = await prisma.candidacy.create({ data: { professionalId: professional.id, missionId: mission.id, status: 'PROPOSED', proposedAt: new Date() } });
    expect((await searchState(professional.id)).reserved).toBe(true);
    await prisma.candidacy.update({ where: { id: candidacy.id }, data: { status: 'WITHDRAWN' } });
    expect((await searchState(professional.id)).reserved).toBe(false);
  });
});

describe('account state (trigger users_status_updated)', () => {
  it('takes a disabled account out of the search and puts it back', async () => {
    const { user, professional } = await createProfessional();
    await prisma.user.update({ where: { id: user.id }, data: { status: 'DISABLED' } });
    expect((await searchState(professional.id)).account_active).toBe(false);
    await prisma.user.update({ where: { id: user.id }, data: { status: 'ACTIVE' } });
    expect((await searchState(professional.id)).account_active).toBe(true);
  });
});

describe('the point on the unit sphere (generated sphere_x, sphere_y, sphere_z)', () => {
  // The ranking subtracts the establishment's point, computed in TypeScript, from the volunteer's, computed
  // by PostgreSQL (lib/candidates/geography-sql.ts): both must be the same point.
  const sphere = async (professionalId: string) => {
    const [row] = await prisma.$queryRaw<{ x: number | null; y: number | null; z: number | null }[]>`
      SELECT sphere_x AS x, sphere_y AS y, sphere_z AS z FROM professionals WHERE id = ${professionalId}`;
    return row!;
  };

  it('is the point lib/reference/distance.ts computes, follows a move, and is null without a place', async () => {
    const { professional } = await createProfessional({ record: { longitude: 55.45, latitude: -20.88 } });
    const [x, y, z] = unitSpherePoint([55.45, -20.88]);
    const stored = await sphere(professional.id);
    expect(stored.x).toBeCloseTo(x, 12);
    expect(stored.y).toBeCloseTo(y, 12);
    expect(stored.z).toBeCloseTo(z, 12);
    await prisma.professional.update({ where: { id: professional.id }, data: { longitude: -52.33, latitude: 4.92 } });
    expect((await sphere(professional.id)).z).toBeCloseTo(unitSpherePoint([-52.33, 4.92])[2], 12);
    await prisma.professional.update({ where: { id: professional.id }, data: { longitude: null, latitude: null } });
    expect(await sphere(professional.id)).toEqual({ x: null, y: null, z: null });
  });
});

describe('partial indexes of the search', () => {
  it('leave out volunteers who cannot be contacted', async () => {
    const rows = await prisma.$queryRaw<{ indexname: string; indexdef: string }[]>`
      SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'professionals' AND indexname LIKE '%searchable%' ORDER BY indexname`;
    expect(rows.map((row) => row.indexname)).toEqual(['professionals_national_searchable_idx', 'professionals_searchable_idx']);
    for (const row of rows) expect(row.indexdef).toContain('WHERE (available AND account_active AND (NOT reserved)');
    expect(rows[0]!.indexdef).toContain("mobilisation = 'NATIONAL'");
  });
});
