import 'server-only';
import { z } from '@/lib/validation/zod';
import type { Actor } from '@/lib/access/actor';
import type { TransactionClient } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { rppsRequestScope } from '@/lib/access/scope';
import { civilStatusSchema, contactSchema, legalSchema, situationSchema, type DraftValues, type WizardStep } from '@/lib/validation/rpps';
import { readRequestData, type StoredRequestData } from './request-data';

// The manager's registration draft (« En cours d'enregistrement »), step by step.

export const STEP_KEYS = { 1: 'civilStatus', 2: 'contact', 3: 'situation', 4: 'legal' } as const satisfies Record<WizardStep, keyof StoredRequestData>;

export const STEP_SCHEMAS: Record<WizardStep, z.ZodType> = { 1: civilStatusSchema, 2: contactSchema, 3: situationSchema, 4: legalSchema };

/** The fields of each step: a draft keeps these and nothing else a browser might send. */
const STEP_FIELDS: Record<WizardStep, readonly string[]> = {
  1: Object.keys(civilStatusSchema.shape),
  2: Object.keys(contactSchema.shape),
  3: Object.keys(situationSchema.shape),
  4: Object.keys(legalSchema.shape),
};

/** The step after the last one: « Confirmez la demande », then « Envoyer ». */
export const CONFIRMATION_STEP = 5;

export interface Draft {
  id: string;
  number: string;
  currentStep: number;
  establishmentId: string;
  data: StoredRequestData;
}

/**
 * The draft, locked for this transaction (two tabs saving two steps at once must not lose one), or
 * « not found » when it is not a draft of the actor's establishments.
 */
export async function lockDraft(tx: TransactionClient, actor: Actor, requestId: string): Promise<Draft> {
  await tx.$queryRaw`SELECT "id" FROM "rpps_requests" WHERE "id" = ${requestId} FOR UPDATE`;
  const row = await tx.rppsRequest.findFirst({
    where: { AND: [{ id: requestId, procedure: 'INITIAL_REGISTRATION', status: 'REGISTRATION_IN_PROGRESS' }, rppsRequestScope(actor)] },
    select: { id: true, number: true, currentStep: true, establishmentId: true, data: true },
  });
  if (!row) throw new NotFoundError('rpps draft');
  return { ...row, data: readRequestData(row.data) };
}

/** Values of a step as the JSON column keeps them (strings, ticks and nulls only). */
export function asDraftValues(values: Record<string, unknown>, step?: WizardStep): DraftValues {
  const draft: DraftValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (step && !STEP_FIELDS[step].includes(key)) continue;
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) draft[key] = value;
  }
  return draft;
}
