import 'server-only';
import type { Actor } from '@/lib/access/actor';
import type { TransactionClient } from '@/lib/db';
import { regulatorScope } from '@/lib/access/checks';
import { getRegion } from '@/lib/reference/regions';
import type { EstablishmentField } from '@/lib/imports/column-specs';
import type { FileRecord } from '@/lib/imports/columns';
import { parseEstablishmentRow, type EstablishmentRow } from '@/lib/imports/establishment-rows';
import { IMPORT_MESSAGES } from '@/lib/imports/messages';
import type { PreviewLine } from '@/lib/imports/types';

// What importing an Annexe 2 file would do, line by line, against the database as it is now — for
// the preview, and again inside the import's transaction. An ARS may import only its region's lines
// (the others are errors); an address already known is « déjà importé / compte existant » and creates
// nothing; one address on several lines is one account attached to several establishments (the 2021
// guide's account « regroupant tous vos établissements »). A SIRET never replaces another: a known
// establishment keeps its own, an establishment of several lines takes the first one given — the
// line that brings a different one is told so, and is not blocked.

export const ESTABLISHMENT_PREVIEW_COLUMNS = ['ARS', 'FINESS / GID', 'Établissement', 'Titulaire du compte', 'Courriel'];

export interface PlannedEstablishment {
  /** `finess:<n>` or `gid:<n>`. */
  key: string;
  row: EstablishmentRow;
  /** Set when the FINESS/GID is already known: the accounts join it. */
  existingId: string | null;
  /** The SIRET to write: at creation, or onto a known establishment that has none. */
  siret: string | null;
}

export interface PlannedAccount {
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  establishmentKeys: string[];
}

export interface EstablishmentPlan {
  lines: PreviewLine[];
  establishments: Map<string, PlannedEstablishment>;
  accounts: PlannedAccount[];
}

const keyOf = (row: Pick<EstablishmentRow, 'finess' | 'gid'>) => (row.finess ? `finess:${row.finess}` : `gid:${row.gid}`);
const arsName = (regionCode: string) => getRegion(regionCode)?.arsName ?? regionCode;

function cells(values: Record<EstablishmentField, string>, row?: EstablishmentRow): string[] {
  if (!row) return [values.ars, values.finess, values.establishmentName, `${values.firstName} ${values.lastName}`.trim(), values.email];
  return [arsName(row.regionCode), row.finess ?? row.gid ?? '', row.establishmentName, `${row.firstName} ${row.lastName}`, row.email];
}

/** Gives `planned` the line's SIRET if it has none yet; otherwise the note saying which one is kept. */
function planSiret(planned: PlannedEstablishment, siret: string, stored: string | null, line: number, siretLines: Map<string, number>): string | null {
  if (stored) return stored === siret ? null : IMPORT_MESSAGES.siretKept(stored);
  if (planned.siret === null) {
    planned.siret = siret;
    siretLines.set(planned.key, line);
    return null;
  }
  return planned.siret === siret ? null : IMPORT_MESSAGES.siretOfLine(siretLines.get(planned.key)!, planned.siret);
}

export async function planEstablishments(db: TransactionClient, actor: Actor, records: FileRecord<EstablishmentField>[]): Promise<EstablishmentPlan> {
  const scope = regulatorScope(actor);
  const parsed = records.map((record) => ({ record, result: parseEstablishmentRow(record) }));
  const rows = parsed.flatMap(({ result }) => (result.ok ? [result.data] : []));
  const [knownUsers, knownEstablishments] = await Promise.all([
    db.user.findMany({ where: { email: { in: rows.map((row) => row.email) } }, select: { email: true } }),
    db.establishment.findMany({
      where: { OR: [{ finess: { in: rows.flatMap((row) => (row.finess ? [row.finess] : [])) } }, { gid: { in: rows.flatMap((row) => (row.gid ? [row.gid] : [])) } }] },
      select: { id: true, finess: true, gid: true, regionCode: true, siret: true },
    }),
  ]);
  const knownEmails = new Set(knownUsers.map((user) => user.email));
  const known = new Map(knownEstablishments.map((establishment) => [keyOf(establishment), establishment]));

  const plan: EstablishmentPlan = { lines: [], establishments: new Map(), accounts: [] };
  const accounts = new Map<string, { line: number; account: PlannedAccount }>();
  const establishmentLines = new Map<string, number>();
  /** The line whose SIRET the planned establishment takes. */
  const siretLines = new Map<string, number>();

  for (const { record, result } of parsed) {
    const line = (status: PreviewLine['status'], messages: string[], row?: EstablishmentRow) => plan.lines.push({ line: record.line, status, cells: cells(record.values, row), messages });
    if (!result.ok) {
      line('error', result.messages);
      continue;
    }
    const row = result.data;
    const key = keyOf(row);
    const existing = known.get(key);
    if (scope.kind === 'region' && row.regionCode !== scope.regionCode) {
      line('error', [IMPORT_MESSAGES.otherRegion(arsName(row.regionCode))], row);
      continue;
    }
    if (knownEmails.has(row.email)) {
      line('existing', [IMPORT_MESSAGES.existingAccount], row);
      continue;
    }
    const sameAccount = accounts.get(row.email);
    if (sameAccount?.account.establishmentKeys.includes(key)) {
      line('duplicate', [IMPORT_MESSAGES.duplicateLine(sameAccount.line)], row);
      continue;
    }
    if (existing && scope.kind === 'region' && existing.regionCode !== scope.regionCode) {
      line('error', [IMPORT_MESSAGES.otherRegionEstablishment(arsName(existing.regionCode))], row);
      continue;
    }

    const messages: string[] = [];
    if (sameAccount) {
      sameAccount.account.establishmentKeys.push(key);
      messages.push(IMPORT_MESSAGES.sameAccount(sameAccount.line));
    } else {
      const account = { email: row.email, firstName: row.firstName, lastName: row.lastName, phone: row.phone, establishmentKeys: [key] };
      accounts.set(row.email, { line: record.line, account });
      plan.accounts.push(account);
    }
    const firstLine = establishmentLines.get(key);
    if (existing) messages.push(IMPORT_MESSAGES.existingEstablishment);
    else if (firstLine !== undefined) messages.push(IMPORT_MESSAGES.establishmentFromLine(firstLine));
    else messages.push(IMPORT_MESSAGES.newEstablishment);
    if (firstLine === undefined) {
      establishmentLines.set(key, record.line);
      plan.establishments.set(key, { key, row, existingId: existing?.id ?? null, siret: null });
    }
    const siretNote = row.siret ? planSiret(plan.establishments.get(key)!, row.siret, existing?.siret ?? null, record.line, siretLines) : null;
    if (siretNote) messages.push(siretNote);
    line('new', messages, row);
  }
  return plan;
}
