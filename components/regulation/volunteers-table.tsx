import Link from 'next/link';
import { VOLUNTEER_STATUS_LABELS } from '@/lib/dal/professional-status';
import { IDENTIFIER_TYPE_LABELS } from '@/lib/reference/identifier-types';
import { MOBILISATION_LABELS } from '@/lib/reference/mobilisation';
import type { VolunteerRow } from '@/lib/regulation/volunteers-table';
import { volunteerSearch, type VolunteerQuery, type VolunteerSort } from '@/lib/regulation/volunteers-query';
import { formatDay, professionLabel, specialityLabel, yesNo } from '@/components/establishment/format';
import { regionName } from '@/components/regulation/format';
import { nextDirection, SortHeader } from '@/components/regulation/sort-header';

const COLUMNS: { label: string; sort: VolunteerSort; ccsOnly?: boolean }[] = [
  { label: 'Région', sort: 'region', ccsOnly: true },
  { label: 'Nom', sort: 'lastName' },
  { label: 'Prénom', sort: 'firstName' },
  { label: 'CP', sort: 'postalCode' },
  { label: 'Profession', sort: 'profession' },
  { label: 'Spécialité', sort: 'speciality' },
  { label: 'Date de début', sort: 'startDate' },
  { label: 'Date de fin', sort: 'endDate' },
  { label: 'EHPAD', sort: 'ehpad' },
  { label: 'Réanimation', sort: 'icu' },
  { label: 'Vaccination', sort: 'vaccination' },
  { label: 'Véhicule', sort: 'vehicle' },
  { label: 'Weekend', sort: 'weekend' },
  { label: 'Identifiant', sort: 'identifier' },
  { label: 'Mobilisation', sort: 'mobilisation' },
  { label: 'Statut', sort: 'status' },
];

const TD = 'px-2 py-2 align-top';

function identifier(row: VolunteerRow): string {
  return row.identifierType === 'NONE' || !row.identifierNumber ? 'Aucun' : `${IDENTIFIER_TYPE_LABELS[row.identifierType]} ${row.identifierNumber}`;
}

export function VolunteersTable({ rows, query, base }: { rows: VolunteerRow[]; query: VolunteerQuery; base: '/ars' | '/ccs' }) {
  const columns = COLUMNS.filter((column) => !column.ccsOnly || base === '/ccs');
  const path = `${base}/benevoles`;
  return (
    <div role="region" aria-labelledby="volunteers-caption" tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="min-w-full border-collapse text-sm" data-testid="volunteers-table">
        <caption id="volunteers-caption" className="sr-only">
          Bénévoles
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sorted = query.sort === column.sort;
              const href = `${path}${volunteerSearch(query, { sort: column.sort, direction: nextDirection(sorted, query.direction), page: 1 })}`;
              return <SortHeader key={column.sort} label={column.label} sorted={sorted} direction={query.direction} href={href} />;
            })}
            <SortHeader label="Actions" sorted={false} direction="asc" />
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length + 1} className="px-3 py-4">
                Aucun bénévole ne correspond.
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} className="border-b border-gray-200 even:bg-gray-50" data-testid="volunteer-row" data-professional-id={row.id}>
                {base === '/ccs' ? <td className={TD}>{regionName(row.regionCode)}</td> : null}
                <td className={`${TD} font-medium`}>{row.lastName}</td>
                <td className={TD}>{row.firstName}</td>
                <td className={TD}>{row.postalCode}</td>
                <td className={TD}>{professionLabel(row.professionCode)}</td>
                <td className={TD}>{specialityLabel(row.speciality)}</td>
                <td className={`${TD} whitespace-nowrap`}>{row.startDate ? formatDay(row.startDate) : '—'}</td>
                <td className={`${TD} whitespace-nowrap`}>{row.startDate ? (row.endDate ? formatDay(row.endDate) : 'Sans date de fin') : '—'}</td>
                <td className={TD}>{yesNo(row.ehpadExperience)}</td>
                <td className={TD}>{yesNo(row.icuExperience)}</td>
                <td className={TD}>{yesNo(row.vaccinationExperience)}</td>
                <td className={TD}>{yesNo(row.hasVehicle)}</td>
                <td className={TD}>{yesNo(row.availableWeekends)}</td>
                <td className={`${TD} whitespace-nowrap`}>{identifier(row)}</td>
                <td className={TD}>{MOBILISATION_LABELS[row.mobilisation]}</td>
                <td className={TD} data-testid="volunteer-status">
                  {VOLUNTEER_STATUS_LABELS[row.status]}
                </td>
                <td className={TD}>
                  <Link href={`${path}/${row.id}`} className="whitespace-nowrap text-brand underline">
                    Fiche<span className="sr-only"> de {row.firstName} {row.lastName}</span>
                  </Link>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
