import type { MyAccountActions } from '@/lib/my-account/account-actions';

/**
 * The server actions a « Mon compte » page hands to its forms: each area's actions.ts exports them with
 * its own role. A volunteer's page has no profile action (« Ma fiche » owns it), only agents have
 * notifications.
 */
export type AccountPageActions = Pick<MyAccountActions, 'changePassword' | 'requestEmailChange' | 'signOutEverywhere' | 'unlinkIdentity'> &
  Partial<Pick<MyAccountActions, 'updateProfile' | 'updateNotifications'>>;
