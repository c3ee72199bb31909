import 'server-only';
import { prisma } from '@/lib/db';
import type { RppsProcedure, RppsRequestStatus } from '@/lib/generated/prisma/enums';
import type { Actor } from '@/lib/access/actor';
import { rppsRecordScope, rppsRequestScope } from '@/lib/access/scope';
import { countryName } from '@/lib/rpps/shared/countries';
import { toIsoDay } from '@/lib/dates/days';
import { formatLongDay, formatParisDay } from '@/lib/dates/format';
import { CIVILITY_LABELS, PRACTICE_MODE_LABELS, RPPS_PROCEDURE_LABELS, RPPS_STATUS_LABELS, SEX_LABELS } from '@/lib/rpps/shared/labels';
import { formatStoredPhone, splitStoredPhone } from '@/lib/rpps/shared/phone-codes';
import { rppsProfessionLabel } from '@/lib/rpps/shared/professions';
import { rppsRoleLabel } from '@/lib/rpps/shared/roles';
import { RPPS_NUMBER_FORMAT, type RecordSearchQuery } from '@/lib/validation/rpps';
import { isRppsManager, managesEstablishment } from '@/lib/access/checks';

// Registered persons as the manager reads them (guide §5): the search, and the record page with its
// situations and the history of its requests. Every function answers null or nothing out of scope.

export interface RecordSearchResult {
  rppsNumber: string;
  practiceLastName: string;
  practiceFirstName: string;
  /** False for a person registered by another establishment, found by their exact number: only « Ajouter une situation ». */
  inScope: boolean;
}

/**
 * « Numéro RPPS », « Nom d'exercice », « Prénom d'exercice ». Names search the records of the manager's
 * establishments. An exact number also finds a person registered elsewhere, with their practice name
 * only — what the public Annuaire Santé shows — so that a new employer can add a situation.
 */
export async function searchRecords(actor: Actor | null, query: RecordSearchQuery): Promise<RecordSearchResult[]> {
  if (!isRppsManager(actor)) return [];
  const select = { rppsNumber: true, practiceLastName: true, practiceFirstName: true } as const;
  const number = query.rpps?.replace(/\s+/g, '');
  if (number) {
    if (!RPPS_NUMBER_FORMAT.test(number)) return [];
    const record = await prisma.rppsRecord.findUnique({ where: { rppsNumber: number }, select: { ...select, id: true } });
    if (!record) return [];
    const inScope = (await prisma.rppsRecord.count({ where: { AND: [{ id: record.id }, rppsRecordScope(actor)] } })) > 0;
    return [{ rppsNumber: record.rppsNumber, practiceLastName: record.practiceLastName, practiceFirstName: record.practiceFirstName, inScope }];
  }
  if (!query.nom && !query.prenom) return [];
  const rows = await prisma.rppsRecord.findMany({
    where: {
      AND: [
        rppsRecordScope(actor),
        query.nom ? { practiceLastName: { contains: query.nom, mode: 'insensitive' } } : {},
        query.prenom ? { practiceFirstName: { contains: query.prenom, mode: 'insensitive' } } : {},
      ],
    },
    orderBy: [{ practiceLastName: 'asc' }, { practiceFirstName: 'asc' }],
    take: 50,
    select,
  });
  return rows.map((row) => ({ ...row, inScope: true }));
}

export interface SituationView {
  id: string;
  establishment: string;
  profession: string;
  role: string;
  practiceMode: string | null;
  startDate: string;
  endDate: string | null;
  /** Open, and in one of the manager's establishments: « Fermer la situation ». */
  canClose: boolean;
  /** In one of the manager's establishments, and not the person's only one: « Annuler la situation » (decision 033). */
  canCancel: boolean;
  startDateIso: string;
}

