import { ChartFigure } from '@/components/indicators/chart-figure';
import { DataTable, type TableColumn } from '@/components/indicators/data-table';
import type { ChartSeries } from '@/components/indicators/bar-chart';
import { formatCount, formatDuration, formatRate } from '@/lib/indicators/format';
import type { MissionFigures } from '@/lib/indicators/mission-figures';
import type { ProfessionMissionRow, RegionRow } from '@/lib/indicators/get-indicators';

export const POSITION_SERIES: ChartSeries[] = [
  { key: 'positionsRequested', name: 'Postes demandés', color: '#000091' },
  { key: 'positionsFilled', name: 'Postes pourvus', color: '#18753c' },
];

function missionColumns<Row extends MissionFigures & { label: string }>(first: string): TableColumn<Row>[] {
  return [
    { header: first, cell: (row) => row.label },
    { header: 'Missions créées', cell: (row) => formatCount(row.missions), numeric: true },
    { header: 'Missions ouvertes', cell: (row) => formatCount(row.openMissions), numeric: true },
    { header: 'Postes demandés', cell: (row) => formatCount(row.positionsRequested), numeric: true },
    { header: 'Postes pourvus', cell: (row) => formatCount(row.positionsFilled), numeric: true },
    { header: 'Taux', cell: (row) => formatRate(row.positionsFilled, row.positionsRequested), numeric: true },
    { header: 'Délai médian jusqu’à la première affectation', cell: (row) => formatDuration(row.medianSecondsToFirstAssignment), numeric: true },
  ];
}

function positions(rows: (MissionFigures & { label: string })[]) {
  return rows.map((row) => ({ label: row.label, positionsRequested: row.positionsRequested, positionsFilled: row.positionsFilled }));
}

export function PositionsByProfession({ rows }: { rows: ProfessionMissionRow[] }) {
  return (
    <ChartFigure
      id="chart-positions-profession"
      title="Postes demandés et pourvus par profession"
      data={positions(rows)}
      series={POSITION_SERIES}
      table={<DataTable caption="Missions par profession" columns={missionColumns<ProfessionMissionRow>('Profession')} rows={rows} empty="Aucune mission créée sur la période." testId="table-missions-profession" />}
    />
  );
}

export function PositionsByRegion({ rows }: { rows: RegionRow[] }) {
  const columns: TableColumn<RegionRow>[] = [
    ...missionColumns<RegionRow>('Région'),
    { header: 'Professionnels disponibles aujourd’hui', cell: (row) => formatCount(row.volunteers.available), numeric: true },
  ];
  // Regions with missions first in the chart; the table keeps the ARS order of the reference list.
  const charted = [...rows].filter((row) => row.missions > 0).sort((a, b) => b.positionsRequested - a.positionsRequested);
  return (
    <ChartFigure
      id="chart-positions-region"
      title="Postes demandés et pourvus par région"
      data={positions(charted)}
      series={POSITION_SERIES}
      table={<DataTable caption="Missions et professionnels par région" columns={columns} rows={rows} empty="Aucune région." testId="table-regions" />}
    />
  );
}
