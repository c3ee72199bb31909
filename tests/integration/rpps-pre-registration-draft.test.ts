/** @jest-environment node */
import { prisma } from '@/lib/db';
import { getActor } from '@/lib/auth/session';
import { hashToken } from '@/lib/auth/one-time-tokens';
import { DomainError } from '@/lib/errors';
import { savePreRegistrationDraftAction, submitPreRegistrationAction } from '@/app/(public)/rpps/pre-enregistrement/actions';
import { correctPreRegistration } from '@/lib/rpps/correction';
import { RPPS_MESSAGES } from '@/lib/rpps/messages';
import { abandonPreRegistration, findRequestByAbandonToken, validatePreRegistration } from '@/lib/rpps/pre-registration';
import { findDraftByToken, savePreRegistrationDraft, sendPreRegistrationDraft } from '@/lib/rpps/pre-registration-draft';
import { getRppsHome, listRequests } from '@/lib/rpps/queries';
import { readRequestData } from '@/lib/rpps/request-data';
import { getRequestDetail } from '@/lib/rpps/request-detail';
import { sendToDirectory } from '@/lib/rpps/send';
import { preRegistrationSchema, requestListQuerySchema, type PreRegistrationInput } from '@/lib/validation/rpps';
import { correctPreRegistrationSchema, DRAFT_ESTABLISHMENT_REQUIRED, preRegistrationDraftSchema } from '@/lib/validation/rpps-procedures';
import { createEstablishment } from '../factories';
import { civilInput, contactInput, emailsTo, letters, managedEstablishment, managerOf, situationInput } from './rpps-helpers';

// « Saisie par le professionnel » (guide §4; decision 033): the professional saves a pre-registration
// without sending it, comes back through the emailed link, then sends it (« En cours d'instruction ») or
// abandons it — on the real PostgreSQL. The public actions are called as a browser would: only the
// session, Next's cache and the request headers (for the per-IP limit) are replaced.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
jest.mock('next/headers', () => ({ headers: jest.fn(async () => new Headers()) }));

const ip = () => `draft-${Math.random()}`;

function fullForm(establishmentId: string, overrides: Partial<PreRegistrationInput> = {}): PreRegistrationInput {
  const { role: _role, endDate: _end, ...situation } = situationInput(establishmentId);
  return { ...civilInput(), ...contactInput(), ...situation, termsAccepted: true, ...overrides };
}

/** A draft saved with what a professional may have typed so far: names, the email and the establishment. */
async function saveDraft(establishmentId: string) {
  const email = `brouillon-${letters()}@rpps.renfort.test`;
  const typed = { birthLastName: `Brouillon-${letters()}`, firstNames: 'Léa', birthDate: '', email, establishmentId, role: 'CARE', endDate: '2030-01-01' };
  const saved = await savePreRegistrationDraft(preRegistrationDraftSchema.parse(typed), { ip: ip() });
  const request = await prisma.rppsRequest.findUniqueOrThrow({ where: { number: saved.number } });
  const [message] = await emailsTo(email);
  const token = /\/rpps\/pre-enregistrement\/reprendre\?jeton=([\w-]+)/.exec(message!.text)![1]!;
  return { saved, request, message: message!, token, typed };
}

beforeEach(() => jest.mocked(getActor).mockResolvedValue(null));

