'use server';

import { myAccountActions } from '@/lib/my-account/account-actions';

// « Mon compte » of a volunteer (SPEC §15), written once in lib/my-account. No profile action: « Ma fiche »
// edits a volunteer's names and phone. No notifications: those are agents' (decision 027).
const actions = myAccountActions(['PROFESSIONAL']);

export const changePasswordAction = actions.changePassword;
export const requestEmailChangeAction = actions.requestEmailChange;
export const signOutEverywhereAction = actions.signOutEverywhere;
export const unlinkIdentityAction = actions.unlinkIdentity;
