/** @jest-environment node */
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { RPPS_MESSAGES } from '@/lib/rpps/messages';
import { getRecordForNewSituation, getRecordView, searchRecords } from '@/lib/rpps/records';
import { readRequestData } from '@/lib/rpps/request-data';
import { addSituation, changeContact, changePracticeName, closeSituation } from '@/lib/rpps/updates';
import { END_BEFORE_START } from '@/lib/validation/rpps';
import { createEstablishment } from '../factories';
import { managedEstablishment, managerOf, person, registerPerson } from './rpps-helpers';

// « Modifier un enregistrement existant » (SPEC §8, guide §5): each change is a request with its
// procedure, applied by the directory; the number never changes and the requests are the history.

async function registered() {
  const { establishment, manager } = await managedEstablishment();
  const registration = await registerPerson(manager, person(establishment.id));
  return { establishment, manager, ...registration };
}

describe('updating a registered person', () => {
  it('changes the contact data through an « Modification d’informations » request that keeps before and after', async () => {
    const { manager, record } = await registered();
    const outcome = await changeContact(manager, record.rppsNumber, { email: 'nouvelle@exemple.fr', mobilePhoneCountry: 'RE', mobilePhone: '0692 11 22 33' });
    expect(outcome.status).toBe('RPPS_VALIDATED');
    const request = await prisma.rppsRequest.findUniqueOrThrow({ where: { id: outcome.requestId } });
    expect(request).toMatchObject({ procedure: 'UPDATE_INFORMATION', recordId: record.id });
    expect(readRequestData(request.data).change).toEqual({
      kind: 'CONTACT',
      before: { email: record.email, mobilePhone: '+33730494959' },
      after: { email: 'nouvelle@exemple.fr', mobilePhone: '+262692112233' },
    });
    expect(await prisma.rppsRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      rppsNumber: record.rppsNumber,
      email: 'nouvelle@exemple.fr',
    });
    await expect(
      changeContact(manager, record.rppsNumber, { email: 'nouvelle@exemple.fr', mobilePhoneCountry: 'RE', mobilePhone: '692112233' }),
    ).rejects.toThrow(RPPS_MESSAGES.nothingChanged);
  });

  it('closes a situation with its end date only, once, never before it started', async () => {
    const { manager, record } = await registered();
    const situationId = record.situations[0]!.id;
    await expect(closeSituation(manager, record.rppsNumber, { situationId, endDate: '2022-05-01' })).rejects.toEqual(
      new DomainError(END_BEFORE_START, 'endDate'),
    );
    const outcome = await closeSituation(manager, record.rppsNumber, { situationId, endDate: '2024-06-30' });
    expect(outcome.status).toBe('RPPS_VALIDATED');
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: outcome.requestId } })).toMatchObject({ procedure: 'CLOSE_SITUATION' });
    const situation = await prisma.practiceSituation.findUniqueOrThrow({ where: { id: situationId } });
    expect(situation.endDate?.toISOString().slice(0, 10)).toBe('2024-06-30');
    expect(situation).toMatchObject({ professionCode: 'SPECIALISED_EDUCATOR', role: 'COORDINATION' });
    await expect(closeSituation(manager, record.rppsNumber, { situationId, endDate: '2024-07-01' })).rejects.toThrow(RPPS_MESSAGES.situationClosed);
    // The situation stays in the record, closed: the history is kept.
    expect((await getRecordView(manager, record.rppsNumber))?.situations).toEqual([
      expect.objectContaining({ id: situationId, endDate: '30 juin 2024', canClose: false }),
    ]);
  });

  it('lets a new employer add a situation by the RPPS number, without entering the état civil again', async () => {
    const { record } = await registered();
    const newEmployer = await createEstablishment('11');
    const newManager = await managerOf(newEmployer.id);
    expect(await getRecordView(newManager, record.rppsNumber)).toBeNull();
    expect(await searchRecords(newManager, { nom: record.practiceLastName })).toEqual([]);
    await expect(getRecordForNewSituation(newManager, record.rppsNumber)).resolves.toEqual({
      rppsNumber: record.rppsNumber,
      practiceLastName: record.practiceLastName,
      practiceFirstName: record.practiceFirstName,
      inScope: false,
    });
    const situation = {
      establishmentId: newEmployer.id,
      professionCode: 'CARE_ASSISTANT' as const,
      role: 'CARE' as const,
      practiceMode: null,
      startDate: '2025-01-06',
      endDate: '',
    };
    const outcome = await addSituation(newManager, record.rppsNumber, situation);
    expect(outcome.status).toBe('RPPS_VALIDATED');
    const view = await getRecordView(newManager, record.rppsNumber);
    expect(view?.rppsNumber).toBe(record.rppsNumber);
    expect(view?.situations).toHaveLength(2);
    expect(view?.history.map((item) => item.procedure)).toEqual(["Ajout de situation d'exercice et modifications d'informations"]);
    await expect(addSituation(newManager, record.rppsNumber, situation)).rejects.toThrow(
      "Ce professionnel a déjà une situation d'exercice ouverte dans cet établissement.",
    );
    await expect(addSituation(newManager, record.rppsNumber, { ...situation, establishmentId: record.situations[0]!.establishmentId })).rejects.toThrow(
      RPPS_MESSAGES.establishmentOutOfScope,
    );
  });

  it('changes the practice names, and finds the person by them', async () => {
    const { manager, record } = await registered();
    const outcome = await changePracticeName(manager, record.rppsNumber, { practiceLastName: 'Martin', practiceFirstName: 'Nath' });
    expect(await prisma.rppsRequest.findUniqueOrThrow({ where: { id: outcome.requestId } })).toMatchObject({
      procedure: 'CHANGE_PRACTICE_NAME',
      status: 'RPPS_VALIDATED',
    });
    expect(await searchRecords(manager, { nom: 'mart', prenom: 'NATH' })).toEqual(
      expect.arrayContaining([{ rppsNumber: record.rppsNumber, practiceLastName: 'Martin', practiceFirstName: 'Nath', inScope: true }]),
    );
    expect(await searchRecords(manager, { rpps: record.rppsNumber })).toEqual([
      { rppsNumber: record.rppsNumber, practiceLastName: 'Martin', practiceFirstName: 'Nath', inScope: true },
    ]);
  });

  it('keeps every request as the record’s history, newest first, and never touches the état civil or the number', async () => {
    const { manager, record, requestId } = await registered();
    await changePracticeName(manager, record.rppsNumber, { practiceLastName: 'Durand', practiceFirstName: 'Nathalie' });
    await closeSituation(manager, record.rppsNumber, { situationId: record.situations[0]!.id, endDate: '2025-12-31' });
    const view = await getRecordView(manager, record.rppsNumber);
    expect(view?.history.map((item) => item.procedure)).toEqual([
      "Fermeture de situation d'exercice",
      "Modification du nom et prénom d'exercice",
      'Primo enregistrement',
    ]);
    expect(view?.history.at(-1)?.id).toBe(requestId);
    expect(view?.history.every((item) => item.status === 'Enregistrement RPPS validé')).toBe(true);
    const after = await prisma.rppsRecord.findUniqueOrThrow({ where: { id: record.id } });
    expect(after).toMatchObject({
      rppsNumber: record.rppsNumber,
      birthLastName: record.birthLastName,
      firstNames: record.firstNames,
      birthDate: record.birthDate,
    });
  });
});
