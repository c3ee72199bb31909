import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import type { RegulatorAssignmentList, RegulatorAssignmentRow } from '@/lib/candidacies/regulator-assignments';
import { formatDay, formatInstant } from '@/lib/dates/format';
import { professionLabel } from '@/components/establishment/format';
import { TablePagination } from '@/components/table/pagination';
import { CELL, EmptyRow, PlainHeaders, ROW, TableRegion } from '@/components/table/table-region';

const HEADERS = ['Poussé par ARS/Direction Régionale ou CCS', 'Date de l’action', 'Nom', 'Prénom', 'Profession', 'Etablissement', 'Mission'];

function pushedText(row: RegulatorAssignmentRow): string {
  const pushed = row.pushedBy === null ? 'Non' : row.pushedBy === 'UNKNOWN' ? 'Oui' : `Oui (${row.pushedBy})`;
  if (!row.assignedOnBehalfBy) return pushed;
  const by = row.assignedOnBehalfBy === 'UNKNOWN' ? 'l’ARS ou le CCS' : row.assignedOnBehalfBy === 'ARS' ? 'l’ARS' : 'le CCS';
  return `${pushed} — affecté par ${by}`;
}

/** The body of `/ars/affectations` and `/ccs/affectations`: the volunteers « Affecté » in the scope. */
export function AssignmentsPage({ base, scope, list }: { base: '/ars' | '/ccs'; scope: string; list: RegulatorAssignmentList }) {
  return (
    <div className="space-y-6">
      <PageTitle lead={`Renforts affectés aux missions — ${scope}, de la validation la plus récente à la plus ancienne.`}>Affectations</PageTitle>
      <TableRegion id="assignments-caption" caption="Affectations" testId="regulator-assignments" head={<PlainHeaders labels={HEADERS} />}>
        {list.rows.length === 0 ? (
          <EmptyRow columns={HEADERS.length}>Aucun renfort affecté pour l’instant.</EmptyRow>
        ) : (
          list.rows.map((row) => (
            <tr key={row.candidacyId} className={ROW} data-testid="assignment-row">
              <td className={CELL}>{pushedText(row)}</td>
              <td className={`${CELL} whitespace-nowrap`}>{row.actionAt ? formatInstant(row.actionAt) : '—'}</td>
              <td className={CELL}>
                <Link href={`${base}/benevoles/${row.professionalId}`} className="font-medium text-brand underline">
                  {row.lastName}
                  <span className="sr-only"> {row.firstName} (fiche du bénévole)</span>
                </Link>
              </td>
              <td className={CELL}>{row.firstName}</td>
              <td className={CELL}>{professionLabel(row.professionCode)}</td>
              <td className={CELL}>{row.establishmentName}</td>
              <td className={CELL}>
                <Link href={`${base}/missions/${row.missionId}`} className="text-brand underline">
                  {professionLabel(row.missionProfessionCode)} du {formatDay(row.missionStartDate)} au {formatDay(row.missionEndDate)}
                </Link>
              </td>
            </tr>
          ))
        )}
      </TableRegion>
      <TablePagination page={list.page} pageSize={list.pageSize} total={list.total} label="Pages d’affectations" hrefFor={(page) => `${base}/affectations${page > 1 ? `?page=${page}` : ''}`} />
    </div>
  );
}