export interface RecordView {
  rppsNumber: string;
  civil: {
    civility: string;
    sex: string;
    birthLastName: string;
    usageLastName: string | null;
    firstNames: string;
    birthDate: string;
    birthCountry: string;
    birthCommune: string;
  };
  contact: { email: string; mobilePhone: string | null; phoneCountry: string; phoneNational: string };
  practiceLastName: string;
  practiceFirstName: string;
  identityVerified: boolean;
  situations: SituationView[];
  history: { id: string; number: string; procedure: string; status: string; date: string }[];
}

export async function getRecordView(actor: Actor | null, rppsNumber: string): Promise<RecordView | null> {
  if (!isRppsManager(actor) || !RPPS_NUMBER_FORMAT.test(rppsNumber)) return null;
  const record = await prisma.rppsRecord.findFirst({
    where: { AND: [{ rppsNumber }, rppsRecordScope(actor)] },
    include: {
      situations: { orderBy: { startDate: 'asc' }, include: { establishment: { select: { finess: true, siret: true, name: true } } } },
      requests: {
        where: rppsRequestScope(actor),
        orderBy: { createdAt: 'desc' },
        select: { id: true, number: true, procedure: true, status: true, createdAt: true },
      },
    },
  });
  if (!record) return null;
  const phone = splitStoredPhone(record.mobilePhone);
  return {
    rppsNumber: record.rppsNumber,
    civil: {
      civility: CIVILITY_LABELS[record.civility],
      sex: SEX_LABELS[record.sex],
      birthLastName: record.birthLastName,
      usageLastName: record.usageLastName,
      firstNames: [record.firstNames, record.secondFirstName, record.thirdFirstName].filter(Boolean).join(', '),
      birthDate: formatLongDay(record.birthDate),
      birthCountry: countryName(record.birthCountry),
      birthCommune: record.birthCommuneCode ? `${record.birthCommuneName} (${record.birthCommuneCode})` : record.birthCommuneName,
    },
    contact: {
      email: record.email,
      mobilePhone: record.mobilePhone ? formatStoredPhone(record.mobilePhone) : null,
      phoneCountry: phone.country,
      phoneNational: phone.national,
    },
    practiceLastName: record.practiceLastName,
    practiceFirstName: record.practiceFirstName,
    identityVerified: record.identityVerified,
    situations: record.situations.map((situation) => ({
      id: situation.id,
      establishment: `${situation.establishment.finess ?? situation.establishment.siret ?? ''} - ${situation.establishment.name}`,
      profession: rppsProfessionLabel(situation.professionCode),
      role: rppsRoleLabel(situation.role),
      practiceMode: situation.practiceMode ? PRACTICE_MODE_LABELS[situation.practiceMode] : null,
      startDate: formatLongDay(situation.startDate),
      startDateIso: toIsoDay(situation.startDate),
      endDate: situation.endDate ? formatLongDay(situation.endDate) : null,
      canClose: situation.endDate === null && managesEstablishment(actor, situation.establishmentId),
      canCancel: record.situations.length > 1 && managesEstablishment(actor, situation.establishmentId),
    })),
    history: record.requests.map(historyRow),
  };
}

export type HistoryRow = RecordView['history'][number];

/** One line of a record's « Historique des demandes » (the manager's record page, « Mon enregistrement RPPS »). */
export function historyRow(request: { id: string; number: string; procedure: RppsProcedure; status: RppsRequestStatus; createdAt: Date }): HistoryRow {
  return {
    id: request.id,
    number: request.number,
    procedure: RPPS_PROCEDURE_LABELS[request.procedure],
    status: RPPS_STATUS_LABELS[request.status],
    date: formatParisDay(request.createdAt),
  };
}

/** « Ajouter une situation »: any registered person, known by their exact number, with their practice name only. */
export async function getRecordForNewSituation(actor: Actor | null, rppsNumber: string): Promise<RecordSearchResult | null> {
  if (!isRppsManager(actor)) return null;
  const [result] = await searchRecords(actor, { rpps: rppsNumber });
  return result ?? null;
}
