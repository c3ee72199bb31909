import type { Metadata } from 'next';
import { AccountRequestsPage } from '@/components/account-requests/account-requests-page';
import { requireActor } from '@/lib/auth/session';
import { getScopeSummary } from '@/lib/dashboard/counts';
import { listPendingAccountRequests } from '@/lib/account-requests/list-pending-account-requests';
import { refuseAccountRequestAction, validateAccountRequestAction } from './actions';

export const metadata: Metadata = { title: 'Demandes de compte — CCS' };

export default async function CcsAccountRequestsPage() {
  const actor = await requireActor('CCS');
  const [queue, scope] = await Promise.all([listPendingAccountRequests(actor), getScopeSummary(actor)]);
  return <AccountRequestsPage queue={queue} scope={scope.label} actions={{ validate: validateAccountRequestAction, refuse: refuseAccountRequestAction }} />;
}
