/** @jest-environment node */
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { hashToken } from '@/lib/auth/one-time-tokens';
import { RPPS_MESSAGES } from '@/lib/rpps/messages';
import {
  abandonPreRegistration,
  findRequestByAbandonToken,
  refusePreRegistration,
  searchPreRegistrationEstablishments,
  submitPreRegistration,
  validatePreRegistration,
} from '@/lib/rpps/pre-registration';
import { sendToDirectory } from '@/lib/rpps/send';
import { preRegistrationSchema, type PreRegistrationInput } from '@/lib/validation/rpps';
import { createEstablishment } from '../factories';
import { civilInput, contactInput, emailsTo, managedEstablishment, managerOf, situationInput } from './rpps-helpers';

// The professional's pre-registration (SPEC §8, guide §4): public submission, the manager's decision,
// and the professional's own « abandon » link — on the real PostgreSQL.

const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${Math.random()}`;

function input(establishmentId: string, overrides: Partial<PreRegistrationInput> = {}): PreRegistrationInput {
  const { role: _role, endDate: _end, ...situation } = situationInput(establishmentId);
  return { ...civilInput(), ...contactInput(), ...situation, termsAccepted: true, ...overrides };
}

async function submit(establishmentId: string, overrides: Partial<PreRegistrationInput> = {}) {
  const values = preRegistrationSchema.parse(input(establishmentId, overrides));
  const { number } = await submitPreRegistration(values, { ip: ip() });
  const request = await prisma.rppsRequest.findUniqueOrThrow({ where: { number } });
  const [email] = await emailsTo(values.email);
  const link = /https?:\/\/\S+\/rpps\/pre-enregistrement\/abandon\?jeton=([\w-]+)/.exec(email!.text);
  return { request, email: email!, token: link![1]!, values };
}

describe('a pre-registration', () => {
  it('waits « En cours d’instruction » for the chosen establishment, with an email holding a hashed abandon link', async () => {
    const { establishment } = await managedEstablishment();
    const { request, email, token } = await submit(establishment.id);
    expect(request).toMatchObject({
      status: 'UNDER_REVIEW',
      procedure: 'INITIAL_REGISTRATION',
      establishmentId: establishment.id,
      createdById: null,
      recordId: null,
    });
    expect(email.subject).toBe("Votre demande d'enregistrement RPPS a bien été reçue");
    expect(request.abandonTokenHash).toBe(hashToken(token));
    expect(JSON.stringify(request)).not.toContain(token);
    await expect(findRequestByAbandonToken(token)).resolves.toEqual({ number: request.number, status: 'UNDER_REVIEW', canAbandon: true });
  });

  it('can only go to an establishment that has an RPPS+ manager, found by FINESS or name', async () => {
    const { establishment } = await managedEstablishment();
    const orphan = await createEstablishment('76');
    await expect(submitPreRegistration(preRegistrationSchema.parse(input(orphan.id)), { ip: ip() })).rejects.toEqual(
      new DomainError(RPPS_MESSAGES.noManager, 'establishmentId'),
    );
    expect((await searchPreRegistrationEstablishments(establishment.finess!)).map((item) => item.id)).toEqual([establishment.id]);
    expect((await searchPreRegistrationEstablishments(establishment.name.toUpperCase())).map((item) => item.id)).toContain(establishment.id);
    expect((await searchPreRegistrationEstablishments(orphan.finess!)).map((item) => item.id)).toEqual([]);
  });

  it('validated by a manager of that establishment with a role: « Envoyée au RPPS », then a number emailed to the professional', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { request, values } = await submit(establishment.id);
    await expect(validatePreRegistration(manager, { requestId: request.id, role: 'CARE' })).resolves.toEqual({ requestId: request.id, number: request.number });
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'SENT_TO_RPPS', meetingConfirmed: true });
    await expect(sendToDirectory(request.id)).resolves.toBe('RPPS_VALIDATED');
    const record = await prisma.rppsRecord.findFirstOrThrow({ where: { requests: { some: { id: request.id } } }, include: { situations: true } });
    expect(record.situations[0]).toMatchObject({ role: 'CARE', establishmentId: establishment.id });
    expect((await emailsTo(values.email)).map((email) => email.subject)).toEqual(["Votre demande d'enregistrement RPPS a bien été reçue", 'Votre numéro RPPS']);
  });

  it('refused with a reason: « Refusée par l’autorité d’enregistrement », and the professional is told why', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { request, values, token } = await submit(establishment.id);
    await refusePreRegistration(manager, { requestId: request.id, reason: "Vous n'exercez pas dans notre établissement." });
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: 'REFUSED_BY_AUTHORITY',
      refusalReason: "Vous n'exercez pas dans notre établissement.",
    });
    const refusal = (await emailsTo(values.email))[1]!;
    expect(refusal.subject).toBe("Votre demande d'enregistrement RPPS a été refusée");
    expect(refusal.text).toContain("Vous n'exercez pas dans notre établissement.");
    await expect(abandonPreRegistration(token)).rejects.toThrow(RPPS_MESSAGES.cannotAbandon);
    await expect(validatePreRegistration(manager, { requestId: request.id, role: 'CARE' })).rejects.toThrow(RPPS_MESSAGES.alreadyProcessed);
  });

  it('abandoned by the professional through the link; the manager then finds it already processed', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { request, token } = await submit(establishment.id);
    await expect(abandonPreRegistration(token)).resolves.toEqual({ number: request.number });
    expect((await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('ABANDONED_BY_PROFESSIONAL');
    await expect(validatePreRegistration(manager, { requestId: request.id, role: 'CARE' })).rejects.toThrow(RPPS_MESSAGES.alreadyProcessed);
    await expect(abandonPreRegistration(token)).rejects.toThrow(RPPS_MESSAGES.cannotAbandon);
    await expect(abandonPreRegistration(`${token}x`)).rejects.toThrow(RPPS_MESSAGES.unknownLink);
  });

  it('decided once when the manager validates while the professional abandons', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { request, token } = await submit(establishment.id);
    const outcomes = await Promise.allSettled([validatePreRegistration(manager, { requestId: request.id, role: 'CARE' }), abandonPreRegistration(token)]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(['SENT_TO_RPPS', 'ABANDONED_BY_PROFESSIONAL']).toContain((await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).status);
  });

  it('is invisible to a manager of another establishment', async () => {
    const { establishment } = await managedEstablishment();
    const stranger = await managerOf((await createEstablishment('76')).id);
    const { request } = await submit(establishment.id);
    await expect(validatePreRegistration(stranger, { requestId: request.id, role: 'CARE' })).rejects.toThrow('rpps request not found');
    await expect(refusePreRegistration(stranger, { requestId: request.id, reason: 'Non' })).rejects.toThrow('rpps request not found');
    expect((await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('UNDER_REVIEW');
  });
});
