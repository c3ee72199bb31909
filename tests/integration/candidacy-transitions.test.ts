/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { prisma } from '@/lib/db';
import { assignOnBehalf, proposeCandidates } from '@/lib/candidacies/propose';
import { contactCandidate } from '@/lib/candidacies/contact';
import { validateCandidacies } from '@/lib/candidacies/decide';
import { listAssignmentsForActor } from '@/lib/candidacies/assignments';
import { CandidacyChangedError, changeCandidacyStatus, OVERLAPPING_ASSIGNMENT, SYSTEM_ACTOR } from '@/lib/candidacies/change-status';
import { IllegalTransitionError } from '@/lib/candidacies/transitions';
import { startOfUtcDay } from '@/lib/dates/days';
import { DomainError } from '@/lib/errors';
import { actorFor, createCandidacy, createEstablishment, createMission, createProfessional, createUser } from '../factories';

// The one transition function at work (SPEC §10, docs/decisions/029): the regulators' « Affecté » goes
// through the establishment's transitions, each recorded; a lost race is detected, never overwritten;
// and the database keeps one volunteer's assignments apart, whichever path (an establishment's
// validation, a regulator's « Affecté ») and whatever commits at the same instant. Auvergne-Rhône-Alpes
// (84) and « Éducateur spécialisé » are used by no other test file.

const REGION = '84';
const PROFESSION = 'SPECIALISED_EDUCATOR';
const today = startOfUtcDay(new Date());
const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000);

async function setup() {
  const establishment = await createEstablishment(REGION);
  const account = await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] });
  const establishmentActor = await actorFor(account.id);
  const ars = await actorFor((await createUser('ARS', { regionCode: REGION })).id);
  const mission = (start: number, end: number, requestedCount = 2) =>
    createMission(establishment.id, { professionCode: PROFESSION, startDate: day(start), endDate: day(end), requestedCount });
  const volunteer = () =>
    createProfessional({ regionCode: REGION, professionCode: PROFESSION, lastName: `Cycle${randomUUID().slice(0, 8)}`, periods: [{ startDate: day(-60), endDate: null }] });
  return { establishment, account, establishmentActor, ars, mission, volunteer };
}

/** The journal's actions on one candidacy, with who did each (one transaction stamps them alike: sorted). */
async function audited(candidacyId: string): Promise<string[]> {
  const rows = await prisma.auditLog.findMany({ where: { entityType: 'Candidacy', entityId: candidacyId }, select: { action: true, actorId: true } });
  return rows.map((row) => `${row.action} by ${row.actorId ?? 'system'}`).sort();
}

describe('« Affecté » set by a regulator goes through the establishment’s transitions (SPEC §10)', () => {
  it('a pushed volunteer: PROPOSED → CONTACTED → ASSIGNED, both steps recorded', async () => {
    const { ars, mission, volunteer } = await setup();
    const onMission = await mission(10, 20);
    const { professional } = await volunteer();
    await proposeCandidates(ars, { missionId: onMission.id, professionalIds: [professional.id] });
    const { candidacyId } = await assignOnBehalf(ars, { missionId: onMission.id, professionalId: professional.id });
    expect(await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacyId } })).toMatchObject({
      status: 'ASSIGNED',
      proposedById: ars.id,
      contactedById: ars.id,
      decidedById: ars.id,
    });
    expect(await audited(candidacyId)).toEqual(
      [`candidacy.propose by ${ars.id}`, `candidacy.contact-on-behalf by ${ars.id}`, `candidacy.assign-on-behalf by ${ars.id}`].sort(),
    );
  });

  it('a volunteer the establishment contacted keeps that contact: only the assignment is the regulator’s', async () => {
    const { account, establishmentActor, ars, mission, volunteer } = await setup();
    const onMission = await mission(10, 20);
    const { professional } = await volunteer();
    const contactedAt = new Date(Date.now() - 3_600_000);
    const { candidacyId } = await contactCandidate(establishmentActor, { missionId: onMission.id, professionalId: professional.id }, contactedAt);
    await assignOnBehalf(ars, { missionId: onMission.id, professionalId: professional.id });
    expect(await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacyId } })).toMatchObject({
      status: 'ASSIGNED',
      contactedById: account.id,
      contactedAt,
      decidedById: ars.id,
    });
    expect(await audited(candidacyId)).toEqual([`candidacy.assign-on-behalf by ${ars.id}`, `candidacy.contact by ${account.id}`]);
  });

  it('a free volunteer is contacted for the establishment, then assigned: both recorded, and not a push', async () => {
    const { establishmentActor, ars, mission, volunteer } = await setup();
    const onMission = await mission(10, 20);
    const { professional } = await volunteer();
    const { candidacyId } = await assignOnBehalf(ars, { missionId: onMission.id, professionalId: professional.id });
    expect(await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacyId } })).toMatchObject({ status: 'ASSIGNED', proposedById: null, contactedById: ars.id, decidedById: ars.id });
    expect(await audited(candidacyId)).toEqual([`candidacy.assign-on-behalf by ${ars.id}`, `candidacy.contact-on-behalf by ${ars.id}`]);
    const row = (await listAssignmentsForActor(establishmentActor)).rows.find((candidate) => candidate.candidacyId === candidacyId);
    expect(row?.pushedBy).toBeNull();
  });
});

