import 'server-only';
import { action } from '@/lib/actions/action';
import type { Role } from '@/lib/generated/prisma/enums';
import { changePasswordSchema, emailChangeSchema, noInputSchema, notificationsSchema, profileSchema, unlinkIdentitySchema } from './schemas';
import { unlinkIdentity } from '@/lib/federation/linked-identities';
import { updateProfile } from './profile';
import { changePassword } from './password';
import { requestEmailChange } from './email-change';
import { signOutEverywhere } from './sessions';
import { updateNotifications } from './notifications';
import { currentSessionId } from './current-session';

/**
 * The actions of « Mon compte », written once and exported by each area's actions.ts with its own role
 * (the route groups serve one role each; tests/integration/area-roles.test.ts). None takes a user id:
 * the account is always the caller's.
 */
export function myAccountActions(roles: readonly Role[]) {
  return {
    updateProfile: action({ schema: profileSchema, roles }, (input, actor) => updateProfile(actor, input)),
    // Nothing on the page changes with a new password: no re-render.
    changePassword: action({ schema: changePasswordSchema, roles, revalidate: false }, async (input, actor) => changePassword(actor, input, await currentSessionId())),
    requestEmailChange: action({ schema: emailChangeSchema, roles }, (input, actor) => requestEmailChange(actor, input)),
    // This browser's session has just ended: re-rendering the area would only meet the sign-in redirect.
    signOutEverywhere: action({ schema: noInputSchema, roles, revalidate: false }, (_input, actor) => signOutEverywhere(actor)),
    updateNotifications: action({ schema: notificationsSchema, roles }, (input, actor) => updateNotifications(actor, input)),
    unlinkIdentity: action({ schema: unlinkIdentitySchema, roles }, (input, actor) => unlinkIdentity(actor, input)),
  };
}

export type MyAccountActions = ReturnType<typeof myAccountActions>;
