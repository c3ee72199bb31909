'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

// A horizontal bar chart (categories down the left, so long profession names stay readable). It is the
// picture of a table that follows it on the page: screen-reader users and keyboard users read the table,
// so the chart is one image with a name, not a maze of focusable SVG shapes (accessibilityLayer off).

export interface ChartSeries {
  key: string;
  name: string;
  /** Contrast ≥ 3:1 on white (WCAG 1.4.11) and distinguishable without colour through the legend order. */
  color: string;
}

export type ChartDatum = { label: string } & Record<string, number | string | null>;

const ROW_HEIGHT = 26;
const number = new Intl.NumberFormat('fr-FR');

export function IndicatorBarChart({ title, data, series, unit }: { title: string; data: ChartDatum[]; series: ChartSeries[]; unit?: string }) {
  const height = Math.max(160, data.length * ROW_HEIGHT * Math.max(1, series.length * 0.75) + 70);
  return (
    <div role="img" aria-label={`Graphique : ${title}. Les valeurs sont données dans le tableau qui suit.`} data-testid="indicator-chart">
      <BarChart
        layout="vertical"
        data={data}
        responsive
        accessibilityLayer={false}
        style={{ width: '100%', height }}
        margin={{ top: 5, right: 24, bottom: 5, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => number.format(value)} unit={unit} />
        <YAxis type="category" dataKey="label" width={190} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? `${number.format(value)}${unit ?? ''}` : String(value ?? '—'))} />
        <Legend />
        {series.map((item) => (
          <Bar key={item.key} dataKey={item.key} name={item.name} fill={item.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