describe('changeCandidacyStatus', () => {
  it('detects a lost race instead of overwriting it, and refuses a pair outside the table', async () => {
    const { account, mission, volunteer } = await setup();
    const { professional } = await volunteer();
    const onMission = await mission(10, 20);
    const row = await createCandidacy({ professionalId: professional.id, missionId: onMission.id, status: 'CONTACTED', contactedAt: new Date(), contactedById: account.id });
    const read = { id: row.id, status: 'CONTACTED' as const, missionId: onMission.id, professionalId: professional.id };
    // Someone else refuses first; the validation that read « Contacté » must not turn it into « Affecté ».
    await prisma.$transaction((tx) => changeCandidacyStatus(tx, { candidacy: read, to: 'REFUSED', actor: { id: account.id }, now: new Date() }));
    const lost = prisma.$transaction((tx) => changeCandidacyStatus(tx, { candidacy: read, to: 'ASSIGNED', actor: { id: account.id }, now: new Date(), changedMessage: 'Trop tard.' }));
    await expect(lost).rejects.toThrow(new CandidacyChangedError('Trop tard.'));
    await expect(lost).rejects.toBeInstanceOf(DomainError);
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('REFUSED');
    expect(await audited(row.id)).toEqual([`candidacy.refuse by ${account.id}`]);

    const refused = { ...read, status: 'REFUSED' as const };
    await expect(prisma.$transaction((tx) => changeCandidacyStatus(tx, { candidacy: refused, to: 'CONTACTED', actor: SYSTEM_ACTOR, now: new Date() }))).rejects.toBeInstanceOf(
      IllegalTransitionError,
    );
    await expect(
      prisma.$transaction((tx) => changeCandidacyStatus(tx, { candidacy: { create: { missionId: onMission.id, professionalId: professional.id } }, to: 'ASSIGNED', actor: SYSTEM_ACTOR, now: new Date() })),
    ).rejects.toBeInstanceOf(IllegalTransitionError);
    expect(await prisma.candidacy.count({ where: { professionalId: professional.id } })).toBe(1);
  });

  it('stamps the columns of each transition; the platform acts without an account', async () => {
    const { account, mission, volunteer } = await setup();
    const { professional } = await volunteer();
    const onMission = await mission(10, 20);
    const at = new Date(Date.now() - 60_000);
    const contacted = await prisma.$transaction((tx) =>
      changeCandidacyStatus(tx, { candidacy: { create: { missionId: onMission.id, professionalId: professional.id } }, to: 'CONTACTED', actor: { id: account.id }, now: at }),
    );
    const expired = new Date();
    await prisma.$transaction((tx) => changeCandidacyStatus(tx, { candidacy: contacted, to: 'EXPIRED', actor: SYSTEM_ACTOR, now: expired, details: { delayHours: 72 } }));
    expect(await prisma.candidacy.findUniqueOrThrow({ where: { id: contacted.id } })).toMatchObject({
      status: 'EXPIRED',
      contactedById: account.id,
      contactedAt: at,
      decidedById: null,
      decidedAt: expired,
    });
    const expiry = await prisma.auditLog.findFirstOrThrow({ where: { entityId: contacted.id, action: 'candidacy.expire' } });
    expect(expiry).toMatchObject({ actorId: null, details: { missionId: onMission.id, professionalId: professional.id, delayHours: 72 } });
  });
});

