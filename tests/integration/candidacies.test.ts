/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { contactCandidate, ALREADY_TAKEN } from '@/lib/candidacies/contact';
import { refuseCandidacies, validateCandidacies } from '@/lib/candidacies/decide';
import { searchCandidatesForActor } from '@/lib/candidates/search';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { DomainError, NotFoundError } from '@/lib/errors';
import { actorFor, createEstablishment, createMission, createProfessional, createUser } from '../factories';

const REGION = '24';
const PROFESSION = 'PSYCHOMOTOR_THERAPIST';

async function setup(requestedCount = 2) {
  const name = `Cand${randomUUID().slice(0, 8)}`;
  const establishment = await createEstablishment(REGION);
  const mission = await createMission(establishment.id, { professionCode: PROFESSION, requestedCount, startDate: new Date(Date.UTC(2026, 11, 1)), endDate: new Date(Date.UTC(2026, 11, 31)) });
  const account = await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] });
  const actor = await actorFor(account.id);
  const volunteer = () => createProfessional({ regionCode: REGION, professionCode: PROFESSION, lastName: name });
  const statusOf = async (professionalId: string) => {
    const found = await searchCandidatesForActor(actor, mission.id, parseCandidateQuery({ lastName: name }));
    return found!.result.rows.find((row) => row.id === professionalId)?.status ?? 'ABSENT';
  };
  return { establishment, mission, actor, volunteer, statusOf };
}

async function otherEstablishmentActor() {
  const establishment = await createEstablishment(REGION);
  const mission = await createMission(establishment.id, { professionCode: PROFESSION });
  return { actor: await actorFor((await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] })).id), mission };
}

