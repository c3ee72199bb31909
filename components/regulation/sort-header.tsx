import Link from 'next/link';

const TH = 'whitespace-nowrap border-b-2 border-ink px-2 py-2 text-left align-bottom font-bold';

/**
 * A column header of a server-sorted table: a link that sorts by the column (again: the other way) and
 * says so to screen readers; a column without a sort is a plain header.
 */
export function SortHeader({ label, sorted, direction, href }: { label: string; sorted: boolean; direction: 'asc' | 'desc'; href?: string }) {
  if (!href) {
    return (
      <th scope="col" className={TH}>
        {label}
      </th>
    );
  }
  const next = sorted && direction === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" className={TH} aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <Link href={href} className="inline-flex items-center gap-1 text-brand underline">
        {label}
        <span aria-hidden>{sorted ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
        <span className="sr-only">{`, trier par ordre ${next === 'asc' ? 'croissant' : 'décroissant'}`}</span>
      </Link>
    </th>
  );
}

/** The direction a click on a column's header asks for. */
export function nextDirection(sorted: boolean, direction: 'asc' | 'desc'): 'asc' | 'desc' {
  return sorted && direction === 'asc' ? 'desc' : 'asc';
}
