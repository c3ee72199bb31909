import { parseCandidateQuery, type CandidateQuery } from '@/lib/candidates/query';
import { flattenParams, type SearchParams } from '@/lib/url/query-params';

/**
 * The Proposer table's query from the URL (the candidate search's filters, sort and page), forgiving:
 * a value that does not parse (a hand-edited URL) is dropped rather than turned into an error page.
 */
export function readProposerQuery(params: SearchParams): CandidateQuery {
  const present = flattenParams(params);
  const parsed = parseCandidateQueryOrIssues(present);
  if (parsed.query) return parsed.query;
  for (const key of parsed.invalidKeys) delete present[key];
  return parseCandidateQuery(present);
}

function parseCandidateQueryOrIssues(values: Record<string, string>): { query: CandidateQuery | null; invalidKeys: string[] } {
  try {
    return { query: parseCandidateQuery(values), invalidKeys: [] };
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[] }[] }).issues ?? [];
    return { query: null, invalidKeys: issues.map((issue) => String(issue.path[0])) };
  }
}
