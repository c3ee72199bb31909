import Link from 'next/link';

/** « Affichage 1 - 40 de 47 éléments » (the original's wording), or why nothing is shown. */
export function paginationText(page: number, pageSize: number, total: number): string {
  if (total === 0) return 'Aucun élément à afficher';
  const first = (page - 1) * pageSize + 1;
  if (first > total) return `Aucun élément sur cette page (${total} ${total > 1 ? 'éléments' : 'élément'} en tout)`;
  const last = Math.min(page * pageSize, total);
  return `Affichage ${first} - ${last} de ${total} ${total > 1 ? 'éléments' : 'élément'}`;
}

const LINK = 'inline-flex min-h-11 items-center justify-center rounded border border-brand px-3 text-brand hover:bg-brand-light';

/** Previous / next pages of a server-paginated table; the links keep its filters and sort. */
export function TablePagination({ page, pageSize, total, hrefFor, label }: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string; label: string }) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
      <p data-testid="pagination-summary">{paginationText(page, pageSize, total)}</p>
      {last > 1 ? (
        <nav aria-label={label}>
          <ul className="flex flex-wrap items-center gap-2">
            {page > 1 ? (
              <li>
                <Link href={hrefFor(Math.min(page - 1, last))} className={LINK}>
                  Page précédente
                </Link>
              </li>
            ) : null}
            <li aria-current="page" className="px-2">
              Page {Math.min(page, last)} sur {last}
            </li>
            {page < last ? (
              <li>
                <Link href={hrefFor(page + 1)} className={LINK}>
                  Page suivante
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
