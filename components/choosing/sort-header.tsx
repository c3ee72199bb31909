import Link from 'next/link';
import type { CandidateQuery, CandidateSortColumn } from '@/lib/matching/candidate-query';
import { candidateHref } from '@/components/choosing/query-url';

const TH = 'whitespace-nowrap border-b-2 border-ink px-2 py-2 text-left align-bottom font-bold';

/** A column header; a sortable one is a link that sorts by it (again: the other way) and says so. */
export function ColumnHeader({
  label,
  sort,
  pathname,
  query,
}: {
  label: string;
  sort?: CandidateSortColumn;
  pathname: string;
  query: CandidateQuery;
}) {
  if (!sort) {
    return (
      <th scope="col" className={TH}>
        {label}
      </th>
    );
  }
  const active = query.sort === sort;
  const next = active && query.direction === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" className={TH} aria-sort={active ? (query.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <Link href={candidateHref(pathname, query, { sort, direction: next, page: 1 })} className="inline-flex items-center gap-1 text-brand underline">
        {label}
        <span className="sr-only">{`, trier par ordre ${next === 'asc' ? 'croissant' : 'décroissant'}`}</span>
        <span aria-hidden>{active ? (query.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
      </Link>
    </th>
  );
}
