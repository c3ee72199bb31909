/** @jest-environment node */
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { isLuhnValid } from '@/lib/identifiers/luhn';
import { isDirectoryRppsNumber } from '@/lib/identifiers/rpps';
import { isRppsNumberKnown } from '@/lib/rpps/directory-lookup';
import { RPPS_MESSAGES } from '@/lib/rpps/messages';
import { cancelRegistration, getRegistrationDraft, saveRegistrationStep, startRegistration, submitRegistration } from '@/lib/rpps/register';
import { sendToDirectory } from '@/lib/rpps/send';
import { civilStatusSchema, COMMUNE_FROM_LIST } from '@/lib/validation/rpps';
import { createEstablishment } from '../factories';
import { civilInput, completeDraft, emailsTo, letters, managedEstablishment, person, registerPerson } from './rpps-helpers';

// « Ajouter un enregistrement » and the built-in directory (SPEC §8) on the real PostgreSQL.

describe('the registration wizard', () => {
  it('saves each step, sends the request, and the directory assigns a permanent number emailed to the professional only', async () => {
    const { establishment, manager } = await managedEstablishment();
    const who = person(establishment.id);
    const { requestId, number } = await completeDraft(manager, who);
    expect(number).toMatch(/^P\d{8}\d{6,}$/);
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: 'REGISTRATION_IN_PROGRESS',
      currentStep: 5,
      meetingConfirmed: true,
      establishmentId: establishment.id,
    });

    await expect(submitRegistration(manager, requestId)).resolves.toEqual({ requestId, number, status: 'SENT_TO_RPPS' });
    expect((await prisma.rppsRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe('SENT_TO_RPPS');

    await expect(sendToDirectory(requestId)).resolves.toBe('RPPS_VALIDATED');
    const request = await prisma.rppsRequest.findUniqueOrThrow({ where: { id: requestId }, include: { record: { include: { situations: true } } } });
    expect(request.status).toBe('RPPS_VALIDATED');
    const record = request.record!;
    expect(record).toMatchObject({
      birthLastName: who.civil.birthLastName,
      birthCommuneCode: '13203',
      birthCommuneName: 'Marseille 3e Arrondissement',
      mobilePhone: '+33730494959',
    });
    expect(record.rppsNumber).toMatch(/^8\d{10}$/);
    expect(isLuhnValid(record.rppsNumber) && isDirectoryRppsNumber(record.rppsNumber)).toBe(true);
    expect(record.situations).toEqual([
      expect.objectContaining({ establishmentId: establishment.id, professionCode: 'SPECIALISED_EDUCATOR', role: 'COORDINATION', endDate: null }),
    ]);
    await expect(isRppsNumberKnown(prisma, record.rppsNumber)).resolves.toBe(true);

    const emails = await emailsTo(who.contact.email);
    expect(emails.map((email) => email.subject)).toEqual(['Votre numéro RPPS']);
    expect(emails[0]!.text).toContain(record.rppsNumber);
    expect(emails[0]!.text).toContain(number);
    expect(await emailsTo(manager.email)).toEqual([]);

    // Sent twice (the deferred work and the sweep): nothing happens the second time.
    await expect(sendToDirectory(requestId)).resolves.toBeNull();
    expect(await emailsTo(who.contact.email)).toHaveLength(1);
  });

  it('keeps an incomplete step as typed on « Sauvegarder et revenir », and wants it valid again before sending', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { requestId } = await completeDraft(manager, person(establishment.id));
    const back = await saveRegistrationStep(manager, {
      requestId,
      step: 2,
      intent: 'back',
      values: { email: 'pas-encore', mobilePhoneCountry: 'RE', mobilePhone: '', intrus: 'ignoré' },
    });
    expect(back).toEqual({ requestId, step: 1 });
    const draft = await getRegistrationDraft(manager, requestId);
    expect(draft).toMatchObject({ currentStep: 2, values: { contact: { email: 'pas-encore', mobilePhoneCountry: 'RE', mobilePhone: '' } } });
    expect(draft?.values.contact).not.toHaveProperty('intrus');
    await expect(submitRegistration(manager, requestId)).rejects.toThrow(RPPS_MESSAGES.incomplete);
    await expect(saveRegistrationStep(manager, { requestId, step: 4, intent: 'back', values: {} })).rejects.toThrow(RPPS_MESSAGES.stepNotReached);
  });

  it('takes the commune from the index, never the browser, and refuses an unknown code', async () => {
    const { manager } = await managedEstablishment();
    const civil = civilStatusSchema.parse(civilInput({ birthCommuneName: 'Marseile (faute)', birthCommuneCode: '13203' }));
    const { requestId } = await startRegistration(manager, civil);
    expect((await getRegistrationDraft(manager, requestId))?.values.civilStatus.birthCommuneName).toBe('Marseille 3e Arrondissement');
    await expect(startRegistration(manager, civilStatusSchema.parse(civilInput({ birthCommuneCode: '99999' })))).rejects.toEqual(
      new DomainError(COMMUNE_FROM_LIST, 'birthCommuneName'),
    );
  });

  it('accepts only the manager’s own establishments in step 3', async () => {
    const { establishment, manager } = await managedEstablishment();
    const elsewhere = await createEstablishment('11');
    const who = person(establishment.id);
    const { requestId } = await startRegistration(manager, civilStatusSchema.parse(who.civil));
    await saveRegistrationStep(manager, { requestId, step: 2, intent: 'next', values: who.contact });
    await expect(
      saveRegistrationStep(manager, { requestId, step: 3, intent: 'next', values: { ...who.situation, establishmentId: elsewhere.id } }),
    ).rejects.toEqual(new DomainError(RPPS_MESSAGES.establishmentOutOfScope, 'establishmentId'));
  });

  it('« Annuler la demande » deletes the draft; its number is never given again', async () => {
    const { establishment, manager } = await managedEstablishment();
    const first = await completeDraft(manager, person(establishment.id));
    await cancelRegistration(manager, first.requestId);
    expect(await prisma.rppsRequest.findUnique({ where: { id: first.requestId } })).toBeNull();
    const second = await startRegistration(manager, civilStatusSchema.parse(civilInput()));
    expect(second.number).not.toBe(first.number);
    expect(Number(second.number.slice(9))).toBeGreaterThan(Number(first.number.slice(9)));
  });

  it('warns before registering the same person twice, and the directory refuses a duplicate that slipped through', async () => {
    const { establishment, manager } = await managedEstablishment();
    const who = person(establishment.id);
    const twin = { ...person(establishment.id), civil: { ...who.civil } };
    const firstDraft = await completeDraft(manager, who);
    const secondDraft = await completeDraft(manager, twin);
    await submitRegistration(manager, firstDraft.requestId);
    await submitRegistration(manager, secondDraft.requestId);
    await expect(sendToDirectory(firstDraft.requestId)).resolves.toBe('RPPS_VALIDATED');
    await expect(sendToDirectory(secondDraft.requestId)).resolves.toBe('REFUSED_BY_RPPS');
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: secondDraft.requestId } })).toMatchObject({
      refusalReason: RPPS_MESSAGES.sameIdentityRefusal,
      recordId: null,
    });

    const third = await completeDraft(manager, { ...person(establishment.id), civil: { ...who.civil, birthLastName: who.civil.birthLastName.toUpperCase() } });
    await expect(submitRegistration(manager, third.requestId)).rejects.toThrow(RPPS_MESSAGES.sameIdentity);
  });

  it('gives one person one number when six registrations of them reach the directory at the same moment (issue 10 §3)', async () => {
    const { establishment, manager } = await managedEstablishment();
    const who = person(establishment.id);
    const drafts: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      // Same identity, written differently: the rule is case-insensitive.
      const civil = { ...who.civil, firstNames: index % 2 ? who.civil.firstNames.toUpperCase() : who.civil.firstNames };
      const { requestId } = await completeDraft(manager, { ...person(establishment.id), civil });
      await submitRegistration(manager, requestId);
      drafts.push(requestId);
    }
    const statuses = await Promise.all(drafts.map((requestId) => sendToDirectory(requestId)));
    expect(statuses.filter((status) => status === 'RPPS_VALIDATED')).toHaveLength(1);
    expect(statuses.filter((status) => status === 'REFUSED_BY_RPPS')).toHaveLength(5);
    const requests = await prisma.rppsRequest.findMany({ where: { id: { in: drafts } }, select: { recordId: true, refusalReason: true, status: true } });
    expect(new Set(requests.map((request) => request.recordId).filter(Boolean)).size).toBe(1);
    for (const request of requests.filter((row) => row.status === 'REFUSED_BY_RPPS')) expect(request.refusalReason).toBe(RPPS_MESSAGES.sameIdentityRefusal);
  });

  it('registers two people of the same name and birth date born in different places', async () => {
    const { establishment, manager } = await managedEstablishment();
    const who = person(establishment.id);
    await registerPerson(manager, who);
    const namesake = { ...person(establishment.id), civil: { ...who.civil, birthCommuneName: 'Toulouse', birthCommuneCode: '31555' } };
    await expect(registerPerson(manager, namesake)).resolves.toMatchObject({ record: { birthCommuneName: 'Toulouse' } });
  });

  it('gives a request with broken data a « Rejet technique » instead of a record', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { requestId } = await completeDraft(manager, person(establishment.id));
    await submitRegistration(manager, requestId);
    await prisma.rppsRequest.update({ where: { id: requestId }, data: { data: { civilStatus: { birthLastName: '' } } } });
    await expect(sendToDirectory(requestId)).resolves.toBe('TECHNICAL_REJECTION');
  });
});

