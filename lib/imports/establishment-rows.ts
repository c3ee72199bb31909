import 'server-only';
import type { z } from 'zod';
import { lookupPlace, placeRefusal, type PostalCodeInfo } from '@/lib/reference/postal-codes';
import { accountRequestSchema, type AccountRequestData } from '@/lib/validation/account-request';
import { validateSiret } from '@/lib/identifiers/siret';
import { ESTABLISHMENT_COLUMNS, type EstablishmentField } from '@/lib/imports/column-specs';
import type { FileRecord } from '@/lib/imports/columns';
import { findAnnexArs, findCategory, restorePhone, restorePostalCode } from '@/lib/imports/values';

// One line of the Annexe 2 spreadsheet, checked by the very schema of the account request form
// (SPEC §6.1: the same fields, the same FINESS rule — 8 digits padded, Luhn key —, the same French
// messages), after its list values are mapped to our codes; the optional « SIRET », which the form has
// not, by the SIRET validator. Nothing here reads the database.

export type EstablishmentRow = Omit<AccountRequestData, 'missions' | 'noImmediateNeed'> & {
  location: PostalCodeInfo;
  /** 14 digits; null when the column is absent or the cell empty. */
  siret: string | null;
};

export type ParsedLine<Data> = { ok: true; data: Data } | { ok: false; messages: string[] };

const LABELS = new Map<string, string>(ESTABLISHMENT_COLUMNS.map((column) => [column.field, column.label]));
// The schema's field names → the spreadsheet's columns.
const SCHEMA_TO_COLUMN: Record<string, EstablishmentField> = { identifier: 'finess', regionCode: 'ars' };

export function columnMessage(label: string, message: string): string {
  return `${label} : ${message}`;
}

/** Zod issues as « Colonne : message », skipping fields already reported in the file's own terms. */
export function zodMessages(error: z.core.$ZodError, label: (path: readonly PropertyKey[]) => string | undefined, skip: ReadonlySet<string> = new Set()): string[] {
  const messages: string[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (skip.has(field)) continue;
    messages.push(columnMessage(label(issue.path) ?? field, issue.message));
  }
  return messages;
}

export function parseEstablishmentRow({ values }: FileRecord<EstablishmentField>): ParsedLine<EstablishmentRow> {
  const messages: string[] = [];
  const label = (field: EstablishmentField) => LABELS.get(field)!;
  const regionCode = findAnnexArs(values.ars);
  if (!regionCode) messages.push(columnMessage(label('ars'), values.ars ? `ARS inconnue (« ${values.ars} »).` : 'obligatoire.'));
  const category = findCategory(values.category);
  if (!category) messages.push(columnMessage(label('category'), values.category ? `type inconnu (« ${values.category} ») : utilisez une valeur de l'Annexe 2.` : 'obligatoire.'));

  const parsed = accountRequestSchema.safeParse({
    lastName: values.lastName,
    firstName: values.firstName,
    email: values.email,
    phone: restorePhone(values.phone),
    category: category ?? '',
    identifier: values.finess,
    establishmentName: values.establishmentName,
    address: values.address,
    postalCode: restorePostalCode(values.postalCode),
    city: values.city,
    regionCode: regionCode ?? '',
    noImmediateNeed: true,
    missions: [],
  });
  if (!parsed.success) {
    // ARS and type were reported above with the value found; the schema's generic « Choisissez… » would repeat them.
    messages.push(...zodMessages(parsed.error, (path) => LABELS.get(SCHEMA_TO_COLUMN[String(path[0])] ?? String(path[0])), new Set(['category', 'regionCode'])));
  }
  // As on the request form: the town decides the department (a code may span two), and a CEDEX code's commune.
  const lookup = parsed.success ? lookupPlace(parsed.data.postalCode, parsed.data.city, { cedex: true }) : null;
  if (lookup && !lookup.ok) messages.push(columnMessage(label('postalCode'), placeRefusal(lookup, 'Code postal inconnu.')));
  const location = lookup?.ok ? lookup.place : null;
  // Spaces as typed in a spreadsheet (« 732 829 320 00074 ») are dropped by the validator.
  const siret = values.siret ? validateSiret(values.siret) : null;
  if (siret && !siret.ok) messages.push(columnMessage(label('siret'), siret.message));
  if (!parsed.success || !location || messages.length > 0) return { ok: false, messages };
  const { missions: _missions, noImmediateNeed: _none, ...row } = parsed.data;
  return { ok: true, data: { ...row, location, siret: siret?.ok ? siret.value : null } };
}
