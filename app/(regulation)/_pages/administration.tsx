import { AccountsPage } from '@/components/administration/accounts-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { listAccounts } from '@/lib/accounts/list-accounts';
import { accountQuerySchema } from '@/lib/accounts/schemas';
import { parseQuery } from '@/lib/url/query-params';
import { inviteAccountAction } from '../_actions/administration';
import type { SearchParams } from './regulator-page';

export async function administration(area: RegulatorRole, { searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAreaActor(area);
  const query = parseQuery(accountQuerySchema, await searchParams);
  const [list, scope] = await Promise.all([listAccounts(actor, query), getScopeSummary(actor)]);
  return <AccountsPage area={area} base={AREAS[area].prefix} scope={scope.label} list={list} query={query} actions={{ invite: inviteAccountAction }} />;
}
