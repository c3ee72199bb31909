import type { CandidateQuery } from '@/lib/candidates/query';

// The table's state lives in the URL (filters, sort, page), so links, the back button and the map all
// read the same query. Defaults are left out to keep links short and stable.

export function candidateSearch(query: CandidateQuery, changes: Partial<CandidateQuery> = {}): string {
  const merged: Partial<CandidateQuery> = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === '') continue;
    if (key === 'sort' && value === 'rank') continue;
    if (key === 'direction' && value === 'asc') continue;
    if (key === 'page' && value === 1) continue;
    params.set(key, typeof value === 'boolean' ? (value ? 'oui' : 'non') : String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function candidateHref(pathname: string, query: CandidateQuery, changes: Partial<CandidateQuery> = {}): string {
  return `${pathname}${candidateSearch(query, changes)}`;
}
