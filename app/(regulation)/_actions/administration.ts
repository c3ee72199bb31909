'use server';

import { action } from '@/lib/actions/action';
import { REGULATORS } from '@/lib/access/roles';
import { attachEstablishment, detachEstablishment } from '@/lib/accounts/account-establishments';
import { disableAccount, reactivateAccount } from '@/lib/accounts/account-status';
import { inviteAccount } from '@/lib/accounts/invite-account';
import { resendInvitation } from '@/lib/accounts/resend-invitation';
import { accountIdSchema, attachEstablishmentSchema, detachEstablishmentSchema, disableAccountSchema, inviteAccountSchema } from '@/lib/accounts/schemas';

// « Administration » of `/ars` and `/ccs` (SPEC §15). Thin on purpose: lib/accounts scopes every id by
// the actor — an account out of scope is « Élément introuvable. », whatever the role.

export const inviteAccountAction = action({ schema: inviteAccountSchema, roles: REGULATORS }, (input, actor) => inviteAccount(actor, input));

export const resendInvitationAction = action({ schema: accountIdSchema, roles: REGULATORS }, (input, actor) => resendInvitation(actor, input));

export const disableAccountAction = action({ schema: disableAccountSchema, roles: REGULATORS }, (input, actor) => disableAccount(actor, input));

export const reactivateAccountAction = action({ schema: accountIdSchema, roles: REGULATORS }, (input, actor) => reactivateAccount(actor, input));

export const attachEstablishmentAction = action({ schema: attachEstablishmentSchema, roles: REGULATORS }, (input, actor) => attachEstablishment(actor, input));

export const detachEstablishmentAction = action({ schema: detachEstablishmentSchema, roles: REGULATORS }, (input, actor) => detachEstablishment(actor, input));
