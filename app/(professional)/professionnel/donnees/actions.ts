'use server';

import { action } from '@/lib/actions/action';
import { deleteOwnAccount } from '@/lib/professionals/own';
import { accountDeletionSchema } from '@/lib/validation/volunteer-area';

/**
 * Deletes the volunteer's account and files (refused while assigned to a current mission). The session
 * dies with the user row (getActor finds no account); the client then signs out to clear the cookie. No
 * revalidation: the area's pages, rendered again, would only send a signed-out browser to /connexion.
 */
export const deleteAccountAction = action({ schema: accountDeletionSchema, roles: ['PROFESSIONAL'], revalidate: false }, async (_input, actor) => {
  await deleteOwnAccount(actor);
  return null;
});
