/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { CandidacyStatus } from '@/lib/generated/prisma/enums';
import { STATUS_INPUTS_SELECT, VOLUNTEER_STATUS_LABELS, availableProfessionalWhere, statusOfRow, type VolunteerStatus } from '@/lib/professionals/status';
import { startOfUtcDay } from '@/lib/dates/days';
import { getOwnDashboard } from '@/lib/professionals/own/dashboard';
import { getVolunteerSheet } from '@/lib/professionals/regulator-sheet';
import { listVolunteers } from '@/lib/professionals/regulator-list';
import { parseVolunteerQuery, VOLUNTEER_STATUSES } from '@/lib/professionals/regulator-query';
import { volunteerFigures } from '@/lib/indicators/volunteer-figures';
import { volunteersDataset } from '@/lib/exports/volunteers-dataset';
import { searchCandidates } from '@/lib/candidates/search';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { actorFor, createEstablishment, createMission, createProfessional, createUser, createCandidacy } from '../factories';

// The volunteer status of SPEC §10 (Disponible, Indisponible, En cours, Contacté, Affecté) is written in
// several languages: TypeScript (volunteerStatus / statusOfRow, for the sheets, the volunteer's own page
// and the exports), a Prisma where (availableProfessionalWhere, for the dashboards' counts), and SQL over
// the search columns the triggers of migration 20261122010000 keep on `professionals` (the regulators'
// volunteers table: filter, status column and sort; the indicators; the candidate search). One seeded
// volunteer per status and edge case; every rendering must give each one the status written beside it.
// The trigger-kept columns are exercised by changes after the insert too (a mission's end moved, a period
// deleted, a reservation expired).

const now = new Date();
const today = startOfUtcDay(now);
const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000);
const OPEN = [{ startDate: day(-10), endDate: null }];

/** A token in every seeded volunteer's last name: the list and search filters find ours only. */
const token = `Statut${randomUUID().slice(0, 8)}`;

interface Case {
  expected: VolunteerStatus;
  available?: boolean;
  periods?: { startDate: Date; endDate: Date | null }[];
  /** Candidacies on missions ending `endsIn` days from today (archived: the mission is archived). */
  candidacies?: { status: CandidacyStatus; endsIn: number; archived?: boolean }[];
  /** Changes after the insert, which only the triggers carry to the search columns. */
  then?: (professionalId: string) => Promise<unknown>;
}

