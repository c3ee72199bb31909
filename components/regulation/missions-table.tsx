import Link from 'next/link';
import type { RegulatorMissionRow } from '@/lib/regulation/missions-table';
import { regulatorMissionSearch, type RegulatorMissionQuery, type RegulatorMissionSort } from '@/lib/regulation/missions-query';
import type { MissionRowActions } from '@/components/regulation/action-types';
import { ArchiveMissionButton } from '@/components/regulation/archive-mission-button';
import { formatDay, professionLabel, specialityLabel, yesNo } from '@/components/establishment/format';
import { nextDirection, SortHeader } from '@/components/regulation/sort-header';

const COLUMNS: { label: string; sort: RegulatorMissionSort }[] = [
  { label: 'ARS', sort: 'region' },
  { label: 'Etablissement', sort: 'establishment' },
  { label: 'CP', sort: 'postalCode' },
  { label: 'Nombre', sort: 'requestedCount' },
  { label: 'Profession', sort: 'profession' },
  { label: 'Spécialité', sort: 'speciality' },
  { label: 'Date de début', sort: 'startDate' },
  { label: 'Date de fin', sort: 'endDate' },
  { label: 'EHPAD', sort: 'ehpad' },
  { label: 'Réanimation', sort: 'icu' },
  { label: 'Vaccination', sort: 'vaccination' },
  { label: 'Véhicule', sort: 'vehicle' },
  { label: 'Weekend', sort: 'weekend' },
  { label: 'Alerte', sort: 'alert' },
  { label: 'Action', sort: 'filled' },
];

const TD = 'px-2 py-2 align-top';

export function missionLabel(mission: Pick<RegulatorMissionRow, 'professionCode' | 'establishmentName' | 'startDate'>): string {
  return `${professionLabel(mission.professionCode)}, ${mission.establishmentName}, à partir du ${formatDay(mission.startDate)}`;
}

/** « Alerte »: « CCS » once the ARS has alerted the CCS (the 2020 instruction's table), and the pool. */
function AlertCell({ mission }: { mission: RegulatorMissionRow }) {
  if (!mission.ccsAlertAt && !mission.nationalPoolOpen) return <td className={TD} />;
  return (
    <td className={TD}>
      {mission.ccsAlertAt ? <span className="font-bold text-warning">CCS</span> : null}
      {mission.nationalPoolOpen ? <span className="block text-sm text-muted">Vivier national ouvert</span> : null}
    </td>
  );
}

/** « POURVUE x/n » (validated / requested), « Proposer » and the archive button of an open mission. */
function ActionCell({ mission, base, actions }: { mission: RegulatorMissionRow; base: string; actions: MissionRowActions }) {
  const label = missionLabel(mission);
  const filled = mission.filledCount >= mission.requestedCount;
  return (
    <td className={TD}>
      <span className="block whitespace-nowrap font-medium" data-testid="mission-filled">
        POURVUE {mission.filledCount}/{mission.requestedCount}
      </span>
      {mission.status === 'ARCHIVED' ? (
        <>
          <span className="block text-sm text-muted">Archivée</span>
          <Link href={`${base}/missions/${mission.id}`} className="text-brand underline">
            Voir<span className="sr-only"> la mission {label}</span>
          </Link>
        </>
      ) : (
        <div className="mt-1 flex flex-col items-start gap-2">
          <Link href={`${base}/missions/${mission.id}`} className="text-brand underline">
            {filled ? 'Voir' : 'Proposer'}
            <span className="sr-only"> {filled ? 'la mission' : 'des renforts pour la mission'} {label}</span>
          </Link>
          <ArchiveMissionButton missionId={mission.id} missionLabel={label} archive={actions.archive} />
        </div>
      )}
    </td>
  );
}

export function RegulatorMissionsTable({ rows, query, base, actions }: { rows: RegulatorMissionRow[]; query: RegulatorMissionQuery; base: string; actions: MissionRowActions }) {
  return (
    <div role="region" aria-labelledby="missions-caption" tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="min-w-full border-collapse text-sm" data-testid="regulator-missions-table">
        <caption id="missions-caption" className="sr-only">
          Missions
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const sorted = query.sort === column.sort;
              const href = `${base}/missions${regulatorMissionSearch(query, { sort: column.sort, direction: nextDirection(sorted, query.direction), page: 1 })}`;
              return <SortHeader key={column.sort} label={column.label} sorted={sorted} direction={query.direction} href={href} />;
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS.length} className="px-3 py-4">
                Aucune mission ne correspond.
              </td>
            </tr>
          ) : (
            rows.map((mission) => (
              <tr key={mission.id} className="border-b border-gray-200 even:bg-gray-50" data-testid="mission-row" data-mission-id={mission.id}>
                <td className={TD}>{mission.arsName}</td>
                <td className={`${TD} font-medium`}>{mission.establishmentName}</td>
                <td className={TD}>{mission.postalCode}</td>
                <td className={TD}>{mission.requestedCount}</td>
                <td className={TD}>
                  {professionLabel(mission.professionCode)}
                  {mission.details ? <span className="block max-w-64 break-words text-muted">{mission.details}</span> : null}
                </td>
                <td className={TD}>{specialityLabel(mission.speciality)}</td>
                <td className={`${TD} whitespace-nowrap`}>{formatDay(mission.startDate)}</td>
                <td className={`${TD} whitespace-nowrap`}>{formatDay(mission.endDate)}</td>
                <td className={TD}>{yesNo(mission.needsEhpadExperience)}</td>
                <td className={TD}>{yesNo(mission.needsIcuExperience)}</td>
                <td className={TD}>{yesNo(mission.vaccinationSupport)}</td>
                <td className={TD}>{yesNo(mission.needsVehicle)}</td>
                <td className={TD}>{yesNo(mission.needsWeekend)}</td>
                <AlertCell mission={mission} />
                <ActionCell mission={mission} base={base} actions={actions} />
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
