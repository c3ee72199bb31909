'use server';

import { action } from '@/lib/actions/action';
import { DomainError } from '@/lib/errors';
import { confirmEmailChange } from '@/lib/my-account/email-change';
import { currentSessionId } from '@/lib/my-account/current-session';
import { confirmEmailChangeSchema } from '@/lib/my-account/schemas';
import { EMAIL_LINK_MESSAGES } from '@/lib/my-account/link-messages';

/** Public: the link is the proof (SPEC §15). A browser signed in to this account keeps its session. */
export const confirmEmailChangeAction = action({ schema: confirmEmailChangeSchema, public: true }, async ({ token }) => {
  const outcome = await confirmEmailChange(token, await currentSessionId());
  if (!outcome.ok) throw new DomainError(EMAIL_LINK_MESSAGES[outcome.reason]);
  return { email: outcome.email };
});
