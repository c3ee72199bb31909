import { ChartFigure } from '@/components/indicators/chart-figure';
import { DataTable, type TableColumn } from '@/components/indicators/data-table';
import type { ChartSeries } from '@/components/indicators/bar-chart';
import { formatCount } from '@/lib/indicators/format';
import type { VolunteerRow } from '@/lib/indicators/get-indicators';

const AVAILABLE_SERIES: ChartSeries[] = [{ key: 'available', name: 'Professionnels disponibles', color: '#000091' }];

function columns(first: string): TableColumn<VolunteerRow>[] {
  return [
    { header: first, cell: (row) => row.label },
    { header: 'Disponibles aujourd’hui', cell: (row) => formatCount(row.available), numeric: true },
    { header: 'Inscrits', cell: (row) => formatCount(row.registered), numeric: true },
  ];
}

function chartData(rows: VolunteerRow[]) {
  return rows.map((row) => ({ label: row.label, available: row.available }));
}

export function VolunteersByProfession({ rows }: { rows: VolunteerRow[] }) {
  return (
    <ChartFigure
      id="chart-volunteers-profession"
      title="Professionnels disponibles par profession"
      data={chartData(rows.filter((row) => row.available > 0))}
      series={AVAILABLE_SERIES}
      table={<DataTable caption="Professionnels par profession" columns={columns('Profession')} rows={rows} empty="Aucun professionnel inscrit." testId="table-volunteers-profession" />}
    />
  );
}

export function VolunteersByDepartment({ rows }: { rows: VolunteerRow[] }) {
  const charted = rows.filter((row) => row.available > 0).sort((a, b) => b.available - a.available);
  return (
    <ChartFigure
      id="chart-volunteers-department"
      title="Professionnels disponibles par département de résidence"
      data={chartData(charted)}
      series={AVAILABLE_SERIES}
      table={<DataTable caption="Professionnels par département de résidence" columns={columns('Département')} rows={rows} empty="Aucun professionnel inscrit." testId="table-volunteers-department" />}
    />
  );
}