describe('no two assignments of one volunteer overlap (SPEC §6.4)', () => {
  /** A volunteer assigned on [start, end], and another mission of the same establishment. */
  async function assignedVolunteer(assigned: [number, number]) {
    const context = await setup();
    const { professional, user } = await context.volunteer();
    const first = await context.mission(...assigned);
    await createCandidacy({ professionalId: professional.id, missionId: first.id, status: 'ASSIGNED', decidedAt: new Date() });
    return { ...context, professional, user, first };
  }

  it('validation: refused in French, nothing written, no email', async () => {
    const { account, establishmentActor, mission, professional, user, volunteer } = await assignedVolunteer([-20, -1]);
    // Started before the first assignment ended: the dates overlap.
    const later = await mission(-5, 10);
    const contacted = await createCandidacy({ professionalId: professional.id, missionId: later.id, status: 'CONTACTED', contactedAt: new Date(), contactedById: account.id });
    await expect(validateCandidacies(establishmentActor, { missionId: later.id, professionalIds: [professional.id] })).rejects.toThrow(new DomainError(OVERLAPPING_ASSIGNMENT));
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: contacted.id } })).status).toBe('CONTACTED');
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: later.id } })).filledCount).toBe(0);
    expect(await prisma.emailOutbox.count({ where: { to: user.email } })).toBe(0);

    // With several volunteers selected, the message says one of them.
    const other = await volunteer();
    await createCandidacy({ professionalId: other.professional.id, missionId: later.id, status: 'CONTACTED', contactedAt: new Date(), contactedById: account.id });
    await expect(validateCandidacies(establishmentActor, { missionId: later.id, professionalIds: [professional.id, other.professional.id] })).rejects.toThrow(
      'Un des professionnels sélectionnés est déjà affecté sur une mission à ces dates.',
    );
  });

  it('« Affecté » by a regulator: refused in French, the proposal left as it was', async () => {
    const { ars, mission, professional } = await assignedVolunteer([-20, -1]);
    const overlapping = await mission(-3, 5);
    const proposal = await createCandidacy({ professionalId: professional.id, missionId: overlapping.id, status: 'PROPOSED', proposedAt: new Date(), proposedById: ars.id });
    await expect(assignOnBehalf(ars, { missionId: overlapping.id, professionalId: professional.id })).rejects.toThrow(new DomainError(OVERLAPPING_ASSIGNMENT));
    expect(await prisma.candidacy.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: 'PROPOSED', contactedById: null });
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: overlapping.id } })).filledCount).toBe(0);
    expect(await audited(proposal.id)).toEqual([]);
  });

  it('concurrency: a validation and a change of the first mission’s dates at the same instant — exactly one wins', async () => {
    const { account, establishmentActor, mission, professional, first } = await assignedVolunteer([1, 10]);
    const later = await mission(20, 30);
    const contacted = await createCandidacy({ professionalId: professional.id, missionId: later.id, status: 'CONTACTED', contactedAt: new Date(), contactedById: account.id });
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      // The first mission is extended over the second (a correction by an operator, an import…), uncommitted.
      await other.query('BEGIN');
      await other.query(`UPDATE "missions" SET "end_date" = $2 WHERE "id" = $1`, [first.id, day(25)]);
      const validation = validateCandidacies(establishmentActor, { missionId: later.id, professionalIds: [professional.id] }).then(
        () => 'validated',
        (error: unknown) => (error instanceof DomainError ? error.message : error),
      );
      // The validation waits on the other transaction's row rather than deciding on a snapshot.
      const early = await Promise.race([validation, new Promise((resolve) => setTimeout(() => resolve('still waiting'), 500))]);
      expect(early).toBe('still waiting');
      await other.query('COMMIT');
      expect(await validation).toBe(OVERLAPPING_ASSIGNMENT);
    } finally {
      await other.end();
    }
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: contacted.id } })).status).toBe('CONTACTED');
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: later.id } })).filledCount).toBe(0);
  });

  it('concurrency: two regulators set one volunteer « Affecté » on overlapping missions at once — exactly one wins', async () => {
    const { ars, mission, volunteer } = await setup();
    const ccs = await actorFor((await createUser('CCS')).id);
    const { professional } = await volunteer();
    const [a, b] = [await mission(10, 20), await mission(15, 25)];
    const results = await Promise.allSettled([
      assignOnBehalf(ars, { missionId: a.id, professionalId: professional.id }),
      assignOnBehalf(ccs, { missionId: b.id, professionalId: professional.id }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [failure] = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    // The loser is told in French: the volunteer was taken (the pool, read after the winner's commit,
    // no longer offers them) — never a second assignment.
    expect(failure?.reason).toBeInstanceOf(DomainError);
    expect(await prisma.candidacy.count({ where: { professionalId: professional.id, status: 'ASSIGNED' } })).toBe(1);
    expect(await prisma.candidacy.count({ where: { professionalId: professional.id, status: { in: ['PROPOSED', 'CONTACTED'] } } })).toBe(0);
  });
});
