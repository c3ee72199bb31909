import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RppsProcedure, RppsRequestStatus } from '@/lib/generated/prisma/enums';
import { establishmentScope, rppsRecordScope, rppsRequestScope } from '@/lib/access/scope';
import { formatParisDay } from '@/lib/dates/format';
import { foldName } from '@/lib/rpps/shared/fold';
import { NOT_ASSIGNED, requestHeading } from '@/lib/rpps/shared/labels';
import { rppsProfessionLabel } from '@/lib/rpps/shared/professions';
import type { RequestListQuery } from '@/lib/validation/rpps';
import { readRequestData } from './request-data';
import { isRppsManager } from '@/lib/access/checks';

// What the RPPS+ pages read: the home counts, the manager's establishments and the requests list
// (SPEC §8, guide §4). Everything ANDs the actor's scope; another role gets nothing.

export const REQUESTS_PAGE_SIZE = 10;

export interface ManagedEstablishment {
  id: string;
  finess: string | null;
  siret: string | null;
  name: string;
  city: string;
  /** « 310100017 - Centre hospitalier… »: what the establishment field shows and searches. */
  label: string;
}

export async function listManagedEstablishments(actor: Actor | null): Promise<ManagedEstablishment[]> {
  if (!isRppsManager(actor)) return [];
  const rows = await prisma.establishment.findMany({
    where: establishmentScope(actor),
    orderBy: { name: 'asc' },
    select: { id: true, finess: true, siret: true, name: true, city: true },
  });
  return rows.map((row) => ({ ...row, label: `${row.finess ?? row.siret ?? ''} - ${row.name} (${row.city})` }));
}

export interface RppsHome {
  establishmentCount: number;
  underReview: number;
  drafts: number;
  records: number;
}

export async function getRppsHome(actor: Actor | null): Promise<RppsHome> {
  if (!isRppsManager(actor)) return { establishmentCount: 0, underReview: 0, drafts: 0, records: 0 };
  const scope = rppsRequestScope(actor);
  const [underReview, drafts, records] = await Promise.all([
    prisma.rppsRequest.count({ where: { AND: [scope, { status: 'UNDER_REVIEW' }] } }),
    prisma.rppsRequest.count({ where: { AND: [scope, { status: 'REGISTRATION_IN_PROGRESS' }] } }),
    prisma.rppsRecord.count({ where: rppsRecordScope(actor) }),
  ]);
  return { establishmentCount: actor.establishmentIds.length, underReview, drafts, records };
}

export interface RequestRow {
  id: string;
  number: string;
  status: RppsRequestStatus;
  statusLabel: string;
  procedure: RppsProcedure;
  procedureLabel: string;
  /** « DUPONT Nathalie », as the guide's list shows it. */
  name: string;
  rppsNumber: string;
  profession: string;
  establishment: string;
  date: string;
  /** A draft reopens the wizard where it stopped; anything else opens the request. */
  href: string;
}

export interface RequestList {
  rows: RequestRow[];
  total: number;
  page: number;
  pageSize: number;
}

function listWhere(actor: Actor, query: RequestListQuery): Prisma.RppsRequestWhereInput {
  const words = foldName(query.nom ?? '')
    .split(' ')
    .filter(Boolean);
  const number = query.etablissement?.replace(/\s+/g, '').toUpperCase();
  return {
    AND: [
      rppsRequestScope(actor),
      query.statut.length ? { status: { in: query.statut } } : {},
      query.procedure.length ? { procedure: { in: query.procedure } } : {},
      // « Si votre établissement n'a pas de numéro FINESS, vous pouvez le rechercher par le numéro SIRET. »
      // A vaccination centre has neither: it is known by its GID (SPEC §6.1), which is searched too.
      number ? { establishment: { OR: [{ finess: { startsWith: number } }, { siret: { startsWith: number } }, { gid: { startsWith: number } }] } } : {},
      // Every word must be in one of the person's names (folded: accents and case do not matter).
      ...words.map((word) => ({ data: { path: ['summary', 'search'], string_contains: word } })),
    ],
  };
}

/** « Liste des demandes »: filters, newest first, 10 per page. */
export async function listRequests(actor: Actor | null, query: RequestListQuery): Promise<RequestList> {
  if (!isRppsManager(actor)) return { rows: [], total: 0, page: 1, pageSize: REQUESTS_PAGE_SIZE };
  const where = listWhere(actor, query);
  const total = await prisma.rppsRequest.count({ where });
  const lastPage = Math.max(1, Math.ceil(total / REQUESTS_PAGE_SIZE));
  const page = Math.min(query.page, lastPage);
  const rows = await prisma.rppsRequest.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { number: 'desc' }],
    skip: (page - 1) * REQUESTS_PAGE_SIZE,
    take: REQUESTS_PAGE_SIZE,
    select: {
      id: true,
      number: true,
      status: true,
      procedure: true,
      currentStep: true,
      data: true,
      createdAt: true,
      record: { select: { rppsNumber: true } },
      establishment: { select: { finess: true, siret: true, gid: true } },
    },
  });
  return {
    total,
    page,
    pageSize: REQUESTS_PAGE_SIZE,
    rows: rows.map((row) => {
      const summary = readRequestData(row.data).summary;
      return {
        ...requestHeading(row),
        name: summary ? `${summary.lastName.toUpperCase()} ${summary.firstName}`.trim() : '',
        rppsNumber: row.record?.rppsNumber ?? NOT_ASSIGNED,
        profession: summary?.professionCode ? rppsProfessionLabel(summary.professionCode) : '',
        establishment: row.establishment.finess ?? row.establishment.siret ?? row.establishment.gid ?? '',
        date: formatParisDay(row.createdAt),
        href: row.status === 'REGISTRATION_IN_PROGRESS' ? `/rpps/enregistrement/${row.id}/etape/${Math.min(row.currentStep, 5)}` : `/rpps/demandes/${row.id}`,
      };
    }),
  };
}
