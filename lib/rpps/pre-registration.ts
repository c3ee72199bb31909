import 'server-only';
import { randomBytes } from 'node:crypto';
import { prisma, type TransactionClient } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import type { RppsRequestStatus } from '@/lib/generated/prisma/enums';
import { DomainError, NotFoundError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { hashToken } from '@/lib/auth/one-time-tokens';
import { hitAndCheck, type RateLimitRule } from '@/lib/auth/rate-limit';
import { rppsRequestScope } from '@/lib/access/scope';
import { appUrl } from '@/lib/env';
import { enqueueEmail } from '@/lib/mail/outbox';
import { COMMUNE_FROM_LIST, civilStatusSchema, type PreRegistration } from '@/lib/validation/rpps';
import type { RppsRoleCode } from '@/lib/rpps/shared/roles';
import { normaliseBirthCommune } from './birth-commune';
import { asDraftValues } from './draft';
import { findSameIdentity } from './identity';
import { RPPS_MESSAGES } from './messages';
import { readRequestData, summarise, toJson, type StoredRequestData } from './request-data';
import { nextRequestNumber } from './request-number';
import { requireRppsManager } from '@/lib/access/checks';
import { assertTransition } from './status-machine';
import { moveRequest } from './transition';

// Pre-registration by the professional (SPEC §8, guide §4): they enter their own data on a public page
// and choose their establishment; the request waits « En cours d'instruction » for that establishment's
// RPPS managers, who meet them, then validate (→ « Envoyée au RPPS » → number) or refuse it. Until then
// the professional can abandon it through the link of their confirmation email.

/** Each one writes a request and sends an email: a whole hospital may share one address, so generous. */
export const PRE_REGISTRATIONS_PER_IP: RateLimitRule = { name: 'rpps-pre-registration:ip', limit: 30, windowSeconds: 3600 };

/** Only establishments with an RPPS manager: someone must be able to instruct the request. */
const WITH_MANAGER = { memberships: { some: { user: { role: 'RPPS_MANAGER' as const, status: 'ACTIVE' as const } } } };

export interface PublicEstablishment {
  id: string;
  label: string;
}

/** « Établissement* » of the public form: searched by FINESS (or SIRET) or by name. */
export async function searchPreRegistrationEstablishments(text: string): Promise<PublicEstablishment[]> {
  const query = text.trim();
  if (query.length < 2) return [];
  const digits = query.replace(/\s+/g, '');
  const byNumber = /^\d{2,14}$/.test(digits) || /^2[AB]\d*$/i.test(digits);
  const rows = await prisma.establishment.findMany({
    where: {
      AND: [
        WITH_MANAGER,
        byNumber
          ? { OR: [{ finess: { startsWith: digits.toUpperCase() } }, { siret: { startsWith: digits } }] }
          : { name: { contains: query, mode: 'insensitive' } },
      ],
    },
    orderBy: { name: 'asc' },
    take: 10,
    select: { id: true, finess: true, siret: true, name: true, city: true },
  });
  return rows.map((row) => ({ id: row.id, label: `${row.finess ?? row.siret ?? ''} - ${row.name} (${row.city})` }));
}

export function abandonUrl(token: string): string {
  return `${appUrl()}/rpps/pre-enregistrement/abandon?jeton=${encodeURIComponent(token)}`;
}

/** The establishment the professional chose, if someone there can instruct the request. */
export async function establishmentWithManager(id: string): Promise<{ id: string; name: string }> {
  const establishment = await prisma.establishment.findFirst({ where: { id, ...WITH_MANAGER }, select: { id: true, name: true } });
  if (!establishment) throw new DomainError(RPPS_MESSAGES.noManager, 'establishmentId');
  return establishment;
}

/** What the request keeps of the professional's form: the sections of the manager's wizard, and its summary. */
export function preRegistrationData(input: PreRegistration): StoredRequestData {
  const commune = normaliseBirthCommune(input);
  if (!commune) throw new DomainError(COMMUNE_FROM_LIST, 'birthCommuneName');
  const { email, mobilePhoneCountry, mobilePhone, termsAccepted: _terms, ...rest } = input;
  const { establishmentId, professionCode, practiceMode, startDate, practiceLastName, practiceFirstName, ...civil } = rest;
  const data = {
    origin: 'PROFESSIONAL' as const,
    civilStatus: asDraftValues({ ...civil, birthCommuneName: commune.name, birthCommuneCode: commune.code ?? '' }),
    contact: asDraftValues({ email, mobilePhoneCountry, mobilePhone: mobilePhone ?? '' }),
    situation: asDraftValues({ practiceLastName, practiceFirstName, establishmentId, professionCode, practiceMode, startDate }),
  };
  return { ...data, summary: summarise(data) };
}

/** « Votre demande d'enregistrement RPPS a bien été reçue », with the link to abandon it. */
export async function queueReceivedEmail(
  tx: TransactionClient,
  receipt: { email: string; firstNames: string; number: string; establishmentName: string; token: string },
): Promise<void> {
  await enqueueEmail(tx, {
    to: receipt.email,
    template: 'rpps-pre-registration-received',
    props: {
      firstName: receipt.firstNames.split(' ')[0] ?? receipt.firstNames,
      requestNumber: receipt.number,
      establishmentName: receipt.establishmentName,
      abandonUrl: abandonUrl(receipt.token),
    },
  });
}

export async function submitPreRegistration(input: PreRegistration, context: { ip: string }): Promise<{ number: string; email: string }> {
  if (await hitAndCheck(PRE_REGISTRATIONS_PER_IP, context.ip)) throw new DomainError(RPPS_MESSAGES.rateLimited);
  const establishment = await establishmentWithManager(input.establishmentId);
  const data = preRegistrationData(input);
  const token = randomBytes(32).toString('base64url');
  assertTransition('INITIAL_REGISTRATION', null, 'UNDER_REVIEW');
  return prisma.$transaction(async (tx) => {
    const number = await nextRequestNumber(tx);
    const request = await tx.rppsRequest.create({
      data: {
        number,
        procedure: 'INITIAL_REGISTRATION',
        status: 'UNDER_REVIEW',
        establishmentId: establishment.id,
        currentStep: 5,
        submittedAt: new Date(),
        abandonTokenHash: hashToken(token),
        data: toJson(data),
      },
      select: { id: true },
    });
    await queueReceivedEmail(tx, { email: input.email, firstNames: input.firstNames, number, establishmentName: establishment.name, token });
    await writeAudit(tx, { actorId: null, action: 'rpps.pre-registration', entityType: 'RppsRequest', entityId: request.id });
    return { number, email: input.email };
  });
}

/** For the abandon page: which request the link is for, without revealing anything else. */
export async function findRequestByAbandonToken(token: string): Promise<{ number: string; status: RppsRequestStatus; canAbandon: boolean } | null> {
  const row = await prisma.rppsRequest.findUnique({ where: { abandonTokenHash: hashToken(token) }, select: { number: true, status: true, procedure: true } });
  if (!row) return null;
  return { number: row.number, status: row.status, canAbandon: row.status === 'UNDER_REVIEW' || row.status === 'ENTERED_BY_PROFESSIONAL' };
}

/** « Abandonner ma demande », from the emailed link (a POST from the page, never the GET of the link). */
export async function abandonPreRegistration(token: string): Promise<{ number: string }> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.rppsRequest.findUnique({
      where: { abandonTokenHash: hashToken(token) },
      select: { id: true, number: true, status: true, procedure: true },
    });
    if (!row) throw new DomainError(RPPS_MESSAGES.unknownLink);
    if (row.status !== 'UNDER_REVIEW' && row.status !== 'ENTERED_BY_PROFESSIONAL') throw new DomainError(RPPS_MESSAGES.cannotAbandon);
    await moveRequest(tx, { id: row.id, procedure: row.procedure, from: row.status, to: 'ABANDONED_BY_PROFESSIONAL', set: { decidedAt: new Date() } });
    await writeAudit(tx, { actorId: null, action: 'rpps.pre-registration-abandoned', entityType: 'RppsRequest', entityId: row.id });
    return { number: row.number };
  });
}

