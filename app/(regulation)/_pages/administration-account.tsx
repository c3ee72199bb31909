import { notFound } from 'next/navigation';
import { AccountPage } from '@/components/administration/account-page';
import { AREAS, type RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getAccountDetail } from '@/lib/accounts/account-detail';
import { isUuid } from '@/lib/identifiers/uuid';
import { ACCOUNT_ACTIONS } from './account-actions';

/** One account of the actor's scope (docs/decisions/025); any other id answers 404, whether it exists or not. */
export async function administrationAccount(area: RegulatorRole, { params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAreaActor(area);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const account = await getAccountDetail(actor, id);
  if (!account) notFound();
  return <AccountPage base={AREAS[area].prefix} account={account} actions={ACCOUNT_ACTIONS} />;
}
