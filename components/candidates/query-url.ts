import { candidateQuerySchema, type CandidateQuery } from '@/lib/candidates/query';
import { querySearch } from '@/lib/url/query-params';

// The table's state lives in the URL (filters, sort, page), so links, the back button and the map all
// read the same query. Defaults are left out to keep links short and stable.

export const candidateSearch = querySearch(candidateQuerySchema);

export function candidateHref(pathname: string, query: CandidateQuery, changes: Partial<CandidateQuery> = {}): string {
  return `${pathname}${candidateSearch(query, changes)}`;
}
