import type { CandidateQuery } from '@/lib/candidates/query';
import type { ActiveFilter } from '@/components/candidates/filter-model';
import { candidateHref } from '@/components/candidates/query-url';
import { FilterChipList } from '@/components/table/filter-chips';

/** The candidates' filters in force, each link back to the table without it (page 1, sort kept). */
export function FilterChips({ pathname, query, filters }: { pathname: string; query: CandidateQuery; filters: readonly ActiveFilter[] }) {
  const cleared = Object.fromEntries(filters.map((filter) => [filter.key, undefined])) as Partial<CandidateQuery>;
  const chips = filters.map((filter) => ({ ...filter, href: candidateHref(pathname, query, { [filter.key]: undefined, page: 1 }) }));
  return <FilterChipList chips={chips} clearHref={candidateHref(pathname, query, { ...cleared, page: 1 })} />;
}
