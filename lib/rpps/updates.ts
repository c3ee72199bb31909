import 'server-only';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RppsProcedure, RppsRequestStatus } from '@/lib/generated/prisma/enums';
import { DomainError, NotFoundError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { parisToday, shiftYears, toIsoDay } from '@/lib/dates/days';
import { contactPhone, END_BEFORE_START, type Contact, type PracticeNames, type Situation } from '@/lib/validation/rpps';
import { RPPS_MESSAGES } from './messages';
import { summarise, toJson, type RecordChange } from './request-data';
import { nextRequestNumber } from './request-number';
import { managesEstablishment, requireRppsManager, type RppsManager } from '@/lib/access/checks';
import { rppsRecordScope } from '@/lib/access/scope';
import { sendToDirectory } from './send';
import { assertTransition } from './status-machine';

// « Modifier un enregistrement existant » (SPEC §8, guide §5). Each change is a request of its own —
// procedure, status, before and after — sent to the directory, which applies it: the requests of a
// record are its history. The RPPS number never changes (a trigger refuses it), and the état civil is
// read-only after registration (nothing here writes it).

export interface UpdateOutcome {
  requestId: string;
  number: string;
  status: RppsRequestStatus;
}

const RECORD_SELECT = {
  id: true,
  birthLastName: true,
  firstNames: true,
  email: true,
  mobilePhone: true,
  practiceLastName: true,
  practiceFirstName: true,
  situations: {
    select: { id: true, establishmentId: true, professionCode: true, role: true, practiceMode: true, startDate: true, endDate: true },
    orderBy: { startDate: 'desc' as const },
  },
};

export type LockedRecord = NonNullable<Awaited<ReturnType<typeof findRecord>>>;

function findRecord(tx: TransactionClient, rppsNumber: string, scope: Prisma.RppsRecordWhereInput) {
  return tx.rppsRecord.findFirst({ where: { AND: [{ rppsNumber }, scope] }, select: RECORD_SELECT });
}

export interface Plan {
  establishmentId: string;
  change: RecordChange;
  professionCode?: string | null;
}

/**
 * Who files a change and how far it reaches: a manager, in the records of their establishments
 * (« Envoyée au RPPS »), or the professional signed in with Pro Santé Connect, in their own record only
 * (« Envoyée au RPPS par le professionnel », self-service.ts).
 */
export interface Filer {
  userId: string;
  origin: 'MANAGER' | 'PROFESSIONAL';
  status: Extract<RppsRequestStatus, 'SENT_TO_RPPS' | 'SENT_TO_RPPS_BY_PROFESSIONAL'>;
  /** Which records the filer may change; `{}` for « Ajouter une situation » (below). */
  scope: Prisma.RppsRecordWhereInput;
  /** What else the filing writes in its transaction: the professional's notice (self-service.ts); a manager's has none. */
  onFiled?: (tx: TransactionClient, filed: FiledUpdate) => Promise<void>;
}

/** A request as it was filed, with the record as it was before. */
export interface FiledUpdate {
  record: LockedRecord;
  change: RecordChange;
  number: string;
  filedAt: Date;
}

/**
 * Writes the request in one transaction with the record locked, then hands it to the directory and
 * answers with the status it reached. An unknown number or a record outside the filer's scope is
 * `NotFoundError`: nothing says which.
 */
export async function fileUpdate(filer: Filer, rppsNumber: string, procedure: RppsProcedure, plan: (record: LockedRecord) => Plan): Promise<UpdateOutcome> {
  assertTransition(procedure, null, filer.status);
  const created = await prisma.$transaction(async (tx) => {
    // Locked first, read after: two changes to one person queue, and each sees the other's result.
    await tx.$queryRaw`SELECT "id" FROM "rpps_records" WHERE "rpps_number" = ${rppsNumber} FOR UPDATE`;
    const record = await findRecord(tx, rppsNumber, filer.scope);
    if (!record) throw new NotFoundError('rpps record');
    const { establishmentId, change, professionCode = null } = plan(record);
    const number = await nextRequestNumber(tx);
    const filedAt = new Date();
    const summary = summarise(
      {},
      { lastName: record.practiceLastName, firstName: record.practiceFirstName, others: [record.birthLastName, record.firstNames], professionCode },
    );
    const request = await tx.rppsRequest.create({
      data: {
        number,
        procedure,
        status: filer.status,
        establishmentId,
        recordId: record.id,
        createdById: filer.userId,
        currentStep: 5,
        submittedAt: filedAt,
        data: toJson({ origin: filer.origin, change, summary }),
      },
      select: { id: true },
    });
    await filer.onFiled?.(tx, { record, change, number, filedAt });
    await writeAudit(tx, { actorId: filer.userId, action: 'rpps.update-sent', entityType: 'RppsRequest', entityId: request.id, details: { procedure, origin: filer.origin } });
    return { requestId: request.id, number };
  });
  // The request is committed: a directory that fails now leaves it waiting for the job's sweep
  // (send.ts), and the filer is told it was sent — a generic error would invite filing it twice.
  const answered = await sendToDirectory(created.requestId).catch((error: unknown) => {
    console.error('[rpps] the directory did not answer; the sweep will send the request again', error);
    return null;
  });
  return { ...created, status: answered ?? filer.status };
}

/**
 * A manager's change (« Envoyée au RPPS »). `scoped: false` only for « Ajouter une situation »: a new
 * employer knows the number, not the record (guide: « Le nouvel employeur doit ouvrir une nouvelle
 * situation professionnelle »).
 */
function submitUpdate(
  actor: Actor | null,
  rppsNumber: string,
  procedure: RppsProcedure,
  plan: (record: LockedRecord, manager: RppsManager) => Plan,
  scoped = true,
): Promise<UpdateOutcome> {
  const manager = requireRppsManager(actor);
  const filer: Filer = { userId: manager.id, origin: 'MANAGER', status: 'SENT_TO_RPPS', scope: scoped ? rppsRecordScope(manager) : {} };
  return fileUpdate(filer, rppsNumber, procedure, (record) => plan(record, manager));
}

/** The contact data as they change: refused when nothing does. */
export function contactChange(record: LockedRecord, contact: Contact): RecordChange {
  const after = { email: contact.email, mobilePhone: contactPhone(contact) };
  if (after.email === record.email && after.mobilePhone === record.mobilePhone) throw new DomainError(RPPS_MESSAGES.nothingChanged);
  return { kind: 'CONTACT', before: { email: record.email, mobilePhone: record.mobilePhone }, after };
}

/** The practice names as they change: refused when nothing does. */
export function practiceNameChange(record: LockedRecord, names: PracticeNames): RecordChange {
  if (names.practiceLastName === record.practiceLastName && names.practiceFirstName === record.practiceFirstName)
    throw new DomainError(RPPS_MESSAGES.nothingChanged);
  return { kind: 'PRACTICE_NAME', before: { practiceLastName: record.practiceLastName, practiceFirstName: record.practiceFirstName }, after: names };
}

/** The establishment an update of the person is filed under: where they work for this manager, now if possible. */
function homeEstablishment(record: LockedRecord, manager: RppsManager): string {
  const mine = record.situations.filter((situation) => managesEstablishment(manager, situation.establishmentId));
  const current = mine.find((situation) => situation.endDate === null) ?? mine[0];
  if (!current) throw new NotFoundError('rpps record');
  return current.establishmentId;
}

export function changeContact(actor: Actor | null, rppsNumber: string, contact: Contact): Promise<UpdateOutcome> {
  return submitUpdate(actor, rppsNumber, 'UPDATE_INFORMATION', (record, manager) => ({
    establishmentId: homeEstablishment(record, manager),
    change: contactChange(record, contact),
  }));
}

export function changePracticeName(actor: Actor | null, rppsNumber: string, names: PracticeNames): Promise<UpdateOutcome> {
  return submitUpdate(actor, rppsNumber, 'CHANGE_PRACTICE_NAME', (record, manager) => ({
    establishmentId: homeEstablishment(record, manager),
    change: practiceNameChange(record, names),
  }));
}

/** « Fermer la situation »: only the end date, only an open situation of the manager's establishments. */
export function closeSituation(actor: Actor | null, rppsNumber: string, input: { situationId: string; endDate: string }): Promise<UpdateOutcome> {
  return submitUpdate(actor, rppsNumber, 'CLOSE_SITUATION', (record, manager) => {
    const situation = record.situations.find((item) => item.id === input.situationId && managesEstablishment(manager, item.establishmentId));
    if (!situation) throw new NotFoundError('practice situation');
    if (situation.endDate) throw new DomainError(RPPS_MESSAGES.situationClosed);
    if (input.endDate < toIsoDay(situation.startDate)) throw new DomainError(END_BEFORE_START, 'endDate');
    if (input.endDate > shiftYears(parisToday(), 1))
      throw new DomainError("La date de fin de fonction ne peut pas dépasser d'un an la date du jour.", 'endDate');
    return {
      establishmentId: situation.establishmentId,
      professionCode: situation.professionCode,
      change: { kind: 'CLOSE_SITUATION', situationId: situation.id, endDate: input.endDate },
    };
  });
}

/** « Ajouter une situation » in one of the manager's establishments; the état civil is not entered again. */
export function addSituation(
  actor: Actor | null,
  rppsNumber: string,
  situation: Omit<Situation, 'practiceLastName' | 'practiceFirstName'>,
): Promise<UpdateOutcome> {
  return submitUpdate(
    actor,
    rppsNumber,
    'ADD_SITUATION',
    (record, manager) => {
      if (!managesEstablishment(manager, situation.establishmentId)) throw new DomainError(RPPS_MESSAGES.establishmentOutOfScope, 'establishmentId');
      if (record.situations.some((item) => item.establishmentId === situation.establishmentId && item.endDate === null)) {
        throw new DomainError("Ce professionnel a déjà une situation d'exercice ouverte dans cet établissement.", 'establishmentId');
      }
      return {
        establishmentId: situation.establishmentId,
        professionCode: situation.professionCode,
        change: {
          kind: 'ADD_SITUATION',
          situation: {
            establishmentId: situation.establishmentId,
            professionCode: situation.professionCode,
            role: situation.role,
            practiceMode: situation.practiceMode,
            startDate: situation.startDate,
            endDate: situation.endDate || null,
          },
        },
      };
    },
    false,
  );
}

/**
 * « Annulation de situation d'exercice et modifications d'informations » (docs/decisions/033): a
 * situation of the manager's establishments entered in error (wrong person, wrong establishment, a
 * duplicate) is removed — unlike a closing, which keeps it with its end date — with the contact data
 * changed in the same request when they differ. Never the person's last situation: the record would
 * then belong to no establishment, and no manager could see it any more.
 */
export function cancelSituation(
  actor: Actor | null,
  rppsNumber: string,
  input: { situationId: string; reason: string; contact: Contact },
): Promise<UpdateOutcome> {
  return submitUpdate(actor, rppsNumber, 'CANCEL_SITUATION', (record, manager) => {
    const situation = record.situations.find((item) => item.id === input.situationId && managesEstablishment(manager, item.establishmentId));
    if (!situation) throw new NotFoundError('practice situation');
    if (record.situations.length < 2) throw new DomainError(RPPS_MESSAGES.onlySituation);
    const before = { email: record.email, mobilePhone: record.mobilePhone };
    const after = { email: input.contact.email, mobilePhone: contactPhone(input.contact) };
    const contactChanged = after.email !== before.email || after.mobilePhone !== before.mobilePhone;
    return {
      establishmentId: situation.establishmentId,
      professionCode: situation.professionCode,
      change: {
        kind: 'CANCEL_SITUATION',
        situationId: situation.id,
        situation: {
          establishmentId: situation.establishmentId,
          professionCode: situation.professionCode,
          role: situation.role,
          practiceMode: situation.practiceMode,
          startDate: toIsoDay(situation.startDate),
          endDate: situation.endDate ? toIsoDay(situation.endDate) : null,
        },
        reason: input.reason,
        contact: contactChanged ? { before, after } : null,
      },
    };
  });
}
