import { AccountPage } from '@/components/account/account-page';
import type { RegulatorRole } from '@/lib/access/roles';
import { requireAreaActor } from '@/lib/auth/session';
import { getMyAccount } from '@/lib/my-account/profile';
import * as actions from '../_actions/account';

/** « Mon compte » of an ARS or CCS agent: the page of every area, with the agent's notification. */
export async function account(area: RegulatorRole) {
  const actor = await requireAreaActor(area);
  const myAccount = await getMyAccount(actor);
  return (
    <AccountPage
      account={myAccount}
      actions={{
        updateProfile: actions.updateProfileAction,
        changePassword: actions.changePasswordAction,
        requestEmailChange: actions.requestEmailChangeAction,
        signOutEverywhere: actions.signOutEverywhereAction,
        updateNotifications: actions.updateNotificationsAction,
        unlinkIdentity: actions.unlinkIdentityAction,
      }}
    />
  );
}
