import 'server-only';
import type { TransactionClient } from '@/lib/db';
import type { RppsProcedure, RppsRequestStatus } from '@/lib/generated/prisma/enums';
import { writeAudit } from '@/lib/audit';
import { generateRppsNumber } from '@/lib/identifiers/rpps';
import { enqueueEmail } from '@/lib/mail/outbox';
import { fromIsoDay } from '@/lib/dates/days';
import { civilStatusSchema, contactPhone, contactSchema, situationSchema } from '@/lib/validation/rpps';
import { findSameIdentity } from './identity';
import { RPPS_MESSAGES } from './messages';
import { normaliseBirthCommune } from './birth-commune';
import { toJson, type RecordChange, type StoredRequestData } from './request-data';
import { moveRequest } from './transition';

// The RPPS directory behind the portal (SPEC §8). The portal only knows this interface (send.ts hands
// it the requests); the built-in directory below assigns the numbers itself, and a connector to the
// national directory can replace it by implementing the same two methods.

/** A request as the directory receives it, after the portal has sent it (SENT_TO_RPPS…). */
export interface DirectoryRequest {
  id: string;
  number: string;
  procedure: RppsProcedure;
  status: RppsRequestStatus;
  establishmentId: string;
  recordId: string | null;
  data: StoredRequestData;
}

export interface RppsDirectory {
  /**
   * A first registration: creates the person's record, assigns their RPPS number, moves the request to
   * « Enregistrement RPPS validé » and queues the professional's email — all in `tx`.
   * Throws a DirectoryRejection when the directory says no.
   */
  register(tx: TransactionClient, request: DirectoryRequest): Promise<{ rppsNumber: string }>;
  /** A change to a registered person (contact, practice name, situations); the number never changes. */
  applyUpdate(tx: TransactionClient, request: DirectoryRequest): Promise<void>;
}

/** « Refusé par le RPPS » (REFUSED) or « Rejet technique » (TECHNICAL), with the reason shown to the manager. */
export class DirectoryRejection extends Error {
  constructor(
    readonly kind: 'REFUSED' | 'TECHNICAL',
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'DirectoryRejection';
  }
}

/** The next number of our directory: '8' + the sequence + a Luhn key (decision 010). Never reused. */
export async function nextRppsNumber(tx: TransactionClient): Promise<string> {
  const [row] = await tx.$queryRaw<{ value: bigint }[]>`SELECT nextval('rpps_number_seq') AS value`;
  return generateRppsNumber(row!.value);
}

function parseRegistration(data: StoredRequestData) {
  const civil = civilStatusSchema.safeParse(data.civilStatus ?? {});
  const contact = contactSchema.safeParse(data.contact ?? {});
  const situation = situationSchema.safeParse(data.situation ?? {});
  if (!civil.success || !contact.success || !situation.success) throw new DirectoryRejection('TECHNICAL', RPPS_MESSAGES.incompleteTechnical);
  const birthCommune = normaliseBirthCommune(civil.data);
  if (!birthCommune) throw new DirectoryRejection('TECHNICAL', RPPS_MESSAGES.incompleteTechnical);
  return { civil: civil.data, contact: contact.data, situation: situation.data, birthCommune };
}

async function register(tx: TransactionClient, request: DirectoryRequest): Promise<{ rppsNumber: string }> {
  const { civil, contact, situation, birthCommune } = parseRegistration(request.data);
  if (situation.establishmentId !== request.establishmentId) throw new DirectoryRejection('TECHNICAL', RPPS_MESSAGES.incompleteTechnical);
  if (await findSameIdentity(tx, civil)) throw new DirectoryRejection('REFUSED', RPPS_MESSAGES.sameIdentityRefusal);

  const rppsNumber = await nextRppsNumber(tx);
  const record = await tx.rppsRecord.create({
    data: {
      rppsNumber,
      civility: civil.civility,
      sex: civil.sex,
      birthLastName: civil.birthLastName,
      usageLastName: civil.usageLastName || null,
      firstNames: civil.firstNames,
      secondFirstName: civil.secondFirstName || null,
      thirdFirstName: civil.thirdFirstName || null,
      birthDate: fromIsoDay(civil.birthDate),
      birthCountry: civil.birthCountry,
      birthCommuneCode: birthCommune.code,
      birthCommuneName: birthCommune.name,
      email: contact.email,
      mobilePhone: contactPhone(contact),
      practiceLastName: situation.practiceLastName,
      practiceFirstName: situation.practiceFirstName,
      situations: {
        create: {
          establishmentId: situation.establishmentId,
          professionCode: situation.professionCode,
          role: situation.role,
          practiceMode: situation.practiceMode,
          startDate: fromIsoDay(situation.startDate),
          endDate: situation.endDate ? fromIsoDay(situation.endDate) : null,
        },
      },
    },
    select: { id: true },
  });
  await moveRequest(tx, {
    id: request.id,
    procedure: request.procedure,
    from: request.status,
    to: 'RPPS_VALIDATED',
    set: { recordId: record.id, decidedAt: new Date() },
  });
  // Only the professional is told (guide, step 7: « Le gestionnaire RPPS+ ne reçoit pas d'email »).
  await enqueueEmail(tx, {
    to: contact.email,
    template: 'rpps-number-assigned',
    props: { firstName: civil.firstNames.split(' ')[0] ?? civil.firstNames, rppsNumber, requestNumber: request.number },
  });
  await writeAudit(tx, { actorId: null, action: 'rpps.number-assigned', entityType: 'RppsRecord', entityId: record.id, details: { requestId: request.id } });
  return { rppsNumber };
}