const CASES: Record<string, Case> = {
  openPeriod: { expected: 'DISPONIBLE' },
  futurePeriod: { expected: 'DISPONIBLE', periods: [{ startDate: day(10), endDate: day(20) }] },
  periodEndingToday: { expected: 'DISPONIBLE', periods: [{ startDate: day(-5), endDate: day(0) }] },
  pastAndFuturePeriods: { expected: 'DISPONIBLE', periods: [{ startDate: day(-30), endDate: day(-20) }, { startDate: day(5), endDate: day(6) }] },
  periodEndedYesterday: { expected: 'INDISPONIBLE', periods: [{ startDate: day(-20), endDate: day(-1) }] },
  noPeriod: { expected: 'INDISPONIBLE', periods: [] },
  switchedOff: { expected: 'INDISPONIBLE', available: false },
  proposed: { expected: 'PROPOSED', candidacies: [{ status: 'PROPOSED', endsIn: 30 }] },
  contacted: { expected: 'CONTACTED', candidacies: [{ status: 'CONTACTED', endsIn: 30 }] },
  contactedWithoutPeriod: { expected: 'CONTACTED', periods: [], candidacies: [{ status: 'CONTACTED', endsIn: 30 }] },
  proposedWhileAssigned: { expected: 'PROPOSED', candidacies: [{ status: 'ASSIGNED', endsIn: 30 }, { status: 'PROPOSED', endsIn: 60 }] },
  assigned: { expected: 'ASSIGNED', candidacies: [{ status: 'ASSIGNED', endsIn: 30 }] },
  assignedUntilToday: { expected: 'ASSIGNED', candidacies: [{ status: 'ASSIGNED', endsIn: 0 }] },
  assignedSwitchedOff: { expected: 'ASSIGNED', available: false, periods: [], candidacies: [{ status: 'ASSIGNED', endsIn: 30 }] },
  assignedOnArchivedMission: { expected: 'ASSIGNED', candidacies: [{ status: 'ASSIGNED', endsIn: 30, archived: true }] },
  proposedOnArchivedMission: { expected: 'PROPOSED', candidacies: [{ status: 'PROPOSED', endsIn: 30, archived: true }] },
  assignmentOver: { expected: 'DISPONIBLE', candidacies: [{ status: 'ASSIGNED', endsIn: -1 }] },
  assignmentOverSwitchedOff: { expected: 'INDISPONIBLE', available: false, candidacies: [{ status: 'ASSIGNED', endsIn: -1 }] },
  closedCandidacies: {
    expected: 'DISPONIBLE',
    candidacies: [
      { status: 'REFUSED', endsIn: 30 },
      { status: 'WITHDRAWN', endsIn: 30 },
      { status: 'EXPIRED', endsIn: 30 },
      { status: 'DECLINED', endsIn: 30 },
    ],
  },
  closedCandidaciesNoPeriod: { expected: 'INDISPONIBLE', periods: [], candidacies: [{ status: 'REFUSED', endsIn: 30 }] },
  assignmentMovedToThePast: {
    expected: 'DISPONIBLE',
    candidacies: [{ status: 'ASSIGNED', endsIn: 30 }],
    then: (id) => prisma.mission.updateMany({ where: { candidacies: { some: { professionalId: id } } }, data: { endDate: day(-1) } }),
  },
  periodsDeleted: { expected: 'INDISPONIBLE', then: (id) => prisma.availabilityPeriod.deleteMany({ where: { professionalId: id } }) },
  // « Je ne suis pas disponible pour cette mission » (SPEC §5.2): free at once, like a refusal.
  reservationDeclined: {
    expected: 'DISPONIBLE',
    candidacies: [{ status: 'CONTACTED', endsIn: 30 }],
    then: (id) => prisma.candidacy.updateMany({ where: { professionalId: id }, data: { status: 'DECLINED', decidedAt: now } }),
  },
  proposalDeclinedWithoutPeriod: { expected: 'INDISPONIBLE', periods: [], candidacies: [{ status: 'DECLINED', endsIn: 30 }] },
  reservationExpired: {
    expected: 'DISPONIBLE',
    candidacies: [{ status: 'CONTACTED', endsIn: 30 }],
    then: (id) => prisma.candidacy.updateMany({ where: { professionalId: id }, data: { status: 'EXPIRED', decidedAt: now } }),
  },
};

let ids: Record<string, string>;
let volunteers: Record<string, Actor>;
let ccs: Actor;

async function seed(name: string, c: Case, establishmentId: string): Promise<{ professionalId: string; userId: string }> {
  const { professional, user } = await createProfessional({ lastName: `${token} ${name}`, available: c.available ?? true, periods: c.periods ?? OPEN });
  for (const candidacy of c.candidacies ?? []) {
    const archived = candidacy.archived ? { status: 'ARCHIVED' as const, archivedAt: now } : {};
    const mission = await createMission(establishmentId, { startDate: day(candidacy.endsIn - 40), endDate: day(candidacy.endsIn), ...archived });
    await createCandidacy({ professionalId: professional.id, missionId: mission.id, status: candidacy.status, proposedAt: now, decidedAt: now });
  }
  await c.then?.(professional.id);
  return { professionalId: professional.id, userId: user.id };
}

beforeAll(async () => {
  const establishment = await createEstablishment('76');
  ids = {};
  volunteers = {};
  for (const [name, c] of Object.entries(CASES)) {
    const { professionalId, userId } = await seed(name, c, establishment.id);
    ids[name] = professionalId;
    volunteers[name] = await actorFor(userId);
  }
  ccs = await actorFor((await createUser('CCS')).id);
});

