'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { setOwnAvailability } from '@/lib/professionals/own';
import { availabilitySwitchSchema } from '@/lib/validation/professional';

/** The « Disponible / Indisponible » switch of the dashboard. */
export const setAvailabilityAction = action({ schema: availabilitySwitchSchema, roles: ['PROFESSIONAL'] }, async ({ available }, actor) => {
  const result = await setOwnAvailability(actor, available);
  revalidatePath('/professionnel', 'layout');
  return result;
});