describe('a pre-registration saved as a draft', () => {
  it('is « Saisie par le professionnel », kept as typed, with an emailed link whose token is stored hashed', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { saved, request, message, token, typed } = await saveDraft(establishment.id);
    expect(saved).toEqual({ number: request.number, email: typed.email, created: true });
    expect(request).toMatchObject({
      status: 'ENTERED_BY_PROFESSIONAL',
      procedure: 'INITIAL_REGISTRATION',
      establishmentId: establishment.id,
      createdById: null,
      submittedAt: null,
      abandonTokenHash: hashToken(token),
    });
    const data = readRequestData(request.data);
    expect(data.civilStatus).toEqual({ birthLastName: typed.birthLastName, firstNames: 'Léa', birthDate: '' });
    // The role and the end date are not the professional's to give: a crafted form's are dropped.
    expect(data.situation).toEqual({ establishmentId: establishment.id });
    expect(message).toMatchObject({ template: 'rpps-pre-registration-saved' });
    expect(message.subject).toContain('est enregistrée');
    expect(await prisma.auditLog.findFirst({ where: { entityId: request.id, action: 'rpps.pre-registration-saved' } })).toMatchObject({ actorId: null });

    // The managers of the establishment see it, filtered by its status, but have nothing to decide yet.
    const listed = await listRequests(manager, requestListQuerySchema.parse({ statut: 'ENTERED_BY_PROFESSIONAL' }));
    expect(listed.rows.map((row) => [row.id, row.statusLabel])).toContainEqual([request.id, 'Saisie par le professionnel']);
    await expect(getRequestDetail(manager, request.id)).resolves.toMatchObject({ status: 'ENTERED_BY_PROFESSIONAL', awaitsDecision: false });
    expect((await getRppsHome(manager)).underReview).toBe(0);
    await expect(validatePreRegistration(manager, { requestId: request.id, role: 'CARE' })).rejects.toThrow(RPPS_MESSAGES.notSentYet);
    const { role: _role, endDate: _end, ...situation } = situationInput(establishment.id);
    const correction = correctPreRegistrationSchema.parse({ requestId: request.id, ...contactInput(), ...situation });
    await expect(correctPreRegistration(manager, correction)).rejects.toThrow(RPPS_MESSAGES.notSentYet);
  });

  it('is resumed from its link, saved again without a new email, then sent: « En cours d’instruction », then a number', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { request, token, typed } = await saveDraft(establishment.id);
    await expect(findDraftByToken(token)).resolves.toMatchObject({
      number: request.number,
      status: 'ENTERED_BY_PROFESSIONAL',
      resumable: true,
      values: { birthLastName: typed.birthLastName, email: typed.email, establishmentId: establishment.id },
      establishmentLabel: expect.stringContaining(establishment.name),
    });
    await expect(
      savePreRegistrationDraft(preRegistrationDraftSchema.parse({ token, email: typed.email, establishmentId: establishment.id, usageLastName: 'Martin' }), {
        ip: ip(),
      }),
    ).resolves.toEqual({ number: request.number, email: typed.email, created: false });
    expect(readRequestData((await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).data).civilStatus).toEqual({ usageLastName: 'Martin' });

    const form = preRegistrationSchema.parse(fullForm(establishment.id, { email: typed.email }));
    await expect(sendPreRegistrationDraft(token, form)).resolves.toEqual({ number: request.number, email: typed.email });
    const sent = await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(sent).toMatchObject({ status: 'UNDER_REVIEW', currentStep: 5, abandonTokenHash: hashToken(token) });
    expect(sent.submittedAt).not.toBeNull();
    expect(readRequestData(sent.data).civilStatus).toMatchObject({ birthLastName: form.birthLastName, birthCommuneCode: '13203' });
    const emails = await emailsTo(typed.email);
    expect(emails.map((email) => email.template)).toEqual(['rpps-pre-registration-saved', 'rpps-pre-registration-received']);
    // The « received » email's abandon link is the same token.
    expect(emails[1]!.text).toContain(`/rpps/pre-enregistrement/abandon?jeton=${token}`);
    await expect(findRequestByAbandonToken(token)).resolves.toEqual({ number: request.number, status: 'UNDER_REVIEW', canAbandon: true });
    await expect(findDraftByToken(token)).resolves.toMatchObject({ resumable: false, values: {} });
    await expect(sendPreRegistrationDraft(token, form)).rejects.toThrow(RPPS_MESSAGES.draftClosed);

    await validatePreRegistration(manager, { requestId: request.id, role: 'CARE' });
    await expect(sendToDirectory(request.id)).resolves.toBe('RPPS_VALIDATED');
  });

  it('is abandoned from its link: « Abandonnée par le professionnel », and can no longer change', async () => {
    const { establishment } = await managedEstablishment();
    const { request, token, typed } = await saveDraft(establishment.id);
    await expect(abandonPreRegistration(token)).resolves.toEqual({ number: request.number });
    expect((await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('ABANDONED_BY_PROFESSIONAL');
    await expect(
      savePreRegistrationDraft(preRegistrationDraftSchema.parse({ token, email: typed.email, establishmentId: establishment.id }), { ip: ip() }),
    ).rejects.toThrow(RPPS_MESSAGES.draftClosed);
    await expect(sendPreRegistrationDraft(token, preRegistrationSchema.parse(fullForm(establishment.id)))).rejects.toThrow(RPPS_MESSAGES.draftClosed);
    await expect(sendPreRegistrationDraft(`${token}x`, preRegistrationSchema.parse(fullForm(establishment.id)))).rejects.toThrow(RPPS_MESSAGES.unknownLink);
  });

  it('needs the email and an establishment that has an RPPS+ manager, through the public action', async () => {
    await expect(savePreRegistrationDraftAction({ birthLastName: 'Dupont', email: '', establishmentId: '' })).resolves.toEqual({
      ok: false,
      fieldErrors: { email: 'Saisissez une adresse email.', establishmentId: DRAFT_ESTABLISHMENT_REQUIRED },
    });
    const orphan = await createEstablishment('76');
    await expect(savePreRegistrationDraftAction({ email: 'orphelin@rpps.renfort.test', establishmentId: orphan.id })).resolves.toEqual({
      ok: false,
      fieldErrors: { establishmentId: RPPS_MESSAGES.noManager },
    });
    await expect(
      savePreRegistrationDraft(preRegistrationDraftSchema.parse({ email: 'x@rpps.renfort.test', establishmentId: orphan.id }), { ip: ip() }),
    ).rejects.toEqual(new DomainError(RPPS_MESSAGES.noManager, 'establishmentId'));
    const { establishment } = await managedEstablishment();
    const email = `action-${letters()}@rpps.renfort.test`;
    const saved = await savePreRegistrationDraftAction({ email, establishmentId: establishment.id, birthLastName: 'Dupont' });
    expect(saved).toMatchObject({ ok: true, data: { email, created: true } });
  });

  it('is sent through the public action with its token, and checked like any pre-registration', async () => {
    const { establishment } = await managedEstablishment();
    const { request, token, typed } = await saveDraft(establishment.id);
    const incomplete = await submitPreRegistrationAction({ ...fullForm(establishment.id, { email: typed.email }), birthLastName: '', token });
    expect(incomplete).toEqual({ ok: false, fieldErrors: { birthLastName: 'Le nom de naissance est obligatoire.' } });
    await expect(submitPreRegistrationAction({ ...fullForm(establishment.id, { email: typed.email }), token })).resolves.toEqual({
      ok: true,
      data: { number: request.number },
    });
    expect((await prisma.rppsRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('UNDER_REVIEW');
  });

  it('is invisible to a manager of another FINESS', async () => {
    const { establishment } = await managedEstablishment();
    const stranger = await managerOf((await createEstablishment('76')).id);
    const { request } = await saveDraft(establishment.id);
    await expect(getRequestDetail(stranger, request.id)).resolves.toBeNull();
    const listed = await listRequests(stranger, requestListQuerySchema.parse({ statut: 'ENTERED_BY_PROFESSIONAL' }));
    expect(listed.rows.map((row) => row.id)).not.toContain(request.id);
    await expect(validatePreRegistration(stranger, { requestId: request.id, role: 'CARE' })).rejects.toThrow('rpps request not found');
  });
});
