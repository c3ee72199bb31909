'use server';

import { headers } from 'next/headers';
import { action } from '@/lib/actions/action';
import { clientIp } from '@/lib/auth/client-ip';
import { abandonPreRegistration, submitPreRegistration } from '@/lib/rpps/pre-registration';
import { abandonSchema, preRegistrationSchema } from '@/lib/validation/rpps';

// Public actions of the professional's pre-registration (SPEC §8): no account, so each one is limited
// and checked by itself (rate limit per IP; the abandon link's token, stored hashed).

export const submitPreRegistrationAction = action({ schema: preRegistrationSchema, public: true }, async (input) => {
  const submitted = await submitPreRegistration(input, { ip: clientIp(await headers()) });
  return { number: submitted.number };
});

export const abandonPreRegistrationAction = action({ schema: abandonSchema, public: true }, ({ token }) => abandonPreRegistration(token));
