import Link from 'next/link';
import type { RegulatorMissionRow } from '@/lib/missions/regulator-list';
import { regulatorMissionSearch, type RegulatorMissionQuery, type RegulatorMissionSort } from '@/lib/missions/regulator-query';
import type { MissionRowActions } from '@/components/regulation/action-types';
import { ArchiveMissionButton } from '@/components/regulation/archive-mission-button';
import { formatDay } from '@/lib/dates/format';
import { professionLabel, specialityLabel, yesNo } from '@/components/establishment/format';
import { NEED_COLUMNS } from '@/components/regulation/need-columns';
import { SortHeaders } from '@/components/table/sort-header';
import { CELL, EmptyRow, ROW, TableRegion } from '@/components/table/table-region';

const COLUMNS: { label: string; sort: RegulatorMissionSort }[] = [
  { label: 'ARS', sort: 'region' },
  { label: 'Etablissement', sort: 'establishment' },
  { label: 'CP', sort: 'postalCode' },
  { label: 'Nombre', sort: 'requestedCount' },
  ...NEED_COLUMNS,
  { label: 'Alerte', sort: 'alert' },
  { label: 'Action', sort: 'filled' },
];

export function missionLabel(mission: Pick<RegulatorMissionRow, 'professionCode' | 'establishmentName' | 'startDate'>): string {
  return `${professionLabel(mission.professionCode)}, ${mission.establishmentName}, à partir du ${formatDay(mission.startDate)}`;
}

/** « Alerte »: « CCS » once the ARS has alerted the CCS (the 2020 instruction's table), and the pool. */
function AlertCell({ mission }: { mission: RegulatorMissionRow }) {
  if (!mission.ccsAlertAt && !mission.nationalPoolOpen) return <td className={CELL} />;
  return (
    <td className={CELL}>
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
    <td className={CELL}>
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
  const head = (
    <SortHeaders
      columns={COLUMNS}
      sort={query.sort}
      direction={query.direction}
      hrefFor={(sort, direction) => `${base}/missions${regulatorMissionSearch(query, { sort, direction, page: 1 })}`}
    />
  );
  return (
    <TableRegion id="missions-caption" caption="Missions" testId="regulator-missions-table" head={head}>
      {rows.length === 0 ? (
        <EmptyRow columns={COLUMNS.length}>Aucune mission ne correspond.</EmptyRow>
      ) : (
        rows.map((mission) => (
          <tr key={mission.id} className={ROW} data-testid="mission-row" data-mission-id={mission.id}>
            <td className={CELL}>{mission.arsName}</td>
            <td className={`${CELL} font-medium`}>{mission.establishmentName}</td>
            <td className={CELL}>{mission.postalCode}</td>
            <td className={CELL}>{mission.requestedCount}</td>
            <td className={CELL}>
              {professionLabel(mission.professionCode)}
              {mission.details ? <span className="block max-w-64 break-words text-muted">{mission.details}</span> : null}
            </td>
            <td className={CELL}>{specialityLabel(mission.speciality)}</td>
            <td className={`${CELL} whitespace-nowrap`}>{formatDay(mission.startDate)}</td>
            <td className={`${CELL} whitespace-nowrap`}>{formatDay(mission.endDate)}</td>
            <td className={CELL}>{yesNo(mission.needsEhpadExperience)}</td>
            <td className={CELL}>{yesNo(mission.needsIcuExperience)}</td>
            <td className={CELL}>{yesNo(mission.vaccinationSupport)}</td>
            <td className={CELL}>{yesNo(mission.needsVehicle)}</td>
            <td className={CELL}>{yesNo(mission.needsWeekend)}</td>
            <AlertCell mission={mission} />
            <ActionCell mission={mission} base={base} actions={actions} />
          </tr>
        ))
      )}
    </TableRegion>
  );
}
