import { AccountRequestsPage } from '@/components/account-requests/account-requests-page';
import type { RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { listPendingAccountRequests } from '@/lib/account-requests/list-pending-account-requests';
import { refuseAccountRequestAction, validateAccountRequestAction } from '../_actions/account-requests';

export async function accountRequests(area: RegulatorRole) {
  const actor = await requireAreaActor(area);
  const [queue, scope] = await Promise.all([listPendingAccountRequests(actor), getScopeSummary(actor)]);
  return <AccountRequestsPage queue={queue} scope={scope.label} actions={{ validate: validateAccountRequestAction, refuse: refuseAccountRequestAction }} />;
}
