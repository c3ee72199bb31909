import { JournalPage } from '@/components/regulation/journal-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { listJournal } from '@/lib/journal/list';
import { parseJournalQuery } from '@/lib/journal/query';
import type { SearchParams } from './regulator-page';

export async function journal(area: RegulatorRole, { searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const query = parseJournalQuery(await searchParams);
  const [list, scope] = await Promise.all([listJournal(actor, query), getScopeSummary(actor)]);
  return <JournalPage base={AREAS[area].prefix} scope={scope.label} list={list} query={query} />;
}
