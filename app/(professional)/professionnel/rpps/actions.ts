'use server';

import { action } from '@/lib/actions/action';
import { currentPscSession } from '@/lib/federation/psc-session';
import { changeOwnContact, changeOwnPracticeName } from '@/lib/rpps/self-service';
import { ownContactSchema, practiceNamesSchema } from '@/lib/validation/rpps';

// « Mon enregistrement RPPS » (docs/decisions/042): the record is the one Pro Santé Connect certified
// for this session, never a number sent by the browser; without a PSC session the domain answers « not
// found ». Each change is a request « Envoyée au RPPS par le professionnel », answered by the directory.

const VOLUNTEER = { roles: ['PROFESSIONAL'] } as const;

export const changeOwnContactAction = action({ schema: ownContactSchema, ...VOLUNTEER }, async (contact, actor) =>
  changeOwnContact(actor, await currentPscSession(actor), contact),
);

export const changeOwnPracticeNameAction = action({ schema: practiceNamesSchema, ...VOLUNTEER }, async (names, actor) =>
  changeOwnPracticeName(actor, await currentPscSession(actor), names),
);
