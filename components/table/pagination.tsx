import Link from 'next/link';

// The one pagination of the app's server-paginated tables (« Choisir », « Proposer », the establishment's
// and the ARS/CCS tables, the RPPS+ requests): every page is a URL, so it works without JavaScript.

/** « 10 000 »: French digit groups, as the count of a capped table reads. */
function groupedNumber(value: number): string {
  return value.toLocaleString('fr-FR');
}

/**
 * « Affichage 1 - 40 de 47 éléments » (SPEC §6.4, the original's wording), or why nothing is shown.
 * `capped`: the count stopped at `total` and more match (« de plus de 10 000 éléments », decision 034).
 */
export function paginationText(page: number, pageSize: number, total: number, capped = false): string {
  if (capped) return `Affichage ${(page - 1) * pageSize + 1} - ${Math.min(page * pageSize, total)} de plus de ${groupedNumber(total)} éléments`;
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

// The candidates' pages are many and browsed: every nearby page is a link. The other tables step from
// one page to the next, with bordered buttons.
const NUMBERED = {
  list: 'flex flex-wrap items-center gap-1',
  link: 'inline-flex min-h-11 min-w-11 items-center justify-center rounded px-3 text-brand underline hover:bg-brand-light',
  previous: 'Précédent',
  next: 'Suivant',
};
const STEPS = {
  list: 'flex flex-wrap items-center gap-2',
  link: 'inline-flex min-h-11 items-center justify-center rounded border border-brand px-3 text-brand hover:bg-brand-light',
  previous: 'Page précédente',
  next: 'Page suivante',
};

interface TablePaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The URL of another page, keeping the table's filters and sort. */
  hrefFor: (page: number) => string;
  label: string;
  /** Links to each nearby page rather than « Page x sur n ». */
  numbered?: boolean;
  /** « Affichage 1 - 40 de 47 éléments » above the links (false: the page says it its own way). */
  summary?: boolean;
  /** The count stopped at `total` and more match: « plus de … », and a next page always follows. */
  capped?: boolean;
}

/** The summary of a server-paginated table and the links to its other pages. */
export function TablePagination({ page, pageSize, total, hrefFor, label, numbered = false, summary = true, capped = false }: TablePaginationProps) {
  // A capped count has no last page: one past the counted ones stands for « more ».
  const last = Math.max(1, Math.ceil(total / pageSize)) + (capped ? 1 : 0);
  const style = numbered ? NUMBERED : STEPS;
  if (!summary && last <= 1) return null;
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
      {summary ? <p data-testid="pagination-summary">{paginationText(page, pageSize, total, capped)}</p> : null}
      {last > 1 ? (
        <nav aria-label={label}>
          <ul className={style.list}>
            {page > 1 ? (
              <li>
                <Link href={hrefFor(Math.min(page - 1, last))} className={style.link}>
                  {style.previous}
                </Link>
              </li>
            ) : null}
            {numbered ? (
              <PageLinks current={page} last={last} hrefFor={hrefFor} />
            ) : (
              <li aria-current="page" className="px-2">
                {capped ? `Page ${page} sur plus de ${groupedNumber(last - 1)}` : `Page ${Math.min(page, last)} sur ${last}`}
              </li>
            )}
            {page < last ? (
              <li>
                <Link href={hrefFor(page + 1)} className={style.link}>
                  {style.next}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

function PageLinks({ current, last, hrefFor }: { current: number; last: number; hrefFor: (page: number) => string }) {
  return pageWindow(current, last).map((page, index) =>
    page === null ? (
      <li key={`gap-${index}`} aria-hidden className="px-2">
        …
      </li>
    ) : (
      <li key={page}>
        <Link
          href={hrefFor(page)}
          aria-current={page === current ? 'page' : undefined}
          aria-label={`Page ${page}`}
          className={page === current ? `${NUMBERED.link} bg-brand text-white no-underline hover:bg-brand-dark` : NUMBERED.link}
        >
          {page}
        </Link>
      </li>
    ),
  );
}
