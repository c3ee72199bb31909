import Link from 'next/link';
import type { MissionRow } from '@/lib/missions/establishment-list';
import { missionListSearch, type MissionListQuery, type MissionSortColumn } from '@/lib/missions/establishment-query';
import { formatDay } from '@/lib/dates/format';
import { professionLabel, specialityLabel, yesNo } from './format';

const COLUMNS: { sort: MissionSortColumn; label: string }[] = [
  { sort: 'requestedCount', label: 'Nombre' },
  { sort: 'profession', label: 'Profession' },
  { sort: 'startDate', label: 'Date de début' },
  { sort: 'endDate', label: 'Date de fin' },
  { sort: 'needsEhpadExperience', label: 'Expérience en EHPAD' },
  { sort: 'needsIcuExperience', label: 'Expérience en réanimation' },
  { sort: 'vaccinationSupport', label: 'Aide pour la vaccination' },
  { sort: 'needsVehicle', label: 'Véhicule' },
  { sort: 'needsWeekend', label: 'Weekend' },
  { sort: 'filledCount', label: 'Action' },
];

const CAPTIONS: Record<MissionListQuery['status'], string> = {
  OPEN: 'Missions ouvertes de vos établissements',
  ARCHIVED: 'Missions archivées de vos établissements',
  ALL: 'Toutes les missions de vos établissements',
};

function SortHeader({ column, query }: { column: (typeof COLUMNS)[number]; query: MissionListQuery }) {
  const sorted = query.sort === column.sort;
  const next = sorted && query.direction === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={sorted ? (query.direction === 'asc' ? 'ascending' : 'descending') : undefined} className="px-2 py-2 text-left align-bottom">
      <Link href={`/etablissement${missionListSearch(query, { sort: column.sort, direction: next, page: 1 })}`} className="inline-flex min-h-11 items-center gap-1 text-brand underline">
        {column.label}
        <span aria-hidden>{sorted ? (query.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
        <span className="sr-only">{`, trier par ordre ${next === 'asc' ? 'croissant' : 'décroissant'}`}</span>
      </Link>
    </th>
  );
}

/**
 * « POURVUE x/n » — validated volunteers, not candidates — then « Choisir » while positions remain, and
 * « Voir » once the mission is filled or archived (SPEC §6.2): its page stays readable, and a filled one
 * is where the volunteers still « Contacté » are validated or refused.
 */
function ActionCell({ mission }: { mission: MissionRow }) {
  const archived = mission.status === 'ARCHIVED';
  const choosing = !archived && mission.filledCount < mission.requestedCount;
  const label = `${professionLabel(mission.professionCode)} du ${formatDay(mission.startDate)}`;
  return (
    <td className="px-2 py-2">
      <span className="whitespace-nowrap font-medium" data-testid="mission-filled">
        POURVUE {mission.filledCount}/{mission.requestedCount}
      </span>
      {archived ? <span className="block text-sm text-muted">Archivée</span> : null}
      <Link href={`/etablissement/besoins/${mission.id}`} className="mt-1 block text-brand underline">
        {choosing ? 'Choisir' : 'Voir'}
        <span className="sr-only">{choosing ? ` des renforts pour la mission ${label}` : ` la mission ${label}`}</span>
      </Link>
    </td>
  );
}

export function MissionsTable({ rows, query, showEstablishment }: { rows: MissionRow[]; query: MissionListQuery; showEstablishment: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="min-w-full text-sm" data-testid="missions-table">
        <caption className="p-3 text-left font-bold">{CAPTIONS[query.status]}</caption>
        <thead className="border-b-2 border-ink">
          <tr>
            {showEstablishment ? (
              <th scope="col" className="px-2 py-2 text-left align-bottom">
                Établissement
              </th>
            ) : null}
            {COLUMNS.map((column) => (
              <SortHeader key={column.sort} column={column} query={query} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS.length + (showEstablishment ? 1 : 0)} className="px-3 py-4">
                Aucune mission ne correspond.
              </td>
            </tr>
          ) : (
            rows.map((mission) => (
              <tr key={mission.id} className="border-b border-gray-200" data-testid="mission-row">
                {showEstablishment ? <td className="px-2 py-2">{mission.establishmentName}</td> : null}
                <td className="px-2 py-2">{mission.requestedCount}</td>
                <td className="px-2 py-2">
                  {professionLabel(mission.professionCode)}
                  {mission.speciality ? <span className="block text-muted">{specialityLabel(mission.speciality)}</span> : null}
                  {mission.details ? <span className="block text-muted">{mission.details}</span> : null}
                </td>
                <td className="whitespace-nowrap px-2 py-2">{formatDay(mission.startDate)}</td>
                <td className="whitespace-nowrap px-2 py-2">{formatDay(mission.endDate)}</td>
                <td className="px-2 py-2">{yesNo(mission.needsEhpadExperience)}</td>
                <td className="px-2 py-2">{yesNo(mission.needsIcuExperience)}</td>
                <td className="px-2 py-2">{yesNo(mission.vaccinationSupport)}</td>
                <td className="px-2 py-2">{yesNo(mission.needsVehicle)}</td>
                <td className="px-2 py-2">{yesNo(mission.needsWeekend)}</td>
                <ActionCell mission={mission} />
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
