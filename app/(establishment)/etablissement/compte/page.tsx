import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { requireAreaActor } from '@/lib/auth/session';
import { getMyAccount } from '@/lib/my-account/profile';
import * as actions from './actions';

export const metadata: Metadata = { title: 'Mon compte' };

export default async function MyAccountPage() {
  const actor = await requireAreaActor('ESTABLISHMENT');
  const account = await getMyAccount(actor);
  return (
    <AccountPage
      account={account}
      actions={{ updateProfile: actions.updateProfileAction, changePassword: actions.changePasswordAction, requestEmailChange: actions.requestEmailChangeAction, signOutEverywhere: actions.signOutEverywhereAction, unlinkIdentity: actions.unlinkIdentityAction }}
    />
  );
}
