'use server';

import { REGULATORS } from '@/lib/access/roles';
import { myAccountActions } from '@/lib/my-account/account-actions';

// « Mon compte » of `/ars` and `/ccs` (SPEC §15), written once in lib/my-account; the notification each
// agent may switch off depends on its role (lib/my-account/notifications.ts).
const actions = myAccountActions(REGULATORS);

export const updateProfileAction = actions.updateProfile;
export const changePasswordAction = actions.changePassword;
export const requestEmailChangeAction = actions.requestEmailChange;
export const signOutEverywhereAction = actions.signOutEverywhere;
export const updateNotificationsAction = actions.updateNotifications;
export const unlinkIdentityAction = actions.unlinkIdentity;