const expected = () => Object.fromEntries(Object.entries(CASES).map(([name, c]) => [name, c.expected]));
const nameOf = (id: string) => Object.keys(ids).find((name) => ids[name] === id) ?? id;

/** The names of the seeded volunteers the given ids are. */
const names = (found: string[]) => found.map(nameOf).filter((name) => name in CASES).sort();
const namesWith = (status: VolunteerStatus) => Object.keys(CASES).filter((name) => CASES[name].expected === status).sort();

describe('volunteer status renderings (SPEC §10)', () => {
  it('volunteerStatus, through statusOfRow, gives every case its status', async () => {
    const rows = await prisma.professional.findMany({ where: { id: { in: Object.values(ids) } }, select: { id: true, ...STATUS_INPUTS_SELECT } });
    const statuses = Object.fromEntries(rows.map((row) => [nameOf(row.id), statusOfRow(row, now)]));
    expect(statuses).toEqual(expected());
  });

  it('the volunteer’s own page, the regulators’ sheet and the export say the same', async () => {
    const exportStatus = volunteersDataset.columns.findIndex((column) => column.header === 'Statut');
    const own: Record<string, VolunteerStatus> = {};
    const sheet: Record<string, VolunteerStatus | undefined> = {};
    const exported: Record<string, unknown> = {};
    for (const [name, actor] of Object.entries(volunteers)) {
      own[name] = (await getOwnDashboard(actor, now)).status;
      sheet[name] = (await getVolunteerSheet(ccs, ids[name], now))?.sheet.status;
      exported[name] = (await volunteersDataset.readBatch(actor, null, 10)).rows[0]?.[exportStatus];
    }
    expect(own).toEqual(expected());
    expect(sheet).toEqual(expected());
    expect(exported).toEqual(Object.fromEntries(Object.entries(expected()).map(([name, status]) => [name, VOLUNTEER_STATUS_LABELS[status]])));
  });

  it('availableProfessionalWhere (dashboard counts) selects exactly the « Disponible » ones', async () => {
    const rows = await prisma.professional.findMany({ where: { AND: [{ id: { in: Object.values(ids) } }, availableProfessionalWhere(now)] }, select: { id: true } });
    expect(names(rows.map((row) => row.id))).toEqual(namesWith('DISPONIBLE'));
  });

  it('the regulators’ volunteers table: status column, status filter and status sort (SQL over the search columns)', async () => {
    const all = await listVolunteers(ccs, parseVolunteerQuery({ lastName: token }), now);
    expect(Object.fromEntries(all.rows.map((row) => [nameOf(row.id), row.status]))).toEqual(expected());
    for (const status of VOLUNTEER_STATUSES) {
      const filtered = await listVolunteers(ccs, parseVolunteerQuery({ lastName: token, status }), now);
      expect({ status, names: names(filtered.rows.map((row) => row.id)) }).toEqual({ status, names: namesWith(status) });
    }
    // The sort's rank (SPEC §10's order: free, held, assigned, out of reach) never goes backwards.
    const RANK: Record<VolunteerStatus, number> = { DISPONIBLE: 1, PROPOSED: 2, CONTACTED: 2, ASSIGNED: 3, INDISPONIBLE: 4 };
    const sorted = await listVolunteers(ccs, parseVolunteerQuery({ lastName: token, sort: 'status' }), now);
    const ranks = sorted.rows.map((row) => RANK[CASES[nameOf(row.id)].expected]);
    expect(ranks).toHaveLength(Object.keys(CASES).length);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('the indicators count a volunteer « Disponible » exactly when it is (SQL over the search columns)', async () => {
    const counted: Record<string, number> = {};
    // A volunteer's own scope is their own row: the figures of one volunteer.
    for (const [name, actor] of Object.entries(volunteers)) counted[name] = (await volunteerFigures(actor, today)).total.available;
    expect(counted).toEqual(Object.fromEntries(Object.keys(CASES).map((name) => [name, CASES[name].expected === 'DISPONIBLE' ? 1 : 0])));
  });

  const criteria = {
    professionCodes: ['NURSE'],
    requireVehicle: false,
    requireWeekend: false,
    requireEhpad: false,
    requireIcu: false,
    regionCode: '76',
    includeNationalPool: false,
    place: { departmentCode: '31', longitude: null, latitude: null },
    honourMobilisation: true,
  };

  it('the candidate search of a mission starting today offers exactly the « Disponible » ones (SQL over the search columns)', async () => {
    // A mission nobody holds a candidacy on: the pool is the direct matches only. It starts today, so
    // every current assignment overlaps it.
    const mission = { id: randomUUID(), startDate: day(0), endDate: day(2), longitude: null, latitude: null };
    const result = await searchCandidates(prisma, mission, parseCandidateQuery({ lastName: token }), { criteria, includeDirectMatches: true, today });
    expect(names(result.rows.map((row) => row.id))).toEqual(namesWith('DISPONIBLE'));
    expect(new Set(result.rows.map((row) => row.status))).toEqual(new Set(['DISPONIBLE']));
    expect(result.rows.every((row) => row.assignedUntil === null)).toBe(true);
  });

  // SPEC §6.4: an « Affecté » volunteer stays a candidate for the missions starting after their
  // assignment ends, shown « Affecté jusqu'au … »; their own status stays « Affecté » (the tests above).
  it('the candidate search of a mission starting after every assignment adds the « Affecté » ones whose switch is on', async () => {
    const mission = { id: randomUUID(), startDate: day(31), endDate: day(40), longitude: null, latitude: null };
    const result = await searchCandidates(prisma, mission, parseCandidateQuery({ lastName: token }), { criteria, includeDirectMatches: true, today });
    const affected = ['assigned', 'assignedOnArchivedMission', 'assignedUntilToday'];
    expect(names(result.rows.map((row) => row.id))).toEqual([...namesWith('DISPONIBLE'), ...affected].sort());
    expect(new Set(result.rows.map((row) => row.status))).toEqual(new Set(['DISPONIBLE']));
    const until = Object.fromEntries(result.rows.filter((row) => row.assignedUntil !== null).map((row) => [nameOf(row.id), row.assignedUntil]));
    const iso = (offset: number) => day(offset).toISOString().slice(0, 10);
    expect(until).toEqual({ assigned: iso(30), assignedOnArchivedMission: iso(30), assignedUntilToday: iso(0) });
    // A mission starting on the last day of an assignment overlaps it.
    const overlapping = { ...mission, startDate: day(30) };
    const overlapped = await searchCandidates(prisma, overlapping, parseCandidateQuery({ lastName: token }), { criteria, includeDirectMatches: true, today });
    expect(names(overlapped.rows.map((row) => row.id))).toEqual([...namesWith('DISPONIBLE'), 'assignedUntilToday'].sort());
  });

  // A disabled volunteer, switched on with a period ahead, was « Disponible » on the sheets and in the
  // export and « Indisponible » everywhere else: volunteerStatus() now reads the account too.
  it('a disabled account has one status in every rendering', async () => {
    const establishment = await createEstablishment('76');
    const { professionalId, userId } = await seed('disabled', { expected: 'INDISPONIBLE' }, establishment.id);
    const actor = await actorFor(userId);
    await prisma.user.update({ where: { id: userId }, data: { status: 'DISABLED' } });
    const row = await prisma.professional.findUniqueOrThrow({ where: { id: professionalId }, select: STATUS_INPUTS_SELECT });
    const table = await listVolunteers(ccs, parseVolunteerQuery({ lastName: `${token} disabled` }), now);
    const counted = await prisma.professional.count({ where: { AND: [{ id: professionalId }, availableProfessionalWhere(now)] } });
    expect({ ts: statusOfRow(row, now), sql: table.rows[0]?.status, prismaAvailable: counted === 1, figures: (await volunteerFigures(actor, today)).total.available }).toEqual({
      ts: 'INDISPONIBLE',
      sql: 'INDISPONIBLE',
      prismaAvailable: false,
      figures: 0,
    });
  });
});
