import Link from 'next/link';

type Direction = 'asc' | 'desc';

const TH = 'whitespace-nowrap border-b-2 border-ink px-2 py-2 text-left align-bottom font-bold';

/** The direction a click on a column's header asks for: ascending first, then the other way. */
export function nextDirection(sorted: boolean, direction: Direction): Direction {
  return sorted && direction === 'asc' ? 'desc' : 'asc';
}

/**
 * A column header of a server-sorted table: a link that sorts by the column (again: the other way) and
 * says so to screen readers; a column without a sort is a plain header.
 */
export function SortHeader({ label, sorted, direction, href }: { label: string; sorted: boolean; direction: Direction; href?: string }) {
  if (!href) {
    return (
      <th scope="col" className={TH}>
        {label}
      </th>
    );
  }
  const next = nextDirection(sorted, direction);
  return (
    <th scope="col" className={TH} aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <Link href={href} className="inline-flex items-center gap-1 text-brand underline">
        {label}
        <span className="sr-only">{`, trier par ordre ${next === 'asc' ? 'croissant' : 'décroissant'}`}</span>
        <span aria-hidden>{sorted ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
      </Link>
    </th>
  );
}

/**
 * The headers of a table sorted through its URL: `hrefFor` writes the URL that sorts by a column, the
 * table's filters kept. A column without `sort` cannot be sorted.
 */
export function SortHeaders<Sort extends string>({
  columns,
  sort,
  direction,
  hrefFor,
}: {
  columns: readonly { label: string; sort?: Sort }[];
  sort: string;
  direction: Direction;
  hrefFor: (sort: Sort, direction: Direction) => string;
}) {
  return columns.map((column) => {
    const sorted = column.sort !== undefined && column.sort === sort;
    const href = column.sort === undefined ? undefined : hrefFor(column.sort, nextDirection(sorted, direction));
    return <SortHeader key={column.label} label={column.label} sorted={sorted} direction={direction} href={href} />;
  });
}
