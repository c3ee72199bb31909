'use server';

import { after } from 'next/server';
import { headers } from 'next/headers';
import { z } from '@/lib/validation/zod';
import { action } from '@/lib/actions/action';
import { clientIp } from '@/lib/auth/client-ip';
import { requestPasswordReset, resendPasswordLink, setPasswordWithToken } from '@/lib/auth/password-flows';
import { DomainError } from '@/lib/errors';
import { resetRequestSchema } from '@/lib/validation/sign-in';
import { setPasswordSchema } from '@/lib/validation/password';

const TOKEN_MESSAGES = {
  used: 'Ce lien a déjà été utilisé.',
  expired: 'Ce lien a expiré : il est valable 72 heures.',
  unknown: 'Ce lien n’est pas valide.',
} as const;

/** Same answer, and the same time, for known and unknown emails: the work runs after the response. */
export const requestPasswordResetAction = action({ schema: resetRequestSchema, public: true }, async ({ email }) => {
  const ip = clientIp(await headers());
  after(() => requestPasswordReset(email, ip).catch((error) => console.error('[reset] failed', error)));
  return null;
});

export const setPasswordAction = action({ schema: setPasswordSchema, public: true }, async ({ token, password }) => {
  const outcome = await setPasswordWithToken(token, password);
  if (!outcome.ok) throw new DomainError(TOKEN_MESSAGES[outcome.state]);
  return null;
});

export const resendLinkAction = action({ schema: z.object({ token: z.string().min(20) }), public: true }, async ({ token }) => {
  await resendPasswordLink(token);
  return null;
});
