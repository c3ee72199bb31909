'use server';

import { myAccountActions } from '@/lib/my-account/account-actions';

// « Mon compte » of an RPPS+ manager (SPEC §15), written once in lib/my-account.
const actions = myAccountActions(['RPPS_MANAGER']);

export const updateProfileAction = actions.updateProfile;
export const changePasswordAction = actions.changePassword;
export const requestEmailChangeAction = actions.requestEmailChange;
export const signOutEverywhereAction = actions.signOutEverywhere;
export const unlinkIdentityAction = actions.unlinkIdentity;
