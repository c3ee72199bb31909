import 'server-only';
import { randomBytes } from 'node:crypto';
import { prisma, type TransactionClient } from '@/lib/db';
import type { RppsRequestStatus } from '@/lib/generated/prisma/enums';
import { DomainError } from '@/lib/errors';
import { writeAudit } from '@/lib/audit';
import { hashToken } from '@/lib/auth/one-time-tokens';
import { hitAndCheck } from '@/lib/auth/rate-limit';
import { appUrl } from '@/lib/env';
import { enqueueEmail } from '@/lib/mail/outbox';
import type { DraftValues, PreRegistration } from '@/lib/validation/rpps';
import type { PreRegistrationDraft } from '@/lib/validation/rpps-procedures';
import { asDraftValues } from './draft';
import { RPPS_MESSAGES } from './messages';
import { establishmentWithManager, PRE_REGISTRATIONS_PER_IP, preRegistrationData, queueReceivedEmail } from './pre-registration';
import { readRequestData, summarise, toJson, type StoredRequestData } from './request-data';
import { nextRequestNumber } from './request-number';
import { assertTransition } from './status-machine';
import { moveRequest } from './transition';

// « Saisie par le professionnel » (guide §4: « la demande a été saisie par le professionnel »; decision
// 033): the professional saves their pre-registration without sending it, and gets an emailed link to
// come back. The draft is seen by the managers of the chosen establishment but waits for nobody; « Envoyer
// ma demande » from the link moves it to « En cours d'instruction », the same link's page can abandon it
// (« Abandonnée par le professionnel »). The link's token is stored hashed, as the abandon link's — it is
// the same token, so the « received » email of a sent draft can carry the abandon link.

export function resumeUrl(token: string): string {
  return `${appUrl()}/rpps/pre-enregistrement/reprendre?jeton=${encodeURIComponent(token)}`;
}

/** The form as typed, in the wizard's sections: the role and the end date are not the professional's to give. */
function draftData(input: PreRegistrationDraft): StoredRequestData & { contact: DraftValues } {
  const { token: _token, ...typed } = input;
  const { role: _role, endDate: _endDate, ...situation } = asDraftValues(typed, 3);
  const data = { origin: 'PROFESSIONAL' as const, civilStatus: asDraftValues(typed, 1), contact: asDraftValues(typed, 2), situation };
  return { ...data, summary: summarise(data) };
}

const firstNameOf = (data: StoredRequestData) => {
  const firstNames = data.civilStatus?.firstNames;
  return typeof firstNames === 'string' ? (firstNames.trim().split(' ')[0] ?? '') : '';
};

/** The draft of the link, locked for this transaction; only a draft can still change. */
async function lockDraftByToken(tx: TransactionClient, token: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "rpps_requests" WHERE "abandon_token_hash" = ${hashToken(token)} FOR UPDATE`;
  if (!locked) throw new DomainError(RPPS_MESSAGES.unknownLink);
  const draft = await tx.rppsRequest.findUniqueOrThrow({ where: { id: locked.id }, select: { id: true, number: true, status: true } });
  if (draft.status !== 'ENTERED_BY_PROFESSIONAL') throw new DomainError(RPPS_MESSAGES.draftClosed);
  return draft;
}

export interface SavedDraft {
  number: string;
  email: string;
  /** False when an existing draft was saved again from its link (no new email). */
  created: boolean;
}

/** « Enregistrer et terminer plus tard »: a new draft (and its emailed link), or the draft of the link saved again. */
export async function savePreRegistrationDraft(input: PreRegistrationDraft, context: { ip: string }): Promise<SavedDraft> {
  const establishment = await establishmentWithManager(input.establishmentId);
  const data = draftData(input);
  if (input.token) {
    const token = input.token;
    return prisma.$transaction(async (tx) => {
      const draft = await lockDraftByToken(tx, token);
      await tx.rppsRequest.update({ where: { id: draft.id }, data: { establishmentId: establishment.id, data: toJson(data) } });
      await writeAudit(tx, { actorId: null, action: 'rpps.pre-registration-saved', entityType: 'RppsRequest', entityId: draft.id });
      return { number: draft.number, email: input.email, created: false };
    });
  }
  // Each new draft writes a request and sends an email, as a sent pre-registration does: the same limit.
  if (await hitAndCheck(PRE_REGISTRATIONS_PER_IP, context.ip)) throw new DomainError(RPPS_MESSAGES.rateLimited);
  const token = randomBytes(32).toString('base64url');
  assertTransition('INITIAL_REGISTRATION', null, 'ENTERED_BY_PROFESSIONAL');
  return prisma.$transaction(async (tx) => {
    const number = await nextRequestNumber(tx);
    const request = await tx.rppsRequest.create({
      data: {
        number,
        procedure: 'INITIAL_REGISTRATION',
        status: 'ENTERED_BY_PROFESSIONAL',
        establishmentId: establishment.id,
        currentStep: 1,
        abandonTokenHash: hashToken(token),
        data: toJson(data),
      },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      to: input.email,
      template: 'rpps-pre-registration-saved',
      props: { firstName: firstNameOf(data), requestNumber: number, establishmentName: establishment.name, resumeUrl: resumeUrl(token) },
    });
    await writeAudit(tx, { actorId: null, action: 'rpps.pre-registration-saved', entityType: 'RppsRequest', entityId: request.id });
    return { number, email: input.email, created: true };
  });
}

/** « Envoyer ma demande » from the draft's link: checked as a new pre-registration, then « En cours d'instruction ». */
export async function sendPreRegistrationDraft(token: string, input: PreRegistration): Promise<{ number: string; email: string }> {
  const establishment = await establishmentWithManager(input.establishmentId);
  const data = preRegistrationData(input);
  return prisma.$transaction(async (tx) => {
    const draft = await lockDraftByToken(tx, token);
    await moveRequest(tx, {
      id: draft.id,
      procedure: 'INITIAL_REGISTRATION',
      from: 'ENTERED_BY_PROFESSIONAL',
      to: 'UNDER_REVIEW',
      set: { establishmentId: establishment.id, currentStep: 5, submittedAt: new Date(), data: toJson(data) },
    });
    await queueReceivedEmail(tx, { email: input.email, firstNames: input.firstNames, number: draft.number, establishmentName: establishment.name, token });
    await writeAudit(tx, { actorId: null, action: 'rpps.pre-registration', entityType: 'RppsRequest', entityId: draft.id });
    return { number: draft.number, email: input.email };
  });
}

export interface DraftView {
  number: string;
  status: RppsRequestStatus;
  /** Still a draft: the form opens with what was saved. */
  resumable: boolean;
  values: DraftValues;
  establishmentLabel: string;
}

/** For the link's page: the draft as saved, or only its number and status once sent or abandoned. */
export async function findDraftByToken(token: string): Promise<DraftView | null> {
  const row = await prisma.rppsRequest.findUnique({
    where: { abandonTokenHash: hashToken(token) },
    select: { number: true, status: true, data: true, establishment: { select: { finess: true, siret: true, name: true, city: true } } },
  });
  if (!row) return null;
  const resumable = row.status === 'ENTERED_BY_PROFESSIONAL';
  const data = resumable ? readRequestData(row.data) : {};
  const { establishment } = row;
  return {
    number: row.number,
    status: row.status,
    resumable,
    values: { ...data.civilStatus, ...data.contact, ...data.situation },
    establishmentLabel: resumable ? `${establishment.finess ?? establishment.siret ?? ''} - ${establishment.name} (${establishment.city})` : '',
  };
}
