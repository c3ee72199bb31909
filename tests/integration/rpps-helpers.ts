import { randomInt } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { saveRegistrationStep, startRegistration, submitRegistration } from '@/lib/rpps/register';
import { sendToDirectory } from '@/lib/rpps/send';
import { civilStatusSchema, contactSchema, situationSchema, type CivilStatusInput, type ContactInput, type SituationInput } from '@/lib/validation/rpps';
import { actorFor, createEstablishment, createUser, ensureReferenceData } from '../factories';

// Shared by the RPPS+ integration tests (not a test file itself). Every person gets a random name, so
// files running side by side on one database never meet the « same identity » rule by accident.

/** Letters only: names must pass the civil-name rule. */
export function letters(length = 8): string {
  return Array.from({ length }, () => String.fromCharCode(97 + randomInt(0, 26))).join('');
}

export async function managerOf(...establishmentIds: string[]): Promise<Actor> {
  return actorFor((await createUser('RPPS_MANAGER', { establishmentIds })).id);
}

/** A fresh establishment (Toulouse, Occitanie) and an RPPS manager of it. */
export async function managedEstablishment() {
  await ensureReferenceData();
  const establishment = await createEstablishment('76');
  return { establishment, manager: await managerOf(establishment.id) };
}

export function civilInput(overrides: Partial<CivilStatusInput> = {}): CivilStatusInput {
  return {
    civility: 'MRS',
    sex: 'FEMALE',
    birthLastName: `Dupont-${letters()}`,
    usageLastName: '',
    firstNames: 'Nathalie',
    secondFirstName: '',
    thirdFirstName: '',
    birthDate: '1999-05-05',
    birthCountry: 'FR',
    birthCommuneName: 'Marseille 3e Arrondissement',
    birthCommuneCode: '13203',
    ...overrides,
  };
}

export function contactInput(overrides: Partial<ContactInput> = {}): ContactInput {
  return { email: `pro-${letters()}@rpps.renfort.test`, mobilePhoneCountry: 'FR', mobilePhone: '07 30 49 49 59', ...overrides };
}

export function situationInput(establishmentId: string, overrides: Partial<SituationInput> = {}): SituationInput {
  return {
    practiceLastName: 'Dupont',
    practiceFirstName: 'Nathalie',
    establishmentId,
    professionCode: 'SPECIALISED_EDUCATOR',
    role: 'COORDINATION',
    practiceMode: 'EMPLOYEE',
    startDate: '2022-05-02',
    endDate: '',
    ...overrides,
  };
}

export interface Person {
  civil: CivilStatusInput;
  contact: ContactInput;
  situation: SituationInput;
}

export function person(
  establishmentId: string,
  overrides: { civil?: Partial<CivilStatusInput>; contact?: Partial<ContactInput>; situation?: Partial<SituationInput> } = {},
): Person {
  return { civil: civilInput(overrides.civil), contact: contactInput(overrides.contact), situation: situationInput(establishmentId, overrides.situation) };
}

/** The four steps through the domain, as the wizard's actions call it: a draft ready to send. */
export async function completeDraft(manager: Actor, who: Person): Promise<{ requestId: string; number: string }> {
  const started = await startRegistration(manager, civilStatusSchema.parse(who.civil));
  await saveRegistrationStep(manager, { requestId: started.requestId, step: 2, intent: 'next', values: contactSchema.parse(who.contact) });
  await saveRegistrationStep(manager, { requestId: started.requestId, step: 3, intent: 'next', values: situationSchema.parse(who.situation) });
  await saveRegistrationStep(manager, { requestId: started.requestId, step: 4, intent: 'next', values: { termsAccepted: true, meetingConfirmed: true } });
  return started;
}

/** A registered person: draft, sent, then answered by the built-in directory. */
export async function registerPerson(manager: Actor, who: Person) {
  const { requestId } = await completeDraft(manager, who);
  await submitRegistration(manager, requestId);
  await sendToDirectory(requestId);
  const request = await prisma.rppsRequest.findUniqueOrThrow({ where: { id: requestId }, include: { record: { include: { situations: true } } } });
  if (!request.record) throw new Error(`registration ${request.number} ended ${request.status}`);
  return { requestId, number: request.number, record: request.record };
}

export function emailsTo(address: string) {
  return prisma.emailOutbox.findMany({ where: { to: address.toLowerCase() }, orderBy: { createdAt: 'asc' } });
}
