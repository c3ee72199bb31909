'use server';

import { headers } from 'next/headers';
import { action } from '@/lib/actions/action';
import { clientIp } from '@/lib/auth/client-ip';
import { submitAccountRequest } from '@/lib/account-requests/submit-account-request';
import { accountRequestSchema } from '@/lib/validation/account-request';

/**
 * The same answer whether the address was new or already had an account (SPEC §2): the outcome stays
 * on the server, the page only learns that the request was taken.
 */
export const submitAccountRequestAction = action({ schema: accountRequestSchema, public: true }, async (input) => {
  await submitAccountRequest(input, { ip: clientIp(await headers()) });
  return null;
});
