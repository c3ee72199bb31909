import type { AccountActions } from '@/components/administration/action-types';
import {
  attachEstablishmentAction,
  detachEstablishmentAction,
  disableAccountAction,
  reactivateAccountAction,
  resendInvitationAction,
} from '../_actions/administration';

/** The acts on one account, for « Administration »'s account page and the volunteer sheet (SPEC §15, §2). */
export const ACCOUNT_ACTIONS: AccountActions = {
  resend: resendInvitationAction,
  disable: disableAccountAction,
  reactivate: reactivateAccountAction,
  attach: attachEstablishmentAction,
  detach: detachEstablishmentAction,
};
