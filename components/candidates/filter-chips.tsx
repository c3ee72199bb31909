import Link from 'next/link';
import type { CandidateQuery } from '@/lib/candidates/query';
import type { ActiveFilter } from '@/components/candidates/filter-model';
import { candidateHref } from '@/components/candidates/query-url';

/** The filters in force, each removable in one click (SPEC §6.4: « active filters visible »). */
export function FilterChips({ pathname, query, filters }: { pathname: string; query: CandidateQuery; filters: readonly ActiveFilter[] }) {
  if (filters.length === 0) return null;
  const cleared = Object.fromEntries(filters.map((filter) => [filter.key, undefined])) as Partial<CandidateQuery>;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="active-filters">
      <p className="text-sm font-medium" id="active-filters-title">
        Filtres actifs :
      </p>
      <ul aria-labelledby="active-filters-title" className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.key}>
            <Link
              href={candidateHref(pathname, query, { [filter.key]: undefined, page: 1 })}
              aria-label={`Retirer le filtre ${filter.label} : ${filter.valueLabel}`}
              className="inline-flex min-h-8 items-center gap-2 rounded-full bg-brand-light px-3 py-1 text-sm text-brand-dark hover:bg-blue-200"
            >
              <span>
                {filter.label} : {filter.valueLabel}
              </span>
              <span aria-hidden className="text-base leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={candidateHref(pathname, query, { ...cleared, page: 1 })} className="text-sm text-brand underline">
        Effacer tous les filtres
      </Link>
    </div>
  );
}
