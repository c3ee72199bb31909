/** @jest-environment node */
import { prisma } from '@/lib/db';
import { getActor } from '@/lib/auth/session';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { cancelSituationAction } from '@/app/(rpps)/rpps/enregistrements/actions';
import { RPPS_MESSAGES } from '@/lib/rpps/messages';
import { getRecordView } from '@/lib/rpps/records';
import { getRequestDetail } from '@/lib/rpps/request-detail';
import { readRequestData, toJson } from '@/lib/rpps/request-data';
import { nextRequestNumber } from '@/lib/rpps/request-number';
import { sendToDirectory } from '@/lib/rpps/send';
import { addSituation, cancelSituation } from '@/lib/rpps/updates';
import { cancelSituationSchema } from '@/lib/validation/rpps-procedures';
import { createEstablishment } from '../factories';
import { managedEstablishment, managerOf, person, registerPerson } from './rpps-helpers';

// « Annulation de situation d'exercice et modifications d'informations » (SPEC §8, decision 033): a
// situation of the manager's establishments entered in error is removed by a request « Envoyée au
// RPPS » that the directory answers, with the contact data changed in the same request — on the real
// PostgreSQL. The action is called as a browser would; only the session and Next's cache are replaced.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

const SAME_CONTACT = { mobilePhoneCountry: 'FR' as const, mobilePhone: '07 30 49 49 59' };

/** A person registered in A, with a second situation in B — both establishments of one manager. */
async function twoSituations() {
  const { establishment: first } = await managedEstablishment();
  const second = await createEstablishment('76');
  const manager = await managerOf(first.id, second.id);
  const { record } = await registerPerson(manager, person(first.id));
  await addSituation(manager, record.rppsNumber, {
    establishmentId: second.id,
    professionCode: 'CARE_ASSISTANT',
    role: 'CARE',
    practiceMode: null,
    startDate: '2024-01-08',
  });
  const situations = await prisma.practiceSituation.findMany({ where: { recordId: record.id }, orderBy: { startDate: 'asc' } });
  return { manager, record, first, second, kept: situations[0]!, wrong: situations[1]! };
}

beforeEach(() => mockedGetActor.mockReset());