async function applyChange(tx: TransactionClient, recordId: string, change: RecordChange): Promise<RecordChange> {
  switch (change.kind) {
    case 'CONTACT':
      await tx.rppsRecord.update({ where: { id: recordId }, data: { email: change.after.email, mobilePhone: change.after.mobilePhone } });
      return change;
    case 'PRACTICE_NAME':
      await tx.rppsRecord.update({ where: { id: recordId }, data: change.after });
      return change;
    case 'CLOSE_SITUATION': {
      const situation = await tx.practiceSituation.findFirst({ where: { id: change.situationId, recordId }, select: { startDate: true, endDate: true } });
      if (!situation || situation.endDate) throw new DirectoryRejection('REFUSED', RPPS_MESSAGES.situationClosed);
      if (fromIsoDay(change.endDate) < situation.startDate) throw new DirectoryRejection('REFUSED', RPPS_MESSAGES.endBeforeStart);
      await tx.practiceSituation.update({ where: { id: change.situationId }, data: { endDate: fromIsoDay(change.endDate) } });
      return change;
    }
    case 'ADD_SITUATION': {
      const { startDate, endDate, ...rest } = change.situation;
      const created = await tx.practiceSituation.create({
        data: { ...rest, recordId, startDate: fromIsoDay(startDate), endDate: endDate ? fromIsoDay(endDate) : null },
        select: { id: true },
      });
      return { ...change, situationId: created.id };
    }
    case 'CANCEL_SITUATION': {
      // The record is locked (applyUpdate): the count cannot change under us.
      const situations = await tx.practiceSituation.findMany({ where: { recordId }, select: { id: true } });
      if (!situations.some((situation) => situation.id === change.situationId)) throw new DirectoryRejection('REFUSED', RPPS_MESSAGES.situationGone);
      if (situations.length < 2) throw new DirectoryRejection('REFUSED', RPPS_MESSAGES.onlySituation);
      // Cancelled, not closed: a situation entered in error is removed; the request keeps what it was.
      await tx.practiceSituation.delete({ where: { id: change.situationId } });
      if (change.contact) {
        await tx.rppsRecord.update({ where: { id: recordId }, data: { email: change.contact.after.email, mobilePhone: change.contact.after.mobilePhone } });
      }
      return change;
    }
  }
}

async function applyUpdate(tx: TransactionClient, request: DirectoryRequest): Promise<void> {
  const change = request.data.change;
  if (!request.recordId || !change) throw new DirectoryRejection('TECHNICAL', RPPS_MESSAGES.incompleteTechnical);
  // One change at a time per person: concurrent updates of one record queue here.
  await tx.$queryRaw`SELECT "id" FROM "rpps_records" WHERE "id" = ${request.recordId} FOR UPDATE`;
  const applied = await applyChange(tx, request.recordId, change);
  await moveRequest(tx, {
    id: request.id,
    procedure: request.procedure,
    from: request.status,
    to: 'RPPS_VALIDATED',
    set: { decidedAt: new Date(), data: toJson({ ...request.data, change: applied }) },
  });
  await writeAudit(tx, {
    actorId: null,
    action: 'rpps.record-updated',
    entityType: 'RppsRecord',
    entityId: request.recordId,
    details: { requestId: request.id, kind: change.kind },
  });
}

/** Our own directory: numbers from a PostgreSQL sequence, answers at once. */
export const builtInRppsDirectory: RppsDirectory = { register, applyUpdate };
