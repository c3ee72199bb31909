import Link from 'next/link';

interface PaginationProps {
  total: number;
  page: number;
  pageSize: number;
  /** The URL of another page, keeping the current filters and sort. */
  hrefFor: (page: number) => string;
  label: string;
}

/** « Affichage 1 - 40 de 47 éléments » (the original's wording) and links to the previous and next pages. */
export function Pagination({ total, page, pageSize, hrefFor, label }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p role="status">{total === 0 ? 'Aucun élément' : `Affichage ${first} - ${last} de ${total} élément${total > 1 ? 's' : ''}`}</p>
      {pages > 1 ? (
        <ul className="flex gap-2">
          {page > 1 ? (
            <li>
              <Link href={hrefFor(page - 1)} className="inline-block min-h-11 rounded border border-brand px-3 py-2 text-brand">
                Page précédente
              </Link>
            </li>
          ) : null}
          <li className="px-2 py-2" aria-current="page">
            Page {Math.min(page, pages)} sur {pages}
          </li>
          {page < pages ? (
            <li>
              <Link href={hrefFor(page + 1)} className="inline-block min-h-11 rounded border border-brand px-3 py-2 text-brand">
                Page suivante
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}