describe('RPPS numbers', () => {
  it('are distinct and valid for 100 registrations answered at the same time', async () => {
    const { establishment, manager } = await managedEstablishment();
    const drafts = [];
    for (let index = 0; index < 100; index += 1) {
      const { requestId } = await completeDraft(manager, person(establishment.id, { civil: { birthLastName: `Concurrent-${letters(10)}` } }));
      await submitRegistration(manager, requestId);
      drafts.push(requestId);
    }
    const statuses = await Promise.all(drafts.map((requestId) => sendToDirectory(requestId)));
    expect(statuses).toEqual(Array(100).fill('RPPS_VALIDATED'));
    const records = await prisma.rppsRecord.findMany({ where: { requests: { some: { id: { in: drafts } } } }, select: { rppsNumber: true } });
    const numbers = records.map((record) => record.rppsNumber);
    expect(numbers).toHaveLength(100);
    expect(new Set(numbers).size).toBe(100);
    for (const number of numbers) expect(isDirectoryRppsNumber(number)).toBe(true);
  }, 180_000);

  it('can never change once assigned', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { record } = await registerPerson(manager, person(establishment.id));
    await expect(prisma.rppsRecord.update({ where: { id: record.id }, data: { rppsNumber: '80000000010' } })).rejects.toThrow();
    expect((await prisma.rppsRecord.findUniqueOrThrow({ where: { id: record.id } })).rppsNumber).toBe(record.rppsNumber);
  });
});
