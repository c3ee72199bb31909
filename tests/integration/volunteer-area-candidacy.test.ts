/** @jest-environment node */
import { declineCandidacyAction } from '@/app/(professional)/professionnel/actions';
import { getActor } from '@/lib/auth/session';
import { ALREADY_ASSIGNED, declineOwnCandidacy, getOwnDashboard, NOT_PENDING } from '@/lib/professionals/own';
import { validateCandidacies } from '@/lib/candidacies/decide';
import { reservationDeadline } from '@/lib/candidacies/reservation-deadline';
import { DomainError, NotFoundError } from '@/lib/errors';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { prisma } from '@/lib/db';
import { actorFor, createCandidacy, createEstablishment, createMission, createUser } from '../factories';
import { OTHER_ROLES, createOtherRoleActors, createVolunteer, day, type Volunteer } from './volunteer-area-support';

// « Ma candidature » (SPEC §5.2): the volunteer sees the establishment that holds them and until when,
// and « Je ne suis pas disponible pour cette mission » frees them at once (DECLINED), emailing the
// establishment's active accounts and the agent who pushed them, audited — their own candidacy only.

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const signedInAs = jest.mocked(getActor);

const SUBJECT = "Un renfort n'est plus disponible pour votre mission";

/** A mission of a fresh Occitanie establishment with two active accounts and a disabled one. */
async function establishmentWithMission() {
  const establishment = await createEstablishment('76', { name: `Clinique ${Math.random().toString(36).slice(2, 8)}` });
  const accounts = await Promise.all([
    createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] }),
    createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] }),
  ]);
  const disabled = await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id], status: 'DISABLED' });
  const mission = await createMission(establishment.id, { startDate: day(5), endDate: day(20) });
  return { establishment, accounts, disabled, mission, actor: await actorFor(accounts[0]!.id) };
}

async function contacted(volunteer: Volunteer) {
  const context = await establishmentWithMission();
  const contactedAt = new Date(Date.now() - 2 * 3_600_000);
  const candidacy = await createCandidacy({ professionalId: volunteer.professionalId, missionId: context.mission.id, status: 'CONTACTED', contactedAt, contactedById: context.accounts[0]!.id });
  return { ...context, candidacy, contactedAt };
}

async function pushed(volunteer: Volunteer) {
  const context = await establishmentWithMission();
  const ars = await createUser('ARS', { regionCode: '76' });
  const proposedAt = new Date(Date.now() - 3_600_000);
  const candidacy = await createCandidacy({ professionalId: volunteer.professionalId, missionId: context.mission.id, status: 'PROPOSED', proposedAt, proposedById: ars.id });
  return { ...context, ars, candidacy, proposedAt };
}

const outbox = (to: string) => prisma.emailOutbox.findMany({ where: { to }, select: { subject: true, template: true, text: true } });

describe('« Ma candidature » on the dashboard', () => {
  it('shows the establishment, the mission, since when and until when a reservation lasts', async () => {
    const volunteer = await createVolunteer();
    const { establishment, contactedAt, candidacy } = await contacted(volunteer);
    const { reservationDelayHours } = await prisma.region.findUniqueOrThrow({ where: { code: '76' } });
    expect((await getOwnDashboard(volunteer.actor)).candidacy).toEqual({
      candidacyId: candidacy.id,
      status: 'CONTACTED',
      establishmentName: establishment.name,
      establishmentCity: establishment.city,
      professionLabel: 'Infirmier (IDE)',
      startDate: day(5).toISOString().slice(0, 10),
      endDate: day(20).toISOString().slice(0, 10),
      since: contactedAt.toISOString(),
      pushed: false,
      // The ARS's delay for the establishment's region, as the expiry job computes it.
      until: reservationDeadline(contactedAt, reservationDelayHours).toISOString(),
    });
  });

  it('a proposal has no deadline of its own; no candidacy once it is decided', async () => {
    const volunteer = await createVolunteer();
    const { proposedAt } = await pushed(volunteer);
    expect((await getOwnDashboard(volunteer.actor)).candidacy).toMatchObject({ status: 'PROPOSED', since: proposedAt.toISOString(), until: null, pushed: true });
    const other = await createVolunteer();
    await createCandidacy({ professionalId: other.professionalId, missionId: (await establishmentWithMission()).mission.id, status: 'REFUSED' });
    expect((await getOwnDashboard(other.actor)).candidacy).toBeNull();
  });
});

