import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { requireAreaActor } from '@/lib/auth/session';
import { getMyAccount } from '@/lib/my-account/profile';
import { changePasswordAction, requestEmailChangeAction, signOutEverywhereAction, unlinkIdentityAction } from './actions';

export const metadata: Metadata = { title: 'Mon compte' };

export default async function MyAccountPage() {
  const actor = await requireAreaActor('PROFESSIONAL');
  const account = await getMyAccount(actor);
  return (
    <AccountPage
      account={account}
      recordHref="/professionnel/fiche"
      actions={{ changePassword: changePasswordAction, requestEmailChange: requestEmailChangeAction, signOutEverywhere: signOutEverywhereAction, unlinkIdentity: unlinkIdentityAction }}
    />
  );
}
