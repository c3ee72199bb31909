import Link from 'next/link';
import type { CandidateQuery } from '@/lib/matching/candidate-query';
import { candidateHref } from '@/components/choosing/query-url';

/** « Affichage 1 - 40 de 47 éléments » (SPEC §6.4), or why nothing is shown. */
export function paginationText(page: number, pageSize: number, total: number): string {
  if (total === 0) return 'Aucun élément à afficher';
  const first = (page - 1) * pageSize + 1;
  if (first > total) return `Aucun élément sur cette page (${total} ${total > 1 ? 'éléments' : 'élément'} en tout)`;
  const last = Math.min(page * pageSize, total);
  return `Affichage ${first} - ${last} de ${total} ${total > 1 ? 'éléments' : 'élément'}`;
}

/** Pages to link: the first, the last, and two on each side of the current one; null marks a gap. */
export function pageWindow(current: number, last: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= last; page += 1) {
    if (page === 1 || page === last || Math.abs(page - current) <= 2) pages.push(page);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}

const LINK = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded px-3 text-brand underline hover:bg-brand-light';

export function Pagination({ pathname, query, total, pageSize }: { pathname: string; query: CandidateQuery; total: number; pageSize: number }) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  const current = query.page;
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
      <p data-testid="pagination-summary">{paginationText(current, pageSize, total)}</p>
      {last > 1 ? (
        <nav aria-label="Pages de candidats">
          <ul className="flex flex-wrap items-center gap-1">
            {current > 1 ? (
              <li>
                <Link href={candidateHref(pathname, query, { page: Math.min(current - 1, last) })} className={LINK}>
                  Précédent
                </Link>
              </li>
            ) : null}
            {pageWindow(current, last).map((page, index) =>
              page === null ? (
                <li key={`gap-${index}`} aria-hidden className="px-2">
                  …
                </li>
              ) : (
                <li key={page}>
                  <Link
                    href={candidateHref(pathname, query, { page })}
                    aria-current={page === current ? 'page' : undefined}
                    aria-label={`Page ${page}`}
                    className={page === current ? `${LINK} bg-brand text-white no-underline hover:bg-brand-dark` : LINK}
                  >
                    {page}
                  </Link>
                </li>
              ),
            )}
            {current < last ? (
              <li>
                <Link href={candidateHref(pathname, query, { page: current + 1 })} className={LINK}>
                  Suivant
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
