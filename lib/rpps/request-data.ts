import 'server-only';
import { z } from '@/lib/validation/zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { foldName } from '@/lib/rpps/shared/fold';
import { draftValuesSchema, type DraftValues } from '@/lib/validation/rpps';

// The `data` column of a request. Registrations keep each wizard step as typed (a draft may be
// incomplete); updates keep what changed, before and after — the record's history. A `summary` is
// written with every save so that the list can show and search names without parsing the steps.

const situationChangeSchema = z.object({
  establishmentId: z.string(),
  professionCode: z.string(),
  role: z.string(),
  practiceMode: z.enum(['EMPLOYEE', 'LIBERAL', 'VOLUNTEER']).nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
});

const contactValuesSchema = z.object({ email: z.string(), mobilePhone: z.string().nullable() });
const practiceNameValuesSchema = z.object({ practiceLastName: z.string(), practiceFirstName: z.string() });

export const changeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('CONTACT'), before: contactValuesSchema, after: contactValuesSchema }),
  z.object({ kind: z.literal('PRACTICE_NAME'), before: practiceNameValuesSchema, after: practiceNameValuesSchema }),
  z.object({ kind: z.literal('CLOSE_SITUATION'), situationId: z.string(), endDate: z.string() }),
  /** `situationId` is filled in when the directory has created it. */
  z.object({ kind: z.literal('ADD_SITUATION'), situation: situationChangeSchema, situationId: z.string().optional() }),
  /**
   * « Annulation de situation d'exercice et modifications d'informations »: the situation entered in error
   * is removed, so the request keeps what it was; the contact data change with it when they differ.
   */
  z.object({
    kind: z.literal('CANCEL_SITUATION'),
    situationId: z.string(),
    situation: situationChangeSchema,
    reason: z.string(),
    contact: z.object({ before: contactValuesSchema, after: contactValuesSchema }).nullable(),
  }),
]);
export type RecordChange = z.output<typeof changeSchema>;

const summarySchema = z.object({
  lastName: z.string(),
  firstName: z.string(),
  professionCode: z.string().nullable(),
  /** Every name of the person, folded (see foldName): what « Rechercher » matches. */
  search: z.string(),
});
export type RequestSummary = z.output<typeof summarySchema>;

const storedSchema = z.object({
  origin: z.enum(['MANAGER', 'PROFESSIONAL']).optional(),
  civilStatus: draftValuesSchema.optional(),
  contact: draftValuesSchema.optional(),
  situation: draftValuesSchema.optional(),
  legal: draftValuesSchema.optional(),
  change: changeSchema.optional(),
  summary: summarySchema.optional(),
});
export type StoredRequestData = z.output<typeof storedSchema>;

/** Reads the column defensively: a row written by hand or by an older version gives an empty object. */
export function readRequestData(json: Prisma.JsonValue): StoredRequestData {
  const parsed = storedSchema.safeParse(json);
  return parsed.success ? parsed.data : {};
}

export function toJson(data: StoredRequestData): Prisma.InputJsonValue {
  return data as Prisma.InputJsonValue;
}

const text = (values: DraftValues | undefined, key: string): string => {
  const value = values?.[key];
  return typeof value === 'string' ? value.trim() : '';
};

export interface SummaryOverride {
  lastName: string;
  firstName: string;
  /** Other names the list search should find (birth name, civil first names). */
  others?: string[];
  professionCode?: string | null;
}

/**
 * Names shown in the lists: the practice name once known (what colleagues use), else the usage or birth
 * name and the first civil first name. Updates pass the record's names instead.
 */
export function summarise(data: StoredRequestData, override?: SummaryOverride): RequestSummary {
  const civil = data.civilStatus;
  const situation = data.situation;
  const firstNames = text(civil, 'firstNames');
  const lastName = override?.lastName ?? (text(situation, 'practiceLastName') || text(civil, 'usageLastName') || text(civil, 'birthLastName'));
  const firstName = override?.firstName ?? (text(situation, 'practiceFirstName') || firstNames.split(' ')[0] || '');
  const all = [
    lastName,
    firstName,
    ...(override?.others ?? []),
    text(civil, 'birthLastName'),
    text(civil, 'usageLastName'),
    firstNames,
    text(situation, 'practiceLastName'),
    text(situation, 'practiceFirstName'),
  ];
  const professionCode = override?.professionCode !== undefined ? override.professionCode : text(situation, 'professionCode') || null;
  return { lastName, firstName, professionCode, search: foldName([...new Set(all.filter(Boolean))].join(' ')) };
}
