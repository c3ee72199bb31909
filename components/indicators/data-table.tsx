import type { ReactNode } from 'react';

// The text alternative of each chart (WCAG 1.1.1): every value of the chart, and more, in a real table.

export interface TableColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, as numbers are read in columns. */
  numeric?: boolean;
}

export function DataTable<Row extends { code: string }>({
  caption,
  columns,
  rows,
  empty,
  testId,
}: {
  caption: string;
  columns: TableColumn<Row>[];
  rows: Row[];
  empty: string;
  testId?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="min-w-full text-sm" data-testid={testId}>
        <caption className="p-3 text-left font-bold">{caption}</caption>
        <thead className="border-b-2 border-ink">
          <tr>
            {columns.map((column, index) => (
              <th key={column.header} scope="col" className={`px-3 py-2 align-bottom ${column.numeric && index > 0 ? 'text-right' : 'text-left'}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-4">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.code} className="border-b border-gray-200">
                {columns.map((column, index) =>
                  index === 0 ? (
                    <th key={column.header} scope="row" className="px-3 py-2 text-left font-medium">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.header} className={`px-3 py-2 ${column.numeric ? 'text-right tabular-nums' : ''}`}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
