import { parseCandidateQuery, type CandidateQuery } from '@/lib/candidates/query';

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The table's query from the URL, forgiving: empty fields (a GET form without JavaScript sends them)
 * mean "no filter", and a value that does not parse (a hand-edited `?ehpad=peut-être`) is dropped
 * rather than turned into an error page.
 */
export function readCandidateQuery(params: SearchParams): CandidateQuery {
  const present: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first.trim() !== '') present[key] = first;
  }
  try {
    return parseCandidateQuery(present);
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[] }[] }).issues ?? [];
    for (const issue of issues) delete present[String(issue.path[0])];
    return parseCandidateQuery(present);
  }
}
