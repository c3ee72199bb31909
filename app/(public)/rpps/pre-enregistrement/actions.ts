'use server';

import { headers } from 'next/headers';
import { action } from '@/lib/actions/action';
import { clientIp } from '@/lib/auth/client-ip';
import { abandonPreRegistration, submitPreRegistration } from '@/lib/rpps/pre-registration';
import { savePreRegistrationDraft, sendPreRegistrationDraft } from '@/lib/rpps/pre-registration-draft';
import { abandonSchema } from '@/lib/validation/rpps';
import { preRegistrationDraftSchema, sendPreRegistrationSchema } from '@/lib/validation/rpps-procedures';

// Public actions of the professional's pre-registration (SPEC §8): no account, so each one is limited
// and checked by itself (rate limit per IP; the emailed link's token, stored hashed).

/** « Envoyer ma demande »: a new pre-registration, or the draft of the emailed link (its token). */
export const submitPreRegistrationAction = action({ schema: sendPreRegistrationSchema, public: true }, async ({ token, ...input }) => {
  const submitted = token ? await sendPreRegistrationDraft(token, input) : await submitPreRegistration(input, { ip: clientIp(await headers()) });
  return { number: submitted.number };
});

/** « Enregistrer et terminer plus tard » (« Saisie par le professionnel », decision 033). */
export const savePreRegistrationDraftAction = action({ schema: preRegistrationDraftSchema, public: true }, async (input) => {
  const saved = await savePreRegistrationDraft(input, { ip: clientIp(await headers()) });
  return { number: saved.number, email: saved.email, created: saved.created };
});

export const abandonPreRegistrationAction = action({ schema: abandonSchema, public: true }, ({ token }) => abandonPreRegistration(token));
