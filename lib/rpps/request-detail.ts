import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { RppsProcedure, RppsRequestStatus } from '@/lib/generated/prisma/enums';
import { rppsRecordScope, rppsRequestScope } from '@/lib/access/scope';
import { formatParisDay } from '@/lib/dates/format';
import { NOT_ASSIGNED, requestHeading } from '@/lib/rpps/shared/labels';
import { readRequestData } from './request-data';
import { isRppsManager } from '@/lib/access/checks';
import { isUuid } from '@/lib/identifiers/uuid';
import { describeChange, describeRegistration, type SummarySection } from './summary-view';

// One request as its page shows it: status, procedure, number, the summary of what it holds, and for a
// pre-registration under review the manager's « Valider » / « Refuser ».

export interface RequestDetail {
  id: string;
  number: string;
  status: RppsRequestStatus;
  statusLabel: string;
  procedure: RppsProcedure;
  procedureLabel: string;
  origin: 'MANAGER' | 'PROFESSIONAL';
  date: string;
  decidedOn: string | null;
  rppsNumber: string;
  /** The record's page, once the person is registered and while they are among the manager's records. */
  recordNumber: string | null;
  refusalReason: string | null;
  meetingConfirmed: boolean;
  sections: SummarySection[];
  /** A pre-registration waiting for this manager. */
  awaitsDecision: boolean;
}

export async function getRequestDetail(actor: Actor | null, requestId: string): Promise<RequestDetail | null> {
  if (!isRppsManager(actor) || !isUuid(requestId)) return null;
  const row = await prisma.rppsRequest.findFirst({
    where: { AND: [{ id: requestId }, rppsRequestScope(actor)] },
    select: {
      id: true,
      number: true,
      status: true,
      procedure: true,
      data: true,
      createdAt: true,
      decidedAt: true,
      refusalReason: true,
      meetingConfirmed: true,
      establishmentId: true,
      record: { select: { rppsNumber: true } },
    },
  });
  if (!row) return null;
  const data = readRequestData(row.data);
  // A cancelled situation can take the person out of this manager's records: no link to a page they cannot open.
  const recordInScope =
    row.record !== null && (await prisma.rppsRecord.count({ where: { AND: [{ rppsNumber: row.record.rppsNumber }, rppsRecordScope(actor)] } })) > 0;
  const sections = data.change ? await describeChange(data.change, row.establishmentId) : await describeRegistration(data);
  return {
    ...requestHeading(row),
    origin: data.origin ?? 'MANAGER',
    date: formatParisDay(row.createdAt),
    decidedOn: row.decidedAt ? formatParisDay(row.decidedAt) : null,
    rppsNumber: row.record?.rppsNumber ?? NOT_ASSIGNED,
    recordNumber: recordInScope ? (row.record?.rppsNumber ?? null) : null,
    refusalReason: row.refusalReason,
    meetingConfirmed: row.meetingConfirmed,
    sections,
    awaitsDecision: row.status === 'UNDER_REVIEW',
  };
}
