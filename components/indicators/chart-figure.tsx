import type { ReactNode } from 'react';
import { IndicatorBarChart, type ChartDatum, type ChartSeries } from '@/components/indicators/bar-chart';

/** At most this many bars; the table under the chart always lists every row. */
export const CHART_MAX_ROWS = 15;

/** A titled chart and, right under it, its table (the chart's text alternative). */
export function ChartFigure({
  id,
  title,
  data,
  series,
  unit,
  table,
}: {
  id: string;
  title: string;
  data: ChartDatum[];
  series: ChartSeries[];
  unit?: string;
  table: ReactNode;
}) {
  const shown = data.slice(0, CHART_MAX_ROWS);
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <figcaption id={`${id}-title`} className="text-lg font-bold">
        {title}
      </figcaption>
      {shown.length === 0 ? (
        <p className="text-muted">Aucune donnée sur la période.</p>
      ) : (
        <>
          {data.length > shown.length ? (
            <p className="text-sm text-muted">
              Le graphique montre les {CHART_MAX_ROWS} premières lignes ; le tableau les donne toutes.
            </p>
          ) : null}
          <IndicatorBarChart title={title} data={shown} series={series} unit={unit} />
        </>
      )}
      {table}
    </figure>
  );
}