describe('contact (SPEC §6.4)', () => {
  it('reserves the volunteer for this establishment and mission, with an audit row', async () => {
    const { mission, actor, volunteer, statusOf } = await setup();
    const { professional } = await volunteer();
    const { candidacyId } = await contactCandidate(actor, { missionId: mission.id, professionalId: professional.id });
    expect(await statusOf(professional.id)).toBe('CONTACTED');
    const candidacy = await prisma.candidacy.findUniqueOrThrow({ where: { id: candidacyId } });
    expect(candidacy).toMatchObject({ status: 'CONTACTED', contactedById: actor.id, missionId: mission.id });
    expect(await prisma.auditLog.count({ where: { entityId: candidacyId, action: 'candidacy.contact', actorId: actor.id } })).toBe(1);
    // Nobody else can contact them now.
    const other = await otherEstablishmentActor();
    await expect(contactCandidate(other.actor, { missionId: other.mission.id, professionalId: professional.id })).rejects.toThrow(ALREADY_TAKEN);
  });

  it('lets exactly one of many simultaneous contacts win', async () => {
    const { volunteer } = await setup();
    const { professional } = await volunteer();
    const contenders = await Promise.all(Array.from({ length: 8 }, otherEstablishmentActor));
    const results = await Promise.allSettled(
      contenders.map(({ actor, mission }) => contactCandidate(actor, { missionId: mission.id, professionalId: professional.id })),
    );
    const winners = results.filter((result) => result.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    for (const result of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
      expect(result.reason).toBeInstanceOf(DomainError);
      expect((result.reason as Error).message).toBe(ALREADY_TAKEN);
    }
    expect(await prisma.candidacy.count({ where: { professionalId: professional.id, status: 'CONTACTED' } })).toBe(1);
  });

  it('takes over a volunteer pushed by the ARS on this mission', async () => {
    const { mission, actor, volunteer, statusOf } = await setup();
    const { professional } = await volunteer();
    const pushed = await prisma.candidacy.create({ data: { professionalId: professional.id, missionId: mission.id, status: 'PROPOSED', proposedAt: new Date() } });
    expect(await statusOf(professional.id)).toBe('PROPOSED');
    const { candidacyId } = await contactCandidate(actor, { missionId: mission.id, professionalId: professional.id });
    expect(candidacyId).toBe(pushed.id);
    expect(await statusOf(professional.id)).toBe('CONTACTED');
  });

  it('refuses a volunteer who does not match, and a filled mission', async () => {
    const { mission, actor, volunteer } = await setup(1);
    const nurse = await createProfessional({ regionCode: REGION, professionCode: 'NURSE' });
    await expect(contactCandidate(actor, { missionId: mission.id, professionalId: nurse.professional.id })).rejects.toThrow(ALREADY_TAKEN);
    const { professional } = await volunteer();
    await contactCandidate(actor, { missionId: mission.id, professionalId: professional.id });
    await validateCandidacies(actor, { missionId: mission.id, professionalIds: [professional.id] });
    const next = await volunteer();
    await expect(contactCandidate(actor, { missionId: mission.id, professionalId: next.professional.id })).rejects.toThrow('pourvue');
  });
});

describe('validate and refuse (SPEC §6.4, §9)', () => {
  it('assigns, counts the mission and sends the assignment email of SPEC §9', async () => {
    const { mission, actor, volunteer, statusOf, establishment } = await setup(2);
    const first = await volunteer();
    const second = await volunteer();
    for (const v of [first, second]) await contactCandidate(actor, { missionId: mission.id, professionalId: v.professional.id });
    expect(await validateCandidacies(actor, { missionId: mission.id, professionalIds: [first.professional.id, second.professional.id] })).toEqual({ validated: 2 });
    const reloaded = await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } });
    expect(reloaded.filledCount).toBe(2);
    expect(reloaded.firstAssignedAt).not.toBeNull();
    expect(await statusOf(first.professional.id)).toBe('ASSIGNED');
    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { to: first.user.email } });
    expect(email.subject).toBe('Affectation sur une mission de renfort');
    expect(email.text.replace(/\s+/g, ' ')).toContain(
      `Nous avons le plaisir de vous confirmer votre venue du 1 décembre 2026 au 31 décembre 2026 dans le cadre des renforts nécessaires pour la gestion de la crise dans l'établissement ${establishment.name}. Pour plus d'informations, vous pouvez nous joindre au mail suivant : ${actor.email}`,
    );
  });

  it('is all or nothing: a selection with a volunteer not CONTACTÉ changes nothing', async () => {
    const { mission, actor, volunteer } = await setup(3);
    const contacted = await volunteer();
    const untouched = await volunteer();
    await contactCandidate(actor, { missionId: mission.id, professionalId: contacted.professional.id });
    await expect(validateCandidacies(actor, { missionId: mission.id, professionalIds: [contacted.professional.id, untouched.professional.id] })).rejects.toThrow(DomainError);
    expect((await prisma.candidacy.findFirstOrThrow({ where: { professionalId: contacted.professional.id } })).status).toBe('CONTACTED');
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } })).filledCount).toBe(0);
  });

  it('never fills a mission beyond what it asked for', async () => {
    const { mission, actor, volunteer } = await setup(1);
    const a = await volunteer();
    const b = await volunteer();
    await contactCandidate(actor, { missionId: mission.id, professionalId: a.professional.id });
    await prisma.candidacy.create({ data: { professionalId: b.professional.id, missionId: mission.id, status: 'CONTACTED', contactedAt: new Date() } });
    await expect(validateCandidacies(actor, { missionId: mission.id, professionalIds: [a.professional.id, b.professional.id] })).rejects.toThrow('plus que 1 poste');
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } })).filledCount).toBe(0);
  });

  it('refusing frees the volunteer for everyone, without an email', async () => {
    const { mission, actor, volunteer, statusOf } = await setup();
    const { professional, user } = await volunteer();
    await contactCandidate(actor, { missionId: mission.id, professionalId: professional.id });
    expect(await refuseCandidacies(actor, { missionId: mission.id, professionalIds: [professional.id] })).toEqual({ refused: 1 });
    expect(await statusOf(professional.id)).toBe('DISPONIBLE');
    expect(await prisma.emailOutbox.count({ where: { to: user.email } })).toBe(0);
    const other = await otherEstablishmentActor();
    await expect(contactCandidate(other.actor, { missionId: other.mission.id, professionalId: professional.id })).resolves.toHaveProperty('candidacyId');
  });
});

describe('authorization', () => {
  it('answers not found to another FINESS and to other roles', async () => {
    const { mission, actor, volunteer } = await setup();
    const { professional } = await volunteer();
    await contactCandidate(actor, { missionId: mission.id, professionalId: professional.id });
    const other = await otherEstablishmentActor();
    const input = { missionId: mission.id, professionalIds: [professional.id] };
    await expect(contactCandidate(other.actor, { missionId: mission.id, professionalId: professional.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(validateCandidacies(other.actor, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(refuseCandidacies(other.actor, input)).rejects.toBeInstanceOf(NotFoundError);
    const volunteerActor = await actorFor((await createProfessional()).user.id);
    const rpps = await actorFor((await createUser('RPPS_MANAGER', { establishmentIds: [mission.establishmentId] })).id);
    const ars = await actorFor((await createUser('ARS', { regionCode: REGION })).id);
    for (const intruder of [volunteerActor, rpps, ars]) {
      await expect(contactCandidate(intruder, { missionId: mission.id, professionalId: professional.id })).rejects.toBeInstanceOf(NotFoundError);
    }
    for (const intruder of [volunteerActor, rpps]) {
      await expect(validateCandidacies(intruder, input)).rejects.toBeInstanceOf(NotFoundError);
      await expect(refuseCandidacies(intruder, input)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await prisma.candidacy.findFirstOrThrow({ where: { professionalId: professional.id } })).status).toBe('CONTACTED');
  });
});
