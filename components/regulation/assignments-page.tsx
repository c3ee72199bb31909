import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import type { RegulatorAssignmentList, RegulatorAssignmentRow } from '@/lib/regulation/assignments';
import { formatDay, formatInstant, professionLabel } from '@/components/establishment/format';
import { TablePagination } from '@/components/choosing/pagination';

const HEADERS = ['Poussé par ARS/Direction Régionale ou CCS', 'Date de l’action', 'Nom', 'Prénom', 'Profession', 'Etablissement', 'Mission'];
const TD = 'px-2 py-2 align-top';

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
      <div role="region" aria-labelledby="assignments-caption" tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm">
        <table className="min-w-full border-collapse text-sm" data-testid="regulator-assignments">
          <caption id="assignments-caption" className="sr-only">
            Affectations
          </caption>
          <thead>
            <tr>
              {HEADERS.map((header) => (
                <th key={header} scope="col" className="border-b-2 border-ink px-2 py-2 text-left align-bottom">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.rows.length === 0 ? (
              <tr>
                <td colSpan={HEADERS.length} className="px-3 py-4">
                  Aucun renfort affecté pour l’instant.
                </td>
              </tr>
            ) : (
              list.rows.map((row) => (
                <tr key={row.candidacyId} className="border-b border-gray-200 even:bg-gray-50" data-testid="assignment-row">
                  <td className={TD}>{pushedText(row)}</td>
                  <td className={`${TD} whitespace-nowrap`}>{row.actionAt ? formatInstant(row.actionAt) : '—'}</td>
                  <td className={TD}>
                    <Link href={`${base}/benevoles/${row.professionalId}`} className="font-medium text-brand underline">
                      {row.lastName}
                      <span className="sr-only"> {row.firstName} (fiche du bénévole)</span>
                    </Link>
                  </td>
                  <td className={TD}>{row.firstName}</td>
                  <td className={TD}>{professionLabel(row.professionCode)}</td>
                  <td className={TD}>{row.establishmentName}</td>
                  <td className={TD}>
                    <Link href={`${base}/missions/${row.missionId}`} className="text-brand underline">
                      {professionLabel(row.missionProfessionCode)} du {formatDay(row.missionStartDate)} au {formatDay(row.missionEndDate)}
                    </Link>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <TablePagination page={list.page} pageSize={list.pageSize} total={list.total} label="Pages d’affectations" hrefFor={(page) => `${base}/affectations${page > 1 ? `?page=${page}` : ''}`} />
    </div>
  );
}
