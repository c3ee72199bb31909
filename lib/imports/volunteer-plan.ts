import 'server-only';
import type { Actor } from '@/lib/access/actor';
import type { TransactionClient } from '@/lib/db';
import { formatDay } from '@/lib/dates/format';
import { regulatorScope } from '@/lib/access/checks';
import { getProfession } from '@/lib/reference/professions';
import { getRegion } from '@/lib/reference/regions';
import type { VolunteerField } from '@/lib/imports/column-specs';
import type { FileRecord } from '@/lib/imports/columns';
import { IMPORT_MESSAGES } from '@/lib/imports/messages';
import type { PreviewLine } from '@/lib/imports/types';
import { parseVolunteerRow, type VolunteerRow } from '@/lib/imports/volunteer-rows';

// What importing a volunteers file would do, line by line. An ARS imports only the volunteers who
// chose its region (its scope, SPEC §2); an address already known is « déjà importé / compte existant »;
// one address twice in a file is an error (one email = one account, and the two lines may differ).

export const VOLUNTEER_PREVIEW_COLUMNS = ['Nom', 'Prénom', 'Courriel', 'Profession', 'Région', 'Disponibilité'];

export interface VolunteerPlan {
  lines: PreviewLine[];
  volunteers: VolunteerRow[];
}

function cells(values: Record<VolunteerField, string>, row?: VolunteerRow): string[] {
  if (!row) return [values.lastName, values.firstName, values.email, values.profession, values.region, [values.startDate, values.endDate].filter(Boolean).join(' → ')];
  const period = row.periods[0]!;
  return [
    row.lastName,
    row.firstName,
    row.email,
    getProfession(row.professionCode)?.label ?? row.professionCode,
    getRegion(row.regionCode)?.name ?? row.regionCode,
    `${formatDay(period.startDate)} → ${period.endDate ? formatDay(period.endDate) : 'sans fin'}`,
  ];
}

export async function planVolunteers(db: TransactionClient, actor: Actor, records: FileRecord<VolunteerField>[]): Promise<VolunteerPlan> {
  const scope = regulatorScope(actor);
  const parsed = [];
  for (const record of records) parsed.push({ record, result: await parseVolunteerRow(record) });
  const emails = parsed.flatMap(({ result }) => (result.ok ? [result.data.email] : []));
  const knownEmails = new Set((await db.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((user) => user.email));

  const plan: VolunteerPlan = { lines: [], volunteers: [] };
  const seen = new Map<string, number>();
  for (const { record, result } of parsed) {
    const line = (status: PreviewLine['status'], messages: string[], row?: VolunteerRow) => plan.lines.push({ line: record.line, status, cells: cells(record.values, row), messages });
    if (!result.ok) {
      line('error', result.messages);
      continue;
    }
    const row = result.data;
    if (scope.kind === 'region' && row.regionCode !== scope.regionCode) {
      line('error', [IMPORT_MESSAGES.otherRegion(getRegion(row.regionCode)?.arsName ?? row.regionCode)], row);
      continue;
    }
    if (knownEmails.has(row.email)) {
      line('existing', [IMPORT_MESSAGES.existingAccount], row);
      continue;
    }
    const firstLine = seen.get(row.email);
    if (firstLine !== undefined) {
      line('error', [IMPORT_MESSAGES.duplicateEmail(firstLine)], row);
      continue;
    }
    seen.set(row.email, record.line);
    plan.volunteers.push(row);
    line('new', [], row);
  }
  return plan;
}
