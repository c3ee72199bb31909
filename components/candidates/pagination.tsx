import type { CandidateQuery } from '@/lib/candidates/query';
import { candidateHref } from '@/components/candidates/query-url';
import { TablePagination } from '@/components/table/pagination';

/** The pages of a mission's candidates (« Choisir » and « Proposer »), their filters and sort kept. */
export function Pagination({ pathname, query, total, pageSize }: { pathname: string; query: CandidateQuery; total: number; pageSize: number }) {
  return (
    <TablePagination
      numbered
      page={query.page}
      pageSize={pageSize}
      total={total}
      label="Pages de candidats"
      hrefFor={(page) => candidateHref(pathname, query, { page })}
    />
  );
}
