import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { hasRole } from '@/lib/access/roles';
import { NotFoundError } from '@/lib/errors';
import type { PscSession } from '@/lib/federation/psc-session';
import { formatLongDay } from '@/lib/dates/format';
import { historyRow, type HistoryRow } from '@/lib/rpps/records';
import { formatStoredPhone, splitStoredPhone } from '@/lib/rpps/shared/phone-codes';
import { rppsProfessionLabel } from '@/lib/rpps/shared/professions';
import type { Contact, PracticeNames } from '@/lib/validation/rpps';
import { queueOwnChangeNotice } from './own-change-notice';
import { contactChange, fileUpdate, practiceNameChange, type Filer, type LockedRecord, type UpdateOutcome } from './updates';

// « Mon enregistrement RPPS » (SPEC §8, guide: « le professionnel déjà enregistré se connecte avec sa
// e-CPS et modifie ses données de contact et/ou nom/prénom d'exercice »; docs/decisions/042). A volunteer
// signed in with Pro Santé Connect reads the record of the RPPS number PSC certified for this session,
// and files the two changes the guide gives them, « Envoyée au RPPS par le professionnel ». The number
// never comes from the browser: the record is the session's, or none.

export interface OwnRecordView {
  rppsNumber: string;
  practiceLastName: string;
  practiceFirstName: string;
  contact: { email: string; mobilePhone: string | null; phoneCountry: string; phoneNational: string };
  situations: { id: string; establishment: string; profession: string; startDate: string; endDate: string | null }[];
  /** The record's requests, newest first: the professional's own history. */
  history: HistoryRow[];
}

/** The professional's own record, or null (no PSC session, or a number our directory does not hold). */
export async function getOwnRecord(actor: Actor | null, psc: PscSession | null): Promise<OwnRecordView | null> {
  const rppsNumber = certifiedNumber(actor, psc);
  if (!rppsNumber) return null;
  const record = await prisma.rppsRecord.findUnique({
    where: { rppsNumber },
    select: {
      rppsNumber: true,
      practiceLastName: true,
      practiceFirstName: true,
      email: true,
      mobilePhone: true,
      situations: {
        orderBy: { startDate: 'desc' },
        select: { id: true, professionCode: true, startDate: true, endDate: true, establishment: { select: { name: true } } },
      },
      requests: { orderBy: { createdAt: 'desc' }, take: 20, select: { id: true, number: true, procedure: true, status: true, createdAt: true } },
    },
  });
  if (!record) return null;
  const phone = splitStoredPhone(record.mobilePhone);
  return {
    rppsNumber: record.rppsNumber,
    practiceLastName: record.practiceLastName,
    practiceFirstName: record.practiceFirstName,
    contact: {
      email: record.email,
      mobilePhone: record.mobilePhone ? formatStoredPhone(record.mobilePhone) : null,
      phoneCountry: phone.country,
      phoneNational: phone.national,
    },
    situations: record.situations.map((situation) => ({
      id: situation.id,
      establishment: situation.establishment.name,
      profession: rppsProfessionLabel(situation.professionCode),
      startDate: formatLongDay(situation.startDate),
      endDate: situation.endDate ? formatLongDay(situation.endDate) : null,
    })),
    history: record.requests.map(historyRow),
  };
}

/** « Modifier mes données de contact »: procedure « Modification d'informations ». */
export function changeOwnContact(actor: Actor | null, psc: PscSession | null, contact: Contact): Promise<UpdateOutcome> {
  return fileOwnUpdate(actor, psc, 'UPDATE_INFORMATION', (record) => contactChange(record, contact));
}

/** « Modifier mon nom et prénom d'exercice »: procedure « Modification du nom et prénom d'exercice ». */
export function changeOwnPracticeName(actor: Actor | null, psc: PscSession | null, names: PracticeNames): Promise<UpdateOutcome> {
  return fileOwnUpdate(actor, psc, 'CHANGE_PRACTICE_NAME', (record) => practiceNameChange(record, names));
}

async function fileOwnUpdate(
  actor: Actor | null,
  psc: PscSession | null,
  procedure: 'UPDATE_INFORMATION' | 'CHANGE_PRACTICE_NAME',
  change: (record: LockedRecord) => ReturnType<typeof contactChange>,
): Promise<UpdateOutcome> {
  const rppsNumber = certifiedNumber(actor, psc);
  if (!rppsNumber || !psc) throw new NotFoundError('rpps record');
  const filer: Filer = {
    userId: psc.userId,
    origin: 'PROFESSIONAL',
    status: 'SENT_TO_RPPS_BY_PROFESSIONAL',
    scope: { rppsNumber },
    // The record's email as it was is told, in the filing's transaction (decision 042, update 2026-12-08).
    onFiled: queueOwnChangeNotice,
  };
  return fileUpdate(filer, rppsNumber, procedure, (record) => ({ establishmentId: filedUnder(record), change: change(record) }));
}

/** The number this actor may act on: a volunteer's, certified by the PSC sign-in of this very session. */
function certifiedNumber(actor: Actor | null, psc: PscSession | null): string | null {
  if (!hasRole(actor, ['PROFESSIONAL']) || !psc || psc.userId !== actor.id) return null;
  return psc.rppsNumber;
}

/**
 * The establishment whose managers see the request in their list: where the person works now (their
 * latest open situation), else where they worked last. A record always keeps one situation (decision 033).
 */
function filedUnder(record: LockedRecord): string {
  const current = record.situations.find((situation) => situation.endDate === null) ?? record.situations[0];
  if (!current) throw new NotFoundError('rpps record');
  return current.establishmentId;
}