describe('cancelling a practice situation', () => {
  it('removes the situation through a request the directory validates, and the request keeps what it was', async () => {
    const { manager, record, second, kept, wrong } = await twoSituations();
    expect((await getRecordView(manager, record.rppsNumber))?.situations.map((situation) => situation.canCancel)).toEqual([true, true]);

    const outcome = await cancelSituation(manager, record.rppsNumber, {
      situationId: wrong.id,
      reason: 'Situation saisie par erreur',
      contact: { email: record.email, ...SAME_CONTACT },
    });
    expect(outcome.status).toBe('RPPS_VALIDATED');
    const request = await prisma.rppsRequest.findUniqueOrThrow({ where: { id: outcome.requestId } });
    expect(request).toMatchObject({ procedure: 'CANCEL_SITUATION', recordId: record.id, establishmentId: second.id, createdById: manager.id });
    expect(readRequestData(request.data).change).toEqual({
      kind: 'CANCEL_SITUATION',
      situationId: wrong.id,
      situation: { establishmentId: second.id, professionCode: 'CARE_ASSISTANT', role: 'CARE', practiceMode: null, startDate: '2024-01-08', endDate: null },
      reason: 'Situation saisie par erreur',
      contact: null,
    });
    expect(await prisma.practiceSituation.findMany({ where: { recordId: record.id }, select: { id: true } })).toEqual([{ id: kept.id }]);
    const after = await prisma.rppsRecord.findUniqueOrThrow({ where: { id: record.id } });
    expect(after).toMatchObject({ rppsNumber: record.rppsNumber, email: record.email, birthLastName: record.birthLastName });

    // The record shows one situation, which can no longer be cancelled; the history names the procedure.
    const view = await getRecordView(manager, record.rppsNumber);
    expect(view?.situations).toEqual([expect.objectContaining({ id: kept.id, canCancel: false })]);
    expect(view?.history[0]).toMatchObject({
      procedure: "Annulation de situation d'exercice et modifications d'informations",
      status: 'Enregistrement RPPS validé',
    });
    const detail = await getRequestDetail(manager, outcome.requestId);
    expect(detail?.sections).toEqual([
      expect.objectContaining({
        title: "Annulation de la situation d'exercice",
        rows: expect.arrayContaining([
          { label: 'Date de prise de fonction', value: '8 janvier 2024' },
          { label: "Motif de l'annulation", value: 'Situation saisie par erreur' },
        ]),
      }),
    ]);
    expect(await prisma.auditLog.findFirst({ where: { entityId: outcome.requestId, action: 'rpps.update-sent' } })).toMatchObject({
      actorId: manager.id,
      details: { procedure: 'CANCEL_SITUATION' },
    });
  });

  it('changes the contact data in the same request when they differ', async () => {
    const { manager, record, wrong } = await twoSituations();
    const outcome = await cancelSituation(manager, record.rppsNumber, {
      situationId: wrong.id,
      reason: 'Doublon',
      contact: { email: 'nouvelle.adresse@exemple.fr', mobilePhoneCountry: 'GP', mobilePhone: '0690 12 34 56' },
    });
    expect(outcome.status).toBe('RPPS_VALIDATED');
    expect(readRequestData((await prisma.rppsRequest.findUniqueOrThrow({ where: { id: outcome.requestId } })).data).change).toMatchObject({
      contact: { before: { email: record.email, mobilePhone: '+33730494959' }, after: { email: 'nouvelle.adresse@exemple.fr', mobilePhone: '+590690123456' } },
    });
    expect(await prisma.rppsRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      email: 'nouvelle.adresse@exemple.fr',
      mobilePhone: '+590690123456',
    });
    expect((await getRequestDetail(manager, outcome.requestId))?.sections.map((section) => section.title)).toEqual([
      "Annulation de la situation d'exercice",
      'Données de contact',
    ]);
  });

  it('never removes the person’s only situation', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { record } = await registerPerson(manager, person(establishment.id));
    const before = await prisma.rppsRequest.count({ where: { recordId: record.id } });
    await expect(
      cancelSituation(manager, record.rppsNumber, {
        situationId: record.situations[0]!.id,
        reason: 'Erreur',
        contact: { email: record.email, ...SAME_CONTACT },
      }),
    ).rejects.toThrow(RPPS_MESSAGES.onlySituation);
    expect(await prisma.rppsRequest.count({ where: { recordId: record.id } })).toBe(before);
    expect(await prisma.practiceSituation.count({ where: { recordId: record.id } })).toBe(1);
    expect((await getRecordView(manager, record.rppsNumber))?.situations[0]?.canCancel).toBe(false);
  });

  it('is « not found » for a situation of another establishment, and for a manager of another FINESS', async () => {
    const { establishment, manager } = await managedEstablishment();
    const { record } = await registerPerson(manager, person(establishment.id));
    const elsewhere = await createEstablishment('11');
    const otherManager = await managerOf(elsewhere.id);
    await addSituation(otherManager, record.rppsNumber, {
      establishmentId: elsewhere.id,
      professionCode: 'CARE_ASSISTANT',
      role: 'CARE',
      practiceMode: null,
      startDate: '2025-01-06',
    });
    const theirs = await prisma.practiceSituation.findFirstOrThrow({ where: { recordId: record.id, establishmentId: elsewhere.id } });
    const contact = { email: record.email, ...SAME_CONTACT };
    // Both managers see the person, each cancels only the situations of their own establishments.
    await expect(cancelSituation(manager, record.rppsNumber, { situationId: theirs.id, reason: 'Erreur', contact })).rejects.toThrow(
      'practice situation not found',
    );
    expect((await getRecordView(manager, record.rppsNumber))?.situations.map((situation) => situation.canCancel)).toEqual([true, false]);
    const stranger = await managerOf((await createEstablishment('76')).id);
    await expect(cancelSituation(stranger, record.rppsNumber, { situationId: theirs.id, reason: 'Erreur', contact })).rejects.toThrow('rpps record not found');
    mockedGetActor.mockResolvedValue(stranger);
    const input = cancelSituationSchema.parse({ rppsNumber: record.rppsNumber, situationId: theirs.id, reason: 'Erreur', ...contact });
    await expect(cancelSituationAction(input)).resolves.toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    expect(await prisma.practiceSituation.count({ where: { recordId: record.id } })).toBe(2);

    // The new employer cancels the situation it added by mistake: the person leaves its records, the request stays in its list.
    const outcome = await cancelSituation(otherManager, record.rppsNumber, { situationId: theirs.id, reason: 'Mauvaise personne', contact });
    expect(outcome.status).toBe('RPPS_VALIDATED');
    await expect(getRecordView(otherManager, record.rppsNumber)).resolves.toBeNull();
    await expect(getRequestDetail(otherManager, outcome.requestId)).resolves.toMatchObject({ rppsNumber: record.rppsNumber, recordNumber: null });
  });

  it('asks for a reason, through the action', async () => {
    const { manager, record, wrong } = await twoSituations();
    mockedGetActor.mockResolvedValue(manager);
    await expect(
      cancelSituationAction({ rppsNumber: record.rppsNumber, situationId: wrong.id, reason: '  ', email: record.email, ...SAME_CONTACT }),
    ).resolves.toEqual({ ok: false, fieldErrors: { reason: "Indiquez le motif de l'annulation." } });
    await expect(
      cancelSituationAction({ rppsNumber: record.rppsNumber, situationId: wrong.id, reason: 'Erreur de saisie', email: record.email, ...SAME_CONTACT }),
    ).resolves.toMatchObject({ ok: true, data: { status: 'RPPS_VALIDATED' } });
  });

  it('is refused by the directory when the situation is gone by the time it answers', async () => {
    const { manager, record, second, wrong } = await twoSituations();
    const [created] = await prisma.$transaction(async (tx) => [
      await tx.rppsRequest.create({
        data: {
          number: await nextRequestNumber(tx),
          procedure: 'CANCEL_SITUATION',
          status: 'SENT_TO_RPPS',
          establishmentId: second.id,
          recordId: record.id,
          createdById: manager.id,
          data: toJson({
            origin: 'MANAGER',
            change: {
              kind: 'CANCEL_SITUATION',
              situationId: '00000000-0000-4000-8000-000000000000',
              situation: {
                establishmentId: second.id,
                professionCode: 'CARE_ASSISTANT',
                role: 'CARE',
                practiceMode: null,
                startDate: '2024-01-08',
                endDate: null,
              },
              reason: 'Erreur',
              contact: null,
            },
          }),
        },
      }),
    ]);
    await expect(sendToDirectory(created!.id)).resolves.toBe('REFUSED_BY_RPPS');
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: created!.id } })).toMatchObject({ refusalReason: RPPS_MESSAGES.situationGone });
    expect(await prisma.practiceSituation.findUnique({ where: { id: wrong.id } })).not.toBeNull();
  });

  it('keeps one situation when both are cancelled at once', async () => {
    const { manager, record, kept, wrong } = await twoSituations();
    const contact = { email: record.email, ...SAME_CONTACT };
    await Promise.allSettled(
      [kept, wrong].map((situation) => cancelSituation(manager, record.rppsNumber, { situationId: situation.id, reason: 'Erreur', contact })),
    );
    expect(await prisma.practiceSituation.count({ where: { recordId: record.id } })).toBe(1);
    const statuses = (await prisma.rppsRequest.findMany({ where: { recordId: record.id, procedure: 'CANCEL_SITUATION' } })).map((request) => request.status);
    expect(statuses.filter((status) => status === 'RPPS_VALIDATED')).toHaveLength(1);
    expect(statuses.filter((status) => status !== 'RPPS_VALIDATED').every((status) => status === 'REFUSED_BY_RPPS')).toBe(true);
  });
});