describe('« Je ne suis pas disponible pour cette mission »', () => {
  it('frees a contacted volunteer at once, emails the establishment’s active accounts, and is audited', async () => {
    const volunteer = await createVolunteer();
    const { accounts, disabled, candidacy, mission } = await contacted(volunteer);
    expect((await getOwnDashboard(volunteer.actor)).status).toBe('CONTACTED');

    await declineOwnCandidacy(volunteer.actor, { candidacyId: candidacy.id });

    expect(await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } })).toMatchObject({ status: 'DECLINED', decidedById: volunteer.userId });
    const dashboard = await getOwnDashboard(volunteer.actor);
    expect({ status: dashboard.status, candidacy: dashboard.candidacy }).toEqual({ status: 'DISPONIBLE', candidacy: null });
    for (const account of accounts) {
      const emails = await outbox(account.email);
      expect(emails.map((email) => email.subject)).toEqual([SUBJECT]);
      expect(emails[0]!.text).toContain(`/etablissement/besoins/${mission.id}`);
      expect(emails[0]!.text).toContain('Sa réservation est levée');
    }
    expect(await outbox(disabled.email)).toEqual([]);
    expect(await outbox(volunteer.email)).toEqual([]);
    expect(await prisma.auditLog.count({ where: { entityId: candidacy.id, action: 'candidacy.decline', actorId: volunteer.userId } })).toBe(1);
  });

  it('frees a pushed volunteer and tells the agent who pushed them too', async () => {
    const volunteer = await createVolunteer();
    const { accounts, ars, candidacy, mission } = await pushed(volunteer);
    await declineOwnCandidacy(volunteer.actor, { candidacyId: candidacy.id });
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } })).status).toBe('DECLINED');
    const [agentEmail] = await outbox(ars.email);
    expect(agentEmail).toMatchObject({ subject: SUBJECT, template: 'candidacy-declined' });
    expect(agentEmail!.text).toContain(`/ars/missions/${mission.id}`);
    expect(agentEmail!.text).toContain('que vous aviez proposé(e)');
    for (const account of accounts) expect((await outbox(account.email)).map((email) => email.subject)).toEqual([SUBJECT]);
  });

  it('refuses a second decline, an assignment and another volunteer’s candidacy, changing nothing', async () => {
    const volunteer = await createVolunteer();
    const { candidacy } = await contacted(volunteer);
    await declineOwnCandidacy(volunteer.actor, { candidacyId: candidacy.id });
    await expect(declineOwnCandidacy(volunteer.actor, { candidacyId: candidacy.id })).rejects.toThrow(new DomainError(NOT_PENDING));
    expect(await prisma.auditLog.count({ where: { entityId: candidacy.id, action: 'candidacy.decline' } })).toBe(1);

    const assigned = await createCandidacy({ professionalId: volunteer.professionalId, missionId: (await establishmentWithMission()).mission.id, status: 'ASSIGNED' });
    await expect(declineOwnCandidacy(volunteer.actor, { candidacyId: assigned.id })).rejects.toThrow(new DomainError(ALREADY_ASSIGNED));
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: assigned.id } })).status).toBe('ASSIGNED');

    const other = await createVolunteer();
    const theirs = (await contacted(other)).candidacy;
    await expect(declineOwnCandidacy(volunteer.actor, { candidacyId: theirs.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe('CONTACTED');
  });

  it('races a validation fairly: exactly one of the two happens', async () => {
    const volunteer = await createVolunteer();
    const { actor, candidacy, mission } = await contacted(volunteer);
    const results = await Promise.allSettled([
      declineOwnCandidacy(volunteer.actor, { candidacyId: candidacy.id }),
      validateCandidacies(actor, { missionId: mission.id, professionalIds: [volunteer.professionalId] }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const { status } = await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } });
    expect(status).toBe(results[0].status === 'fulfilled' ? 'DECLINED' : 'ASSIGNED');
    const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(failure?.reason).toBeInstanceOf(DomainError);
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } })).filledCount).toBe(status === 'ASSIGNED' ? 1 : 0);
  });
});

describe('declineCandidacyAction (SPEC §14: every action checks by itself)', () => {
  it('lets the volunteer decline their own candidacy', async () => {
    const volunteer = await createVolunteer();
    const { candidacy } = await contacted(volunteer);
    signedInAs.mockResolvedValue(volunteer.actor);
    expect(await declineCandidacyAction({ candidacyId: candidacy.id })).toEqual({ ok: true, data: { declined: true } });
  });

  it('answers not found to every other role — the establishment holding them included — and to another volunteer', async () => {
    const volunteer = await createVolunteer();
    const { candidacy, actor: holder } = await contacted(volunteer);
    const others = await createOtherRoleActors();
    const intruders = [...OTHER_ROLES.map((role) => others[role]), holder, (await createVolunteer()).actor];
    for (const intruder of intruders) {
      signedInAs.mockResolvedValue(intruder);
      expect({ role: intruder.role, result: await declineCandidacyAction({ candidacyId: candidacy.id }) }).toEqual({
        role: intruder.role,
        result: { ok: false, formError: NOT_FOUND_ERROR },
      });
    }
    signedInAs.mockResolvedValue(null);
    expect(await declineCandidacyAction({ candidacyId: candidacy.id })).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacy.id } })).status).toBe('CONTACTED');
    expect(await prisma.auditLog.count({ where: { entityId: candidacy.id, action: 'candidacy.decline' } })).toBe(0);
  });

  it('says a malformed id next to nothing it could probe', async () => {
    const volunteer = await createVolunteer();
    signedInAs.mockResolvedValue(volunteer.actor);
    expect(await declineCandidacyAction({ candidacyId: 'not-an-id' })).toEqual({ ok: false, fieldErrors: { candidacyId: 'Élément introuvable.' } });
  });
});
