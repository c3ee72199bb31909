import Link from 'next/link';

/** « Page 2 sur 5 » with previous / next links that keep the current filters (given as `hrefFor`'s base). */
export function Pagination({ page, pageSize, total, query }: { page: number; pageSize: number; total: number; query: URLSearchParams }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (target: number) => {
    const params = new URLSearchParams(query);
    if (target > 1) params.set('page', String(target));
    else params.delete('page');
    const search = params.toString();
    return search ? `?${search}` : '?';
  };
  return (
    <nav aria-label="Pages des demandes" className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand underline">
          Page précédente
        </Link>
      ) : null}
      <span aria-current="page">
        Page {page} sur {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-brand underline">
          Page suivante
        </Link>
      ) : null}
    </nav>
  );
}
