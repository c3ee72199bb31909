import Link from 'next/link';
import { VOLUNTEER_STATUS_LABELS } from '@/lib/professionals/status';
import { IDENTIFIER_TYPE_LABELS } from '@/lib/reference/identifier-types';
import { MOBILISATION_LABELS } from '@/lib/reference/mobilisation';
import type { VolunteerRow } from '@/lib/professionals/regulator-list';
import { volunteerSearch, type VolunteerQuery, type VolunteerSort } from '@/lib/professionals/regulator-query';
import { formatDay } from '@/lib/dates/format';
import { ConfirmedOn } from '@/components/candidates/confirmed-on';
import { professionLabel, specialityLabel, yesNo } from '@/components/establishment/format';
import { regionName } from '@/components/regulation/format';
import { NEED_COLUMNS } from '@/components/regulation/need-columns';
import { SortHeaders } from '@/components/table/sort-header';
import { CELL, EmptyRow, ROW, TableRegion } from '@/components/table/table-region';

const COLUMNS: { label: string; sort: VolunteerSort; ccsOnly?: boolean }[] = [
  { label: 'Région', sort: 'region', ccsOnly: true },
  { label: 'Nom', sort: 'lastName' },
  { label: 'Prénom', sort: 'firstName' },
  { label: 'CP', sort: 'postalCode' },
  ...NEED_COLUMNS,
  { label: 'Identifiant', sort: 'identifier' },
  { label: 'Mobilisation', sort: 'mobilisation' },
  { label: 'Statut', sort: 'status' },
];

function identifier(row: VolunteerRow): string {
  return row.identifierType === 'NONE' || !row.identifierNumber ? 'Aucun' : `${IDENTIFIER_TYPE_LABELS[row.identifierType]} ${row.identifierNumber}`;
}

export function VolunteersTable({ rows, query, base }: { rows: VolunteerRow[]; query: VolunteerQuery; base: '/ars' | '/ccs' }) {
  const columns = COLUMNS.filter((column) => !column.ccsOnly || base === '/ccs');
  const path = `${base}/benevoles`;
  const head = (
    <SortHeaders
      columns={[...columns, { label: 'Actions' }]}
      sort={query.sort}
      direction={query.direction}
      hrefFor={(sort, direction) => `${path}${volunteerSearch(query, { sort, direction, page: 1 })}`}
    />
  );
  return (
    <TableRegion id="volunteers-caption" caption="Bénévoles" testId="volunteers-table" head={head}>
      {rows.length === 0 ? (
        <EmptyRow columns={columns.length + 1}>Aucun bénévole ne correspond.</EmptyRow>
      ) : (
        rows.map((row) => (
          <tr key={row.id} className={ROW} data-testid="volunteer-row" data-professional-id={row.id}>
            {base === '/ccs' ? <td className={CELL}>{regionName(row.regionCode)}</td> : null}
            <td className={`${CELL} font-medium`}>{row.lastName}</td>
            <td className={CELL}>{row.firstName}</td>
            <td className={CELL}>{row.postalCode}</td>
            <td className={CELL}>{professionLabel(row.professionCode)}</td>
            <td className={CELL}>{specialityLabel(row.speciality)}</td>
            <td className={`${CELL} whitespace-nowrap`}>{row.startDate ? formatDay(row.startDate) : '—'}</td>
            <td className={`${CELL} whitespace-nowrap`}>{row.startDate ? (row.endDate ? formatDay(row.endDate) : 'Sans date de fin') : '—'}</td>
            <td className={CELL}>{yesNo(row.ehpadExperience)}</td>
            <td className={CELL}>{yesNo(row.icuExperience)}</td>
            <td className={CELL}>{yesNo(row.vaccinationExperience)}</td>
            <td className={CELL}>{yesNo(row.hasVehicle)}</td>
            <td className={CELL}>{yesNo(row.availableWeekends)}</td>
            <td className={`${CELL} whitespace-nowrap`}>{identifier(row)}</td>
            <td className={CELL}>{MOBILISATION_LABELS[row.mobilisation]}</td>
            <td className={CELL} data-testid="volunteer-status">
              {VOLUNTEER_STATUS_LABELS[row.status]}
              <ConfirmedOn at={row.availabilityConfirmedAt} />
            </td>
            <td className={CELL}>
              <Link href={`${path}/${row.id}`} className="whitespace-nowrap text-brand underline">
                Fiche<span className="sr-only"> de {row.firstName} {row.lastName}</span>
              </Link>
            </td>
          </tr>
        ))
      )}
    </TableRegion>
  );
}
