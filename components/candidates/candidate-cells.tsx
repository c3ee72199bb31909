import type { ReactNode } from 'react';
import type { CandidateQuery, CandidateSortColumn } from '@/lib/candidates/query';
import type { CandidateRow } from '@/lib/candidates/search';
import { MOBILISATION_LABELS, type MobilisationCode } from '@/lib/reference/mobilisation';
import { professionLabel, specialityLabel, yesNo } from '@/components/establishment/format';
import { formatPhone } from '@/components/candidates/labels';
import { formatDay } from '@/lib/dates/format';
import { candidateHref } from '@/components/candidates/query-url';
import { SortHeaders } from '@/components/table/sort-header';
import { CELL, SelectionHeader, TableRegion } from '@/components/table/table-region';

// « Choisir » (the establishment) and « Proposer » (the ARS/CCS) list the same search results: the same
// volunteer columns, sorted the same way; each page adds its own status and actions after them.

export type CandidateColumn = { label: string; sort?: CandidateSortColumn };

export const PROFILE_COLUMNS: readonly CandidateColumn[] = [
  { label: 'Nom', sort: 'lastName' },
  { label: 'Prénom', sort: 'firstName' },
  { label: 'Département', sort: 'departmentCode' },
  { label: 'Profession', sort: 'professionCode' },
  { label: 'Spécialité', sort: 'speciality' },
  { label: 'Date de début', sort: 'startDate' },
  { label: 'Date de fin', sort: 'endDate' },
  { label: 'Expérience en EHPAD' },
  { label: 'Expérience en réanimation' },
  { label: 'Vaccination' },
  { label: 'Véhicule' },
  { label: 'Mobilisation', sort: 'mobilisation' },
  { label: 'Téléphone' },
];

/** The table of a mission's candidates: a check box column, then `columns`, sortable through the URL. */
export function CandidateTableRegion({
  id,
  caption,
  columns,
  pathname,
  query,
  children,
}: {
  id: string;
  caption: string;
  columns: readonly CandidateColumn[];
  pathname: string;
  query: CandidateQuery;
  children: ReactNode;
}) {
  const head = (
    <>
      <SelectionHeader />
      <SortHeaders
        columns={columns}
        sort={query.sort}
        direction={query.direction}
        hrefFor={(sort, direction) => candidateHref(pathname, query, { sort, direction, page: 1 })}
      />
    </>
  );
  return (
    <TableRegion id={id} caption={caption} head={head}>
      {children}
    </TableRegion>
  );
}

/** A row's check box: `hint` says why it is disabled, since only some statuses can be acted on. */
export function SelectCell({ name, selectable, checked, hint, onSelect }: { name: string; selectable: boolean; checked: boolean; hint: string; onSelect: (checked: boolean) => void }) {
  return (
    <td className={CELL}>
      <input
        type="checkbox"
        className="h-5 w-5 accent-brand disabled:cursor-not-allowed"
        aria-label={`Sélectionner ${name}`}
        title={selectable ? undefined : hint}
        disabled={!selectable}
        checked={selectable && checked}
        onChange={(event) => onSelect(event.target.checked)}
      />
    </td>
  );
}

/**
 * The cells of PROFILE_COLUMNS. `noSpeciality` is what a volunteer without one shows: « — » in
 * « Choisir »; the regulators' tables leave the cell empty, as everywhere on their pages.
 */
export function ProfileCells({ row, noSpeciality = '—' }: { row: CandidateRow; noSpeciality?: string }) {
  return (
    <>
      <td className={`${CELL} font-medium`}>{row.lastName}</td>
      <td className={CELL}>{row.firstName}</td>
      <td className={CELL}>{row.departmentCode}</td>
      <td className={CELL}>{professionLabel(row.professionCode)}</td>
      <td className={CELL}>{specialityLabel(row.speciality) ?? noSpeciality}</td>
      <td className={`${CELL} whitespace-nowrap`}>{row.startDate ? formatDay(row.startDate) : '—'}</td>
      <td className={`${CELL} whitespace-nowrap`}>{row.endDate ? formatDay(row.endDate) : 'Sans date de fin'}</td>
      <td className={CELL}>{yesNo(row.ehpadExperience)}</td>
      <td className={CELL}>{yesNo(row.icuExperience)}</td>
      <td className={CELL}>{yesNo(row.vaccinationExperience)}</td>
      <td className={CELL}>{yesNo(row.hasVehicle)}</td>
      <td className={CELL}>{MOBILISATION_LABELS[row.mobilisation as MobilisationCode] ?? row.mobilisation}</td>
      <td className={`${CELL} whitespace-nowrap`}>
        <a href={`tel:${row.phone}`} className="text-brand underline">
          {formatPhone(row.phone)}
        </a>
      </td>
    </>
  );
}
