'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { updateReservationDelay } from '@/lib/regulation/settings';
import { reservationDelaySchema } from '@/lib/regulation/schemas';

// Thin on purpose: the schema bounds the delay (1–720 h), the domain function checks the region against
// the actor (an ARS its own, the CCS any) and logs the change.

export const saveReservationDelayAction = action({ schema: reservationDelaySchema, roles: ['ARS', 'CCS'] }, async (input, actor) => {
  const outcome = await updateReservationDelay(actor, input);
  revalidatePath('/ars', 'layout');
  return outcome;
});
