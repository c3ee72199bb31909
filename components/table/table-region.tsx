import type { ReactNode } from 'react';

// The wide tables of « Choisir » and of the establishment and ARS/CCS pages: one look, one way to reach them.

export const CELL = 'px-2 py-2 align-top';
export const ROW = 'border-b border-gray-200 even:bg-gray-50';
const HEADER = 'border-b-2 border-ink px-2 py-2 text-left align-bottom';

/**
 * A table wider than the screen scrolls in its own region, which takes the focus so that keyboard users
 * can scroll it, and is named by the caption (for screen readers: the page already shows its title).
 */
export function TableRegion({ id, caption, testId, head, children }: { id: string; caption: string; testId?: string; head: ReactNode; children: ReactNode }) {
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="min-w-full border-collapse text-sm" data-testid={testId}>
        <caption id={id} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Column headers that do not sort. */
export function PlainHeaders({ labels }: { labels: readonly string[] }) {
  return labels.map((label) => (
    <th key={label} scope="col" className={HEADER}>
      {label}
    </th>
  ));
}

/** The header of the check boxes' column, named for screen readers only. */
export function SelectionHeader() {
  return (
    <th scope="col" className={HEADER}>
      <span className="sr-only">Sélection</span>
    </th>
  );
}

/** What a table says when it has no row, across all its columns. */
export function EmptyRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="px-3 py-4">
        {children}
      </td>
    </tr>
  );
}