/** A pre-registration of the actor's establishments waiting for them, locked for this transaction. */
export async function lockUnderReview(tx: TransactionClient, actor: Actor, requestId: string) {
  await tx.$queryRaw`SELECT "id" FROM "rpps_requests" WHERE "id" = ${requestId} FOR UPDATE`;
  const row = await tx.rppsRequest.findFirst({
    where: { AND: [{ id: requestId, procedure: 'INITIAL_REGISTRATION' }, rppsRequestScope(actor)] },
    select: { id: true, number: true, status: true, establishmentId: true, data: true },
  });
  if (!row) throw new NotFoundError('rpps request');
  if (row.status === 'ENTERED_BY_PROFESSIONAL') throw new DomainError(RPPS_MESSAGES.notSentYet);
  if (row.status !== 'UNDER_REVIEW') throw new DomainError(RPPS_MESSAGES.alreadyProcessed);
  return { ...row, data: readRequestData(row.data) };
}

/**
 * « Valider »: the manager met the professional (the tick is required), gives the role — the
 * registration authority's responsibility — and sends the request to the directory.
 */
export async function validatePreRegistration(
  actor: Actor | null,
  input: { requestId: string; role: RppsRoleCode },
): Promise<{ requestId: string; number: string }> {
  const manager = requireRppsManager(actor);
  return prisma.$transaction(async (tx) => {
    const request = await lockUnderReview(tx, manager, input.requestId);
    const civil = civilStatusSchema.safeParse(request.data.civilStatus ?? {});
    if (civil.success && (await findSameIdentity(tx, civil.data))) throw new DomainError(RPPS_MESSAGES.sameIdentity);
    const data = { ...request.data, situation: { ...request.data.situation, role: input.role } };
    await moveRequest(tx, {
      id: request.id,
      procedure: 'INITIAL_REGISTRATION',
      from: 'UNDER_REVIEW',
      to: 'SENT_TO_RPPS',
      set: { meetingConfirmed: true, data: toJson({ ...data, summary: summarise(data) }) },
    });
    await writeAudit(tx, { actorId: manager.id, action: 'rpps.pre-registration-validated', entityType: 'RppsRequest', entityId: request.id });
    return { requestId: request.id, number: request.number };
  });
}

/** « Refuser », with a reason the professional receives by email. */
export async function refusePreRegistration(actor: Actor | null, input: { requestId: string; reason: string }): Promise<{ number: string }> {
  const manager = requireRppsManager(actor);
  return prisma.$transaction(async (tx) => {
    const request = await lockUnderReview(tx, manager, input.requestId);
    await moveRequest(tx, {
      id: request.id,
      procedure: 'INITIAL_REGISTRATION',
      from: 'UNDER_REVIEW',
      to: 'REFUSED_BY_AUTHORITY',
      set: { refusalReason: input.reason, decidedAt: new Date() },
    });
    const email = request.data.contact?.email;
    const firstNames = request.data.civilStatus?.firstNames;
    if (typeof email === 'string' && email) {
      await enqueueEmail(tx, {
        to: email,
        template: 'rpps-request-refused',
        props: { firstName: typeof firstNames === 'string' ? (firstNames.split(' ')[0] ?? '') : '', requestNumber: request.number, reason: input.reason },
      });
    }
    await writeAudit(tx, { actorId: manager.id, action: 'rpps.pre-registration-refused', entityType: 'RppsRequest', entityId: request.id });
    return { number: request.number };
  });
}
