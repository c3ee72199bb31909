import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { isRppsManager, managesEstablishment, requireRppsManager } from '@/lib/access/checks';
import { rppsRequestScope } from '@/lib/access/scope';
import { writeAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { isUuid } from '@/lib/identifiers/uuid';
import type { DraftValues } from '@/lib/validation/rpps';
import type { PreRegistrationCorrection } from '@/lib/validation/rpps-procedures';
import { asDraftValues } from './draft';
import { RPPS_MESSAGES } from './messages';
import { lockUnderReview } from './pre-registration';
import { readRequestData, summarise, toJson } from './request-data';
import { describeRegistration, type SummarySection } from './summary-view';

// The manager corrects a pre-registration before validating it (guide §4, step 3: « Vérifiez
// l'exactitude des informations saisies par le professionnel »; decision 033). Contact and practice data
// only: the état civil is never taken from this form — the schema refuses it and nothing here writes it.
// The request stays « En cours d'instruction »: a correction is not a decision.

const CONTACT_FIELDS = ['email', 'mobilePhoneCountry', 'mobilePhone'] as const;
const SITUATION_FIELDS = ['practiceLastName', 'practiceFirstName', 'establishmentId', 'professionCode', 'practiceMode', 'startDate'] as const;

const asText = (value: DraftValues[string] | undefined) => (value === null || value === undefined ? '' : String(value));

/** The fields whose value differs from the stored one, by their form name. */
function changedFields(before: DraftValues, after: DraftValues, fields: readonly string[]): string[] {
  return fields.filter((field) => asText(before[field]) !== asText(after[field]));
}

export async function correctPreRegistration(actor: Actor | null, input: PreRegistrationCorrection): Promise<{ requestId: string; fields: string[] }> {
  const manager = requireRppsManager(actor);
  return prisma.$transaction(async (tx) => {
    // The request first: another establishment's answers « not found » whatever the values say.
    const request = await lockUnderReview(tx, manager, input.requestId);
    if (!managesEstablishment(manager, input.establishmentId)) throw new DomainError(RPPS_MESSAGES.establishmentOutOfScope, 'establishmentId');
    const before = { contact: request.data.contact ?? {}, situation: request.data.situation ?? {} };
    const contact = asDraftValues({ email: input.email, mobilePhoneCountry: input.mobilePhoneCountry, mobilePhone: input.mobilePhone ?? '' });
    const situation = asDraftValues({ ...before.situation, ...Object.fromEntries(SITUATION_FIELDS.map((field) => [field, input[field]])) });
    const fields = [...changedFields(before.contact, contact, CONTACT_FIELDS), ...changedFields(before.situation, situation, SITUATION_FIELDS)];
    if (fields.length === 0) throw new DomainError(RPPS_MESSAGES.nothingChanged);

    const data = { ...request.data, contact, situation };
    await tx.rppsRequest.update({
      where: { id: request.id },
      data: { establishmentId: input.establishmentId, data: toJson({ ...data, summary: summarise(data) }) },
    });
    // Which fields, not their values: the request itself holds the data, the journal who changed it.
    await writeAudit(tx, {
      actorId: manager.id,
      action: 'rpps.pre-registration-corrected',
      entityType: 'RppsRequest',
      entityId: request.id,
      details: { fields },
    });
    return { requestId: request.id, fields };
  });
}

function pick(values: DraftValues | undefined, fields: readonly string[]): DraftValues {
  const picked: DraftValues = {};
  for (const field of fields) {
    const value = values?.[field];
    if (value !== undefined) picked[field] = value;
  }
  return picked;
}

export interface CorrectionView {
  id: string;
  number: string;
  /** The état civil, shown read-only. */
  civilStatus: SummarySection;
  /** The form's initial values: what the professional typed, or the last correction. */
  values: DraftValues;
}

/** For the correction page: a pre-registration of the manager's establishments still under review, or null (→ 404). */
export async function getCorrectionView(actor: Actor | null, requestId: string): Promise<CorrectionView | null> {
  if (!isRppsManager(actor) || !isUuid(requestId)) return null;
  const row = await prisma.rppsRequest.findFirst({
    where: { AND: [{ id: requestId, procedure: 'INITIAL_REGISTRATION', status: 'UNDER_REVIEW' }, rppsRequestScope(actor)] },
    select: { id: true, number: true, data: true },
  });
  if (!row) return null;
  const data = readRequestData(row.data);
  const [civilStatus] = await describeRegistration({ civilStatus: data.civilStatus });
  return {
    id: row.id,
    number: row.number,
    civilStatus: civilStatus!,
    values: { ...pick(data.contact, CONTACT_FIELDS), ...pick(data.situation, SITUATION_FIELDS) },
  };
}
