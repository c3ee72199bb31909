import 'server-only';
import { checkSignUp, type CheckedSignUp } from '@/lib/professionals/sign-up/check-sign-up';
import { professionalSignUpSchema } from '@/lib/validation/professional';
import { VOLUNTEER_COLUMNS, type VolunteerField } from '@/lib/imports/column-specs';
import type { FileRecord } from '@/lib/imports/columns';
import { columnMessage, zodMessages, type ParsedLine } from '@/lib/imports/establishment-rows';
import { findActivityType, findIdentifierType, findMobilisation, findProfession, findRegion, findSpeciality, parseDay, parseYesNo, restorePhone, restorePostalCode } from '@/lib/imports/values';

// One line of the volunteers file, checked exactly as the sign-up form of SPEC §5.1 is (the same zod
// schema, then checkSignUp for the postal code and the speciality), with one availability period.

export type VolunteerRow = CheckedSignUp;

const LABELS = new Map<string, string>(VOLUNTEER_COLUMNS.map((column) => [column.field, column.label]));
// The schema's field names → the file's columns.
const SCHEMA_TO_COLUMN: Record<string, VolunteerField> = { regionCode: 'region', professionCode: 'profession' };
const BOOLEAN_FIELDS = ['hasVehicle', 'ehpadExperience', 'icuExperience', 'vaccinationExperience', 'availableWeekdays', 'availableWeekends'] as const;

/** `['periods', 0, 'endDate']` → « Date de fin »; `['regionCode']` → « Région ». */
function labelOf(path: readonly PropertyKey[]): string | undefined {
  const field = String(path[0] === 'periods' ? (path[2] ?? 'startDate') : path[0]);
  return LABELS.get(SCHEMA_TO_COLUMN[field] ?? field);
}

export async function parseVolunteerRow({ values }: FileRecord<VolunteerField>): Promise<ParsedLine<VolunteerRow>> {
  const messages: string[] = [];
  const lookup = <Code extends string>(field: VolunteerField, find: (value: string) => Code | null, optional = false): Code | undefined => {
    const value = values[field];
    if (value === '' && optional) return undefined;
    const code = find(value);
    if (!code) messages.push(columnMessage(LABELS.get(field)!, value ? `valeur inconnue (« ${value} »).` : 'obligatoire.'));
    return code ?? undefined;
  };
  const regionCode = lookup('region', findRegion);
  const professionCode = lookup('profession', findProfession);
  const speciality = lookup('speciality', findSpeciality, true);
  const activityType = lookup('activityType', findActivityType);
  const identifierType = lookup('identifierType', findIdentifierType);
  const mobilisation = lookup('mobilisation', findMobilisation);
  const flags = {} as Record<(typeof BOOLEAN_FIELDS)[number], boolean>;
  for (const field of BOOLEAN_FIELDS) {
    const flag = parseYesNo(values[field]);
    if (flag === null) messages.push(columnMessage(LABELS.get(field)!, `répondez oui ou non (« ${values[field]} »).`));
    flags[field] = flag ?? false;
  }
  const startDate = parseDay(values.startDate);
  if (!startDate) messages.push(columnMessage(LABELS.get('startDate')!, values.startDate ? 'date invalide : JJ/MM/AAAA attendu.' : 'obligatoire.'));
  const endDate = values.endDate === '' ? '' : parseDay(values.endDate);
  if (endDate === null) messages.push(columnMessage(LABELS.get('endDate')!, 'date invalide : JJ/MM/AAAA attendu.'));

  // Plain strings: the schema decides, and unknown list values (already reported) fail its enums quietly.
  const input = {
    lastName: values.lastName,
    firstName: values.firstName,
    email: values.email,
    phone: restorePhone(values.phone),
    postalCode: restorePostalCode(values.postalCode),
    city: values.city,
    regionCode: regionCode ?? '',
    professionCode: professionCode ?? '',
    speciality: speciality ?? '',
    activityType: activityType ?? '',
    identifierType: identifierType ?? '',
    identifierNumber: values.identifierNumber,
    employer: values.employer,
    ...flags,
    mobilisation: mobilisation ?? '',
    comment: values.comment,
    periods: [{ startDate: startDate ?? '', endDate: endDate ?? '' }],
    // They accepted the terms where they first registered; see docs/decisions/019.
    termsAccepted: true,
    dataConsent: true,
  };
  const parsed = professionalSignUpSchema.safeParse(input);
  if (!parsed.success) {
    const reported = new Set(['regionCode', 'professionCode', 'activityType', 'identifierType', 'mobilisation', ...(startDate && endDate !== null ? [] : ['periods'])]);
    messages.push(...zodMessages(parsed.error, labelOf, reported));
  }
  if (!parsed.success || messages.length > 0) return { ok: false, messages };
  const checked = await checkSignUp(parsed.data, {});
  if (!checked.ok) return { ok: false, messages: Object.entries(checked.fieldErrors).map(([field, message]) => columnMessage(labelOf([field]) ?? field, message)) };
  return { ok: true, data: checked.data };
}
