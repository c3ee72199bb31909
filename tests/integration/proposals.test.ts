/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { assignOnBehalf, proposeCandidates, withdrawProposal } from '@/lib/candidacies/propose';
import { contactCandidate } from '@/lib/candidacies/contact';
import { validateCandidacies } from '@/lib/candidacies/decide';
import { DomainError, NotFoundError } from '@/lib/errors';
import { actorFor, createEstablishment, createMission, createProfessional, createUser } from '../factories';

const REGION = '53';
const PROFESSION = 'OCCUPATIONAL_THERAPIST';

async function setup(requestedCount = 3) {
  const name = `Prop${randomUUID().slice(0, 8)}`;
  const establishment = await createEstablishment(REGION);
  const mission = await createMission(establishment.id, { professionCode: PROFESSION, requestedCount });
  const accounts = [await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] }), await createUser('ESTABLISHMENT', { establishmentIds: [establishment.id] })];
  const establishmentActor = await actorFor(accounts[0]!.id);
  const ars = await actorFor((await createUser('ARS', { regionCode: REGION })).id);
  const volunteer = (regionCode = REGION) => createProfessional({ regionCode, professionCode: PROFESSION, lastName: name });
  return { establishment, mission, accounts, establishmentActor, ars, volunteer };
}

describe('proposer (SPEC §7.2)', () => {
  it('pushes volunteers: PROPOSED, reserved, one email per establishment account and per volunteer', async () => {
    const { mission, accounts, ars, volunteer } = await setup();
    const a = await volunteer();
    const b = await volunteer();
    expect(await proposeCandidates(ars, { missionId: mission.id, professionalIds: [a.professional.id, b.professional.id] })).toEqual({ proposed: 2 });
    const candidacies = await prisma.candidacy.findMany({ where: { missionId: mission.id } });
    expect(candidacies.map((c) => c.status)).toEqual(['PROPOSED', 'PROPOSED']);
    expect(candidacies.every((c) => c.proposedById === ars.id)).toBe(true);
    for (const account of accounts) {
      const emails = await prisma.emailOutbox.findMany({ where: { to: account.email } });
      expect(emails.map((e) => e.subject)).toEqual(['Nouvelles propositions de renfort pour votre mission']);
    }
    for (const v of [a, b]) {
      expect(await prisma.emailOutbox.count({ where: { to: v.user.email, subject: 'Votre candidature a été proposée à un établissement' } })).toBe(1);
    }
    // Reserved: no other mission can take them.
    const other = await createMission((await createEstablishment(REGION)).id, { professionCode: PROFESSION });
    await expect(proposeCandidates(ars, { missionId: other.id, professionalIds: [a.professional.id] })).rejects.toBeInstanceOf(DomainError);
  });

  it('is all or nothing when one of the volunteers is no longer available', async () => {
    const { mission, ars, volunteer, establishmentActor } = await setup();
    const free = await volunteer();
    const taken = await volunteer();
    await contactCandidate(establishmentActor, { missionId: mission.id, professionalId: taken.professional.id });
    await expect(proposeCandidates(ars, { missionId: mission.id, professionalIds: [free.professional.id, taken.professional.id] })).rejects.toThrow('n’est plus disponible');
    expect(await prisma.candidacy.count({ where: { professionalId: free.professional.id } })).toBe(0);
  });

  it('lets the establishment contact and validate a pushed volunteer, and the ARS withdraw a proposal', async () => {
    const { mission, ars, volunteer, establishmentActor } = await setup();
    const kept = await volunteer();
    const withdrawn = await volunteer();
    await proposeCandidates(ars, { missionId: mission.id, professionalIds: [kept.professional.id, withdrawn.professional.id] });
    await contactCandidate(establishmentActor, { missionId: mission.id, professionalId: kept.professional.id });
    await validateCandidacies(establishmentActor, { missionId: mission.id, professionalIds: [kept.professional.id] });
    const pending = await prisma.candidacy.findFirstOrThrow({ where: { professionalId: withdrawn.professional.id } });
    await withdrawProposal(ars, { candidacyId: pending.id });
    expect((await prisma.candidacy.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe('WITHDRAWN');
    await expect(withdrawProposal(ars, { candidacyId: pending.id })).rejects.toBeInstanceOf(DomainError);
  });

  it('lets the CCS push a volunteer from any region, not an ARS of another region', async () => {
    const { mission, volunteer } = await setup();
    const elsewhere = await volunteer('11');
    const ars = await actorFor((await createUser('ARS', { regionCode: REGION })).id);
    await expect(proposeCandidates(ars, { missionId: mission.id, professionalIds: [elsewhere.professional.id] })).rejects.toBeInstanceOf(DomainError);
    const ccs = await actorFor((await createUser('CCS')).id);
    expect(await proposeCandidates(ccs, { missionId: mission.id, professionalIds: [elsewhere.professional.id] })).toEqual({ proposed: 1 });
  });

  it('refuses every other role and an ARS of another region', async () => {
    const { mission, volunteer, establishmentActor } = await setup();
    const { professional } = await volunteer();
    const arsElsewhere = await actorFor((await createUser('ARS', { regionCode: '11' })).id);
    const rpps = await actorFor((await createUser('RPPS_MANAGER', { establishmentIds: [mission.establishmentId] })).id);
    const volunteerActor = await actorFor(professional.userId);
    for (const intruder of [arsElsewhere, rpps, volunteerActor, establishmentActor]) {
      await expect(proposeCandidates(intruder, { missionId: mission.id, professionalIds: [professional.id] })).rejects.toBeInstanceOf(NotFoundError);
      await expect(assignOnBehalf(intruder, { missionId: mission.id, professionalId: professional.id })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await prisma.candidacy.count({ where: { professionalId: professional.id } })).toBe(0);
  });
});

describe('assignment on behalf of the establishment', () => {
  it('assigns with the same email and count as a validation', async () => {
    const { mission, ars, volunteer } = await setup(1);
    const { professional, user } = await volunteer();
    await assignOnBehalf(ars, { missionId: mission.id, professionalId: professional.id });
    expect((await prisma.candidacy.findFirstOrThrow({ where: { professionalId: professional.id } })).status).toBe('ASSIGNED');
    const reloaded = await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } });
    expect(reloaded.filledCount).toBe(1);
    expect(reloaded.firstAssignedAt).not.toBeNull();
    expect(await prisma.emailOutbox.count({ where: { to: user.email, subject: 'Affectation sur une mission de renfort' } })).toBe(1);
    const next = await volunteer();
    await expect(assignOnBehalf(ars, { missionId: mission.id, professionalId: next.professional.id })).rejects.toThrow('déjà pourvue');
  });
});
